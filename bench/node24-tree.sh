#!/usr/bin/env bash
# The working tree compiled for Node 24 in a copy, with the project's dependencies installed for
# Node 24 (native modules built against its headers; kept in .cache per package-lock.json), so
# that the Node 20 node_modules is never touched. Prints the copy's folder (the caller removes it);
# run a benchmark in it with Node 24, e.g.
#   tree=$(bash bench/node24-tree.sh) && "$(bash .ci/node24.sh)/bin/node" "$tree/dist-bench/bench/profile.js"
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
node24="$(bash "$root/.ci/node24.sh")"
export PATH="$node24/bin:$PATH"
modules="$root/.cache/node24-modules-$(sha256sum "$root/package-lock.json" | cut -c1-16)"
if [ ! -d "$modules/node_modules" ]; then
  echo "== npm ci for Node 24 (once per package-lock.json; builds the native modules from source)" >&2
  tmp=$(mktemp -d)
  cp "$root/package.json" "$root/package-lock.json" "$tmp/"
  (cd "$tmp" && npm_config_nodedir="$node24" npm ci --no-audit --no-fund --loglevel=error) >&2
  rm -rf "$modules" && mkdir -p "$(dirname "$modules")" && mv "$tmp" "$modules"
fi
tree=$(mktemp -d /tmp/teikei-node24-tree.XXXXXX)
# Tracked and new files of the working tree (not node_modules, dist or caches).
(cd "$root" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - 2>/dev/null) | tar -C "$tree" -xf -
ln -s "$modules/node_modules" "$tree/node_modules"
(cd "$tree" && node node_modules/typescript/bin/tsc -p tsconfig.json --outDir dist-bench) >&2
echo "$tree"
