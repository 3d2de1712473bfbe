/**
 * `npm run bench` (by hand, never in the tests): the real server on loopback under
 * autocannon.
 *
 * 1. At 1×, #6's scenarios against two references — the same bytes from a bare Node http
 *    server (upper bound) and the same server without batching (naive, N+1) — with and
 *    without the response cache.
 * 2. At each of BENCH_SCALES (default 1,10,100; synthetic data made by src/synth and
 *    loaded by the normal loader), the showcase with the same page sizes and the stats
 *    example, uncached: requests/s, p50/p99, statements per request and the server's memory.
 *
 * Prints Markdown tables for bench/RESULTS.md.
 */
import type { ChildProcess } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DEFAULT_DATASET, replaceDataset } from '../src/db/load-dataset';
import { openOrm } from '../src/db/orm';
import type { Dataset } from '../src/records/records';
import { synthesize } from '../src/synth/synthesize';
import { formatLoad, load, post, rssMiB, SCENARIOS, showcaseWith, start, startServer, type Scenario } from './harness';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SCALES = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map(Number);
/** A second of load first (JIT, pools, caches), then the measured run. */
async function run(url: string, body: string) {
  await load(url, body, 1, CONNECTIONS);
  return load(url, body, SECONDS, CONNECTIONS);
}

async function statementsOf(url: string, s: Scenario): Promise<{ count: number; body: Record<string, unknown> }> {
  const body = JSON.parse((await post(url, JSON.stringify(s))).text) as { errors?: unknown; extensions?: { sqlStatements: number } };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  if (!body.extensions) throw new Error('the answer has no extensions.sqlStatements (EXPOSE_SQL_COUNT=1?)');
  const count = body.extensions.sqlStatements;
  delete body.extensions;
  return { count, body };
}

/** Part 1: every scenario at 1× against the bare and naive references. */
async function references(dir: string, db: string, children: ChildProcess[]): Promise<string[]> {
  const servers = { cached: 4601, uncached: 4602, naive: 4603, bare: 4604 };
  // The cached server does not count statements: a stored answer cannot report them, and counting bypasses the front cache.
  children.push(await startServer(servers.cached, db, { RESPONSE_CACHE: '1' }));
  children.push(await startServer(servers.uncached, db, { RESPONSE_CACHE: '0', EXPOSE_SQL_COUNT: '1' }));
  children.push(await startServer(servers.naive, db, { RESPONSE_CACHE: '0', BATCHING: '0', EXPOSE_SQL_COUNT: '1' }));
  const url = (port: number, path = '/graphql') => `http://127.0.0.1:${port}${path}`;
  const bodies: Record<string, string> = {};
  const statements: Record<string, { batched: number; naive: number }> = {};
  for (const [name, s] of Object.entries(SCENARIOS)) {
    const batched = await statementsOf(url(servers.uncached), s);
    const naive = await statementsOf(url(servers.naive), s);
    statements[name] = { batched: batched.count, naive: naive.count };
    bodies[`/${encodeURIComponent(name)}`] = JSON.stringify(batched.body);
  }
  writeFileSync(join(dir, 'bodies.json'), JSON.stringify(bodies));
  children.push(await start(join(__dirname, 'bare-server.js'), [String(servers.bare), join(dir, 'bodies.json')], {}));

  const rows = [
    '| scenario | bare http (upper bound) | cached | uncached (batched) | naive (no batching) | SQL per request batched / naive | uncached ÷ naive | cached ÷ bare |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [name, s] of Object.entries(SCENARIOS)) {
    const body = JSON.stringify(s);
    const bare = await run(url(servers.bare, `/${encodeURIComponent(name)}`), body);
    const cached = await run(url(servers.cached), body);
    const uncached = await run(url(servers.uncached), body);
    const naive = await run(url(servers.naive), body);
    const ratio = naive.rps ? `${(uncached.rps / naive.rps).toFixed(1)}×` : '— (naive: 0 req/s)';
    rows.push(
      `| ${name} | ${formatLoad(bare)} | ${formatLoad(cached)} | ${formatLoad(uncached)} | ${formatLoad(naive)} | ${statements[name].batched} / ${statements[name].naive} | ${ratio} | ${((100 * cached.rps) / bare.rps).toFixed(0)} % |`,
    );
    console.error(`done: ${name}`);
  }
  while (children.length) children.pop()!.kill();
  return rows;
}

const SCALE_SCENARIOS: Record<string, Scenario> = {
  'showcase 北海道, first: 5': showcaseWith(5, '北海道'),
  'showcase 北海道, first: 100': showcaseWith(100, '北海道'),
  'showcase all prefectures, first: 5': showcaseWith(5, null),
  'stats (contract example)': SCENARIOS.stats,
};

/** Part 2: the showcase at each scale, uncached, with the server's memory. */
async function scales(dir: string, children: ChildProcess[]): Promise<string[]> {
  const real = JSON.parse(readFileSync(DEFAULT_DATASET, 'utf8')) as Dataset;
  const rows = [
    '| data | scenario | matches (totalCount) | SQL per request | uncached req/s / p50 / p99 ms | p99 ÷ 1× | server RSS MiB (start → end) |',
    '|---|---|---|---|---|---|---|',
  ];
  const p99At1: Record<string, number> = {};
  for (const scale of SCALES) {
    const file = join(dir, `synth-${scale}.json`);
    const data = synthesize(real, { scale });
    writeFileSync(file, JSON.stringify(data));
    const db = `sqlite:${join(dir, `synth-${scale}.sqlite`)}`;
    const orm = await openOrm(db);
    await replaceDataset(orm, file);
    await orm.close();
    const server = await startServer(4605, db, { RESPONSE_CACHE: '0', EXPOSE_SQL_COUNT: '1' });
    children.push(server);
    const rssStart = rssMiB(server.pid!);
    for (const [name, s] of Object.entries(SCALE_SCENARIOS)) {
      const { count, body } = await statementsOf('http://127.0.0.1:4605/graphql', s);
      const total = (body.data as { agreements?: { totalCount: number } }).agreements?.totalCount ?? '—';
      const r = await run('http://127.0.0.1:4605/graphql', JSON.stringify(s));
      p99At1[name] ??= r.p99;
      rows.push(
        `| ${scale}× (${data.agreements.length} agreements) | ${name} | ${total} | ${count} | ${formatLoad(r)} | ${(r.p99 / p99At1[name]).toFixed(1)}× | ${rssStart} → ${rssMiB(server.pid!)} |`,
      );
    }
    children.pop()!.kill();
    console.error(`done: ${scale}×`);
  }
  return rows;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'teikei-bench-'));
  const children: ChildProcess[] = [];
  try {
    const db = `sqlite:${join(dir, 'bench.sqlite')}`;
    const first = await references(dir, db, children);
    const second = await scales(dir, children);
    console.log(
      `Node ${process.version}, ${SECONDS} s per run, ${CONNECTIONS} connections, ${new Date().toISOString().slice(0, 10)}; req/s / p50 ms / p99 ms\n`,
    );
    console.log(first.join('\n'));
    console.log(`\nScale (${SCALES.join('×, ')}×), response cache off:\n`);
    console.log(second.join('\n'));
  } finally {
    for (const c of children) c.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
