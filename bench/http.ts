/**
 * `npm run bench` (by hand, never in the tests): the real server on loopback under
 * autocannon, for the contract's examples, a five-level query, a filtered search and the
 * network query, against two references — the same bytes from a bare Node http server
 * (upper bound) and the same server without batching (naive, N+1) — with and without the
 * response cache. Prints a Markdown table for bench/RESULTS.md.
 */
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const variables = JSON.parse(readFileSync(join(ROOT, 'schema/examples/variables.json'), 'utf8'));
const example = (dir: string, file: string) => ({ query: readFileSync(join(ROOT, dir, file), 'utf8'), variables: variables[file] ?? {} });

const SCENARIOS: Record<string, { query: string; variables: Record<string, unknown> }> = {
  'prefecture-multilateral (北海道)': example('schema/contract/examples', 'prefecture-multilateral.graphql'),
  'prefecture-multilateral (all prefectures)': {
    query: example('schema/contract/examples', 'prefecture-multilateral.graphql').query.replace('($prefecture: String!)', '').replace('prefecture: $prefecture, ', ''),
    variables: {},
  },
  'municipality-graph (青森市)': example('schema/contract/examples', 'municipality-graph.graphql'),
  stats: example('schema/contract/examples', 'stats.graphql'),
  'five-levels': example('schema/examples', 'five-levels.graphql'),
  'filtered search': { query: '{ agreements(filter: { search: "経済", countries: ["CN"] }, first: 50) { totalCount nodes { title parties { municipality { fullName } } } } }', variables: {} },
  network: { query: '{ network { figures { nodeCount modularity } nodes { label betweenness community } } }', variables: {} },
};

function start(script: string, args: string[], env: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = fork(script, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    const timer = setTimeout(() => reject(new Error(`${script} did not start`)), 60_000);
    const ready = () => { clearTimeout(timer); resolve(child); };
    child.on('message', ready);
    child.stdout!.on('data', (d: Buffer) => { if (d.toString().includes('ready at')) ready(); });
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function post(url: string, body: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { text: await res.text(), status: res.status };
}

async function load(url: string, body: string) {
  const r = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, duration: DURATION, connections: CONNECTIONS });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'teikei-bench-'));
  const db = `sqlite:${join(dir, 'bench.sqlite')}`;
  const main = join(ROOT, 'dist-bench/src/server/main.js');
  const servers: Record<string, { port: number; env: Record<string, string> }> = {
    cached: { port: 4601, env: { RESPONSE_CACHE: '1' } },
    uncached: { port: 4602, env: { RESPONSE_CACHE: '0' } },
    naive: { port: 4603, env: { RESPONSE_CACHE: '0', BATCHING: '0' } },
  };
  const children: ChildProcess[] = [];
  try {
    // The first start loads the data; the others find it loaded.
    for (const [, s] of Object.entries(servers)) {
      children.push(await start(main, [], { ...s.env, PORT: String(s.port), DATABASE_URL: db, EXPOSE_SQL_COUNT: '1', LIMIT_MAX_COST: '100000000', LIMIT_REQUEST_TIMEOUT_MS: '60000' }));
    }
    const bodies: Record<string, string> = {};
    const statements: Record<string, { batched: number; naive: number }> = {};
    for (const [name, s] of Object.entries(SCENARIOS)) {
      const body = JSON.stringify(s);
      const batched = JSON.parse((await post(`http://127.0.0.1:4602/graphql`, body)).text);
      const naive = JSON.parse((await post(`http://127.0.0.1:4603/graphql`, body)).text);
      if (batched.errors || naive.errors) throw new Error(`${name}: ${JSON.stringify(batched.errors ?? naive.errors)}`);
      statements[name] = { batched: batched.extensions.sqlStatements, naive: naive.extensions.sqlStatements };
      delete batched.extensions;
      bodies[`/${encodeURIComponent(name)}`] = JSON.stringify(batched);
    }
    writeFileSync(join(dir, 'bodies.json'), JSON.stringify(bodies));
    children.push(await start(join(ROOT, 'dist-bench/bench/bare-server.js'), ['4604', join(dir, 'bodies.json')], {}));

    const rows: string[] = [];
    for (const [name, s] of Object.entries(SCENARIOS)) {
      const body = JSON.stringify(s);
      const bare = await load(`http://127.0.0.1:4604/${encodeURIComponent(name)}`, body);
      const cached = await load('http://127.0.0.1:4601/graphql', body);
      const uncached = await load('http://127.0.0.1:4602/graphql', body);
      const naive = await load('http://127.0.0.1:4603/graphql', body);
      const f = (r: typeof bare) => `${r.rps.toFixed(0)} / ${r.p50} / ${r.p99}${r.errors ? ` (${r.errors} errors)` : ''}`;
      rows.push(`| ${name} | ${f(bare)} | ${f(cached)} | ${f(uncached)} | ${f(naive)} | ${statements[name].batched} / ${statements[name].naive} | ${(uncached.rps / naive.rps).toFixed(1)}× | ${(100 * cached.rps / bare.rps).toFixed(0)} % |`);
      console.error(`done: ${name}`);
    }
    console.log(`Node ${process.version}, ${DURATION} s per run, ${CONNECTIONS} connections, ${new Date().toISOString().slice(0, 10)}; req/s / p50 ms / p99 ms\n`);
    console.log('| scenario | bare http (upper bound) | cached | uncached (batched) | naive (no batching) | SQL per request batched / naive | uncached ÷ naive | cached ÷ bare |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const r of rows) console.log(r);
  } finally {
    for (const c of children) c.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
