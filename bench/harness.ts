/**
 * What the benchmarks share: the scenarios, starting servers as child processes, one
 * GraphQL request, an autocannon run, and a process's resident memory.
 */
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';

export const ROOT = join(__dirname, '..', '..');
export const SERVER = join(ROOT, 'dist-bench/src/cli/serve.js');
/** The Node flags `npm start` runs the server with (package.json's config.serverNodeFlags), so that benchmarks measure the same. */
export const SERVER_NODE_FLAGS = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { config: { serverNodeFlags: string } }
).config.serverNodeFlags.split(' ');

const variables = JSON.parse(readFileSync(join(ROOT, 'schema/examples/variables.json'), 'utf8')) as Record<string, Record<string, unknown>>;
const example = (dir: string, file: string) => ({ query: readFileSync(join(ROOT, dir, file), 'utf8'), variables: variables[file] ?? {} });

export interface Scenario {
  query: string;
  variables: Record<string, unknown>;
}

const showcase = example('schema/contract/examples', 'prefecture-multilateral.graphql');
/** The showcase with another page size, and optionally without the prefecture (all prefectures). */
export const showcaseWith = (first: number, prefecture: string | null): Scenario => ({
  query: (prefecture
    ? showcase.query
    : showcase.query.replace('($prefecture: String!)', '').replace('prefecture: $prefecture, ', '')
  ).replace('first: 100', `first: ${first}`),
  variables: prefecture ? { prefecture } : {},
});

/** #6's scenarios: the contract's examples, five levels, a filtered search and the network. */
export const SCENARIOS: Record<string, Scenario> = {
  'prefecture-multilateral (北海道)': showcase,
  'prefecture-multilateral (all prefectures)': showcaseWith(100, null),
  'municipality-graph (青森市)': example('schema/contract/examples', 'municipality-graph.graphql'),
  stats: example('schema/contract/examples', 'stats.graphql'),
  'five-levels': example('schema/examples', 'five-levels.graphql'),
  'filtered search': {
    query:
      '{ agreements(filter: { search: "経済", countries: ["CN"] }, first: 50) { totalCount nodes { title parties { municipality { fullName } } } } }',
    variables: {},
  },
  network: { query: '{ network { figures { nodeCount modularity } nodes { label betweenness community } } }', variables: {} },
};

/** Start `script` as a child process; resolves when it says it is ready. */
export function start(script: string, args: string[], env: Record<string, string>, execArgv: string[] = []): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = fork(script, args, { env: { ...process.env, ...env }, execArgv, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    const timer = setTimeout(() => reject(new Error(`${script} did not start`)), 60_000);
    const ready = () => {
      clearTimeout(timer);
      resolve(child);
    };
    child.on('message', ready);
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('ready at')) ready();
    });
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

/** Start the real server (compiled into dist-bench) on `port` over `databaseUrl`, with the limits raised for the naive reference. */
export function startServer(port: number, databaseUrl: string, env: Record<string, string>): Promise<ChildProcess> {
  return start(
    SERVER,
    [],
    {
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      LIMIT_MAX_COST: '100000000',
      LIMIT_REQUEST_TIMEOUT_MS: '60000',
      ...env,
    },
    SERVER_NODE_FLAGS,
  );
}

export async function post(url: string, body: string): Promise<{ text: string; status: number }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { text: await res.text(), status: res.status };
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** autocannon for `seconds` with `connections`, POSTing `body`. */
export async function load(url: string, body: string, seconds: number, connections: number): Promise<LoadResult> {
  const r = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    duration: seconds,
    connections,
  });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

export const formatLoad = (r: LoadResult) => `${r.rps.toFixed(0)} / ${r.p50} / ${r.p99}${r.errors ? ` (${r.errors} errors)` : ''}`;

/** Resident memory of a process in MiB (Linux /proc). */
export function rssMiB(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return Math.round(kb / 1024);
}
