/**
 * The measuring half of `npm run bench:peer` (bench/peer/run.sh prepares PostgreSQL, Node 24,
 * PostGraphile and a Node 24 build of the project, then runs this with that Node):
 *
 * 1. a fresh PostgreSQL database and a fresh SQLite file, both loaded by the project's loader;
 *    bench/peer/peer.sql adds what PostGraphile needs (functions; indexes on foreign keys that
 *    have none);
 * 2. three servers on the same Node: the project on PostgreSQL, the project on SQLite (both
 *    uncached: RESPONSE_CACHE=0; NODE_ENV=production, as PostGraphile runs unless told otherwise)
 *    and PostGraphile v5 on the same PostgreSQL database;
 * 3. each scenario's answers from all of them, normalised (bench/peer-answers.ts) and compared:
 *    a difference stops the run; the statements each server sends for one request;
 * 4. interleaved rounds of autocannon (every scenario on every server per round, the servers'
 *    order rotating), and a Markdown table for bench/RESULTS.md with the machine's load average
 *    (1 min) after each round: the machine may be shared.
 */
import { fork, type ChildProcess } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { loadavg, tmpdir } from 'os';
import { join } from 'path';
import { isDeepStrictEqual } from 'util';
import { Client } from 'pg';
import { replaceDataset } from '../src/db/load-dataset';
import { openOrm } from '../src/db/orm';
import { load, post, SERVER, SERVER_NODE_FLAGS, type LoadResult, type Scenario } from './harness';
import { peerScenarios } from './peer-answers';

const ROUNDS = Number(process.env.PEER_ROUNDS ?? 3);
const SECONDS = Number(process.env.PEER_SECONDS ?? 7);
const CONNECTIONS = Number(process.env.PEER_CONNECTIONS ?? 10);
const PEER_DIR = process.env.PEER_DIR!;
const ADMIN_URL = process.env.PEER_ADMIN_URL!;
const DATABASE = 'teikei_peer_bench';

interface Server {
  name: string;
  url: string;
  child: ChildProcess;
  /** Statements sent for one request of `s`. */
  statements(s: Scenario): Promise<number>;
  ask(s: Scenario): Promise<unknown>;
}

/** Start `script` (a child on this Node); resolves with the URL it prints after "ready at". */
function startChild(
  script: string,
  env: Record<string, string>,
  cwd?: string,
  execArgv: string[] = [],
): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [], { cwd, env: { ...process.env, ...env }, execArgv, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    const timer = setTimeout(() => reject(new Error(`${script} did not start within 120 s`)), 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      const url = /ready at (http\S+)/.exec(d.toString())?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    });
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function answer(url: string, s: Scenario): Promise<{ data: unknown; extensions?: { sqlStatements?: number } }> {
  const { text, status } = await post(url, JSON.stringify(s));
  const body = JSON.parse(text) as { data: unknown; errors?: unknown; extensions?: { sqlStatements?: number } };
  if (status !== 200 || body.errors) throw new Error(`${url}: ${status} ${text.slice(0, 2000)}`);
  return body;
}

async function startProject(name: string, databaseUrl: string): Promise<Server> {
  // Production mode, as PostGraphile runs by default (graphql-js then skips its development checks).
  const { child, url } = await startChild(
    SERVER,
    { PORT: '0', DATABASE_URL: databaseUrl, NODE_ENV: 'production', RESPONSE_CACHE: '0', EXPOSE_SQL_COUNT: '1' },
    undefined,
    SERVER_NODE_FLAGS,
  );
  return {
    name,
    url,
    child,
    statements: async (s) => (await answer(url, s)).extensions!.sqlStatements!,
    ask: async (s) => (await answer(url, s)).data,
  };
}

async function startPostGraphile(databaseUrl: string): Promise<Server> {
  const { child, url } = await startChild(join(PEER_DIR, 'server.mjs'), { PORT: '0', DATABASE_URL: databaseUrl, COUNT_SQL: '1' }, PEER_DIR);
  const count = () =>
    new Promise<number>((resolve) => {
      child.once('message', (m: { statements: number }) => resolve(m.statements));
      child.send('statements');
    });
  return {
    name: 'PostGraphile',
    url,
    child,
    async statements(s) {
      const before = await count();
      await answer(url, s);
      return (await count()) - before;
    },
    ask: async (s) => (await answer(url, s)).data,
  };
}

