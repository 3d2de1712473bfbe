#!/usr/bin/env bash
# bench/ab.sh (by hand): uncached throughput of two builds of the server, alternating, on fresh SQLite files;
# how each read-path change of #13 was judged (bench/RESULTS.md).
#   bash bench/ab.sh BASE_TREE NEW_TREE QUERY_FILE [VARIABLES_JSON] [SECONDS] [ROUNDS]
# Each tree is a checkout compiled with `npx tsc -b tsconfig.build.json` (e.g. a `git worktree` of the commit
# before). AB_NODE_FLAGS are given to NEW's Node only (to judge a flag on one build), AB_BASE_NODE_FLAGS to BASE's.
# Autocannon, 10 connections.
set -euo pipefail
base="$1"; new="$2"; query="$3"; vars="${4:-{\}}"; secs="${5:-6}"; rounds="${6:-3}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work=$(mktemp -d)
node -e 'const fs=require("fs");console.log(JSON.stringify({query:fs.readFileSync(process.argv[1],"utf8"),variables:JSON.parse(process.argv[2])}))' \
  "$query" "$vars" > "$work/body.json"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT
start() { # tree port flags
  (cd "$1" && PORT=$2 DATABASE_URL="sqlite:$work/$2.sqlite" RESPONSE_CACHE=0 NODE_ENV=production LIMIT_MAX_COST=100000000 \
    exec node $3 dist/src/cli/serve.js > "$work/$2.log" 2>&1) &
  pids+=($!)
}
start "$base" 4601 "${AB_BASE_NODE_FLAGS:-}"; start "$new" 4602 "${AB_NODE_FLAGS:-}"
for port in 4601 4602; do
  for _ in $(seq 1 120); do curl -s -o /dev/null "localhost:$port/healthz" && break; sleep 0.5; done
done
for round in $(seq 1 "$rounds"); do
  for port in 4601 4602; do
    name=$([ $port = 4601 ] && echo base || echo new)
    "$root/node_modules/.bin/autocannon" -c 10 -d "$secs" -m POST -H content-type=application/json -i "$work/body.json" --json \
      "localhost:$port/graphql" 2>/dev/null |
      node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>{const j=JSON.parse(s);console.log(`round ${process.argv[1]} ${process.argv[2]}: ${j.requests.average} req/s, p50 ${j.latency.p50} ms, non-2xx ${j.non2xx}`)})' \
        "$round" "$name"
  done
done
