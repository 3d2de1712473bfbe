#!/usr/bin/env bash
# npm run bench:peer (by hand): the project and PostGraphile v5 over the same PostgreSQL database,
# on the same Node 24, under the same load (bench/peer.ts does the measuring; this prepares it):
#   1. PostgreSQL started as .ci/run starts it (cluster, role teikei_ci, pg_trgm);
#   2. Node 24 from .ci/node24.sh;
#   3. PostGraphile installed from bench/peer/package-lock.json (its own folder, not the project's npm ci);
#   4. the project's dependencies installed once more for Node 24 and the working tree compiled
#      into a copy (bench/node24-tree.sh), so that the Node 20 node_modules is never touched.
# Environment: PEER_ROUNDS (3), PEER_SECONDS (7), PEER_CONNECTIONS (10), PEER_SCENARIOS (all).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
peer="$root/bench/peer"
cd "$root"

# 1. PostgreSQL, as .ci/run does.
cluster=$(pg_lsclusters --no-header 2>/dev/null | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  [ "$(id -u)" = "0" ] || { echo "no PostgreSQL cluster and not root to install one"; exit 1; }
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) > /tmp/peer-apt.log 2>&1 \
    || { tail -20 /tmp/peer-apt.log; exit 1; }
  cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
fi
pg_ctlcluster $cluster start 2>/dev/null || true
port=$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$port" && break; sleep 1; done
if [ "$(id -u)" = "0" ]; then
  su postgres -c "psql -qtAc \"select 1 from pg_roles where rolname = 'teikei_ci'\"" | grep -q 1 \
    || su postgres -c "psql -qc \"create role teikei_ci login createdb password 'teikei_ci'\""
  su postgres -c "psql -qc \"grant pg_signal_backend to teikei_ci\"" >/dev/null
  su postgres -c "psql -qc \"create extension if not exists pg_trgm\" template1" >/dev/null
fi
export PEER_ADMIN_URL="postgresql://teikei_ci:teikei_ci@127.0.0.1:${port}/postgres"

# 2. Node 24.
node24="$(bash "$root/.ci/node24.sh")"
export PATH="$node24/bin:$PATH"
echo "== node $(node --version)"

# 3. PostGraphile, from its own lockfile (reinstalled when the lockfile changes).
stamp="$peer/node_modules/.peer-lock-$(sha256sum "$peer/package-lock.json" | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "== npm ci in bench/peer (PostGraphile)"
  (cd "$peer" && npm ci --no-audit --no-fund --loglevel=error)
  touch "$stamp"
fi

# 4. The project for Node 24, compiled into a copy of the working tree (bench/node24-tree.sh).
echo "== the working tree for Node 24"
tree=$(bash "$root/bench/node24-tree.sh")
trap 'rm -rf "$tree"' EXIT

PEER_DIR="$peer" node "$tree/dist-bench/bench/peer.js"