async function admin(sql: string, database = 'postgres'): Promise<void> {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Load the project's data into `databaseUrl` with the project's own loader. */
async function loadWithProject(databaseUrl: string): Promise<void> {
  const orm = await openOrm(databaseUrl);
  try {
    await replaceDataset(orm);
  } finally {
    await orm.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'teikei-peer-'));
  const servers: Server[] = [];
  try {
    await admin(`drop database if exists ${DATABASE} with (force)`);
    await admin(`create database ${DATABASE}`);
    const pgUrl = new URL(ADMIN_URL);
    pgUrl.pathname = `/${DATABASE}`;
    const sqliteUrl = `sqlite:${join(dir, 'peer.sqlite')}`;
    await loadWithProject(pgUrl.toString());
    await loadWithProject(sqliteUrl);
    servers.push(await startProject('project, PostgreSQL', pgUrl.toString()));
    servers.push(await startProject('project, SQLite', sqliteUrl));
    // After the project's start: its schema update drops indexes that its model does not declare.
    await admin(readFileSync(join(PEER_DIR, 'peer.sql'), 'utf8'), DATABASE);
    const postgraphile = await startPostGraphile(pgUrl.toString());
    servers.push(postgraphile);
    const scenarios = Object.entries(peerScenarios(PEER_DIR)).filter(
      ([name]) => !process.env.PEER_SCENARIOS || process.env.PEER_SCENARIOS.includes(name.split(' ')[0]),
    );

    // Equal answers first: every server's answer, in the project's shape, must be the same JSON.
    const statements = new Map<string, number>();
    for (const [name, s] of scenarios) {
      const [pg, sqlite, peer] = [
        await servers[0].ask(s.project),
        await servers[1].ask(s.project),
        s.fromPeer(await postgraphile.ask(s.peer)),
      ];
      for (const [other, body] of [
        ['SQLite', sqlite],
        ['PostGraphile', peer],
      ] as const) {
        if (!isDeepStrictEqual(pg, body)) {
          writeFileSync('/tmp/peer-project.json', JSON.stringify(pg, null, 1));
          writeFileSync('/tmp/peer-other.json', JSON.stringify(body, null, 1));
          throw new Error(
            `${name}: the project on PostgreSQL and ${other} answer differently (/tmp/peer-project.json, /tmp/peer-other.json)`,
          );
        }
      }
      for (const server of servers)
        statements.set(`${name}|${server.name}`, await server.statements(server === postgraphile ? s.peer : s.project));
      console.error(`same answers: ${name} (${JSON.stringify(pg).length} bytes)`);
    }

    const results = new Map<string, LoadResult[]>();
    const loads = new Map<string, number[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, s] of scenarios) {
        for (let i = 0; i < servers.length; i++) {
          const server = servers[(i + round) % servers.length];
          const body = JSON.stringify(server === postgraphile ? s.peer : s.project);
          await load(server.url, body, 1, CONNECTIONS); // warm-up
          const r = await load(server.url, body, SECONDS, CONNECTIONS);
          results.set(`${name}|${server.name}`, [...(results.get(`${name}|${server.name}`) ?? []), r]);
          const load1 = loadavg()[0];
          loads.set(`${name}|${server.name}`, [...(loads.get(`${name}|${server.name}`) ?? []), load1]);
          console.error(
            `round ${round + 1}: ${name}, ${server.name}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms${r.errors ? `, ${r.errors} errors` : ''}, load ${load1.toFixed(2)}`,
          );
        }
      }
    }

    const { version } = JSON.parse(readFileSync(join(PEER_DIR, 'node_modules/postgraphile/package.json'), 'utf8')) as { version: string };
    console.log(
      `\nNode ${process.version}, PostGraphile ${version}, ${ROUNDS} interleaved rounds of ${SECONDS} s (after 1 s of warm-up), ${CONNECTIONS} connections, project uncached (RESPONSE_CACHE=0, NODE_ENV=production), ${new Date().toISOString().slice(0, 10)}\n`,
    );
    console.log(
      '| scenario | server | req/s (mean of rounds) | rounds | p50 ms (median) | p99 ms (median) | SQL statements | ÷ PostGraphile | load avg (1 min) after each round |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const [name] of scenarios) {
      const mean = (server: string) => {
        const rs = results.get(`${name}|${server}`)!;
        return rs.reduce((sum, r) => sum + r.rps, 0) / rs.length;
      };
      for (const server of servers) {
        const rs = results.get(`${name}|${server.name}`)!;
        const errors = rs.reduce((sum, r) => sum + r.errors, 0);
        console.log(
          `| ${name} | ${server.name} | ${mean(server.name).toFixed(0)}${errors ? ` (${errors} errors)` : ''} | ${rs.map((r) => r.rps.toFixed(0)).join(', ')} | ${median(rs.map((r) => r.p50))} | ${median(rs.map((r) => r.p99))} | ${statements.get(`${name}|${server.name}`)} | ${(mean(server.name) / mean('PostGraphile')).toFixed(2)}× | ${loads
            .get(`${name}|${server.name}`)!
            .map((l) => l.toFixed(1))
            .join(', ')} |`,
        );
      }
    }
  } finally {
    for (const s of servers) s.child.kill();
    await Promise.all(
      servers.map((s) => new Promise((resolve) => (s.child.exitCode != null ? resolve(null) : s.child.once('exit', resolve)))),
    );
    await admin(`drop database if exists ${DATABASE} with (force)`).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
