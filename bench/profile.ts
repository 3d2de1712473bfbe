/**
 * `npm run bench:profile [-- SCENARIO]` (by hand): where the uncached server spends its CPU.
 * Starts the server with `--cpu-prof`, loads it with one of bench/harness.ts's scenarios
 * (default: the showcase on all prefectures) for PROFILE_SECONDS (default 15) after a
 * warm-up, stops it, and prints self time by package and by function and the functions with
 * the most inclusive time, as shares of the busy (non-idle, non-GC) time after the warm-up.
 * PROFILE_TOP sets how many functions each table lists (25). PROFILE_DATABASE_URL profiles over another database (e.g. PostgreSQL) instead of a fresh SQLite file.
 * The server runs with NODE_ENV=production unless the environment sets another.
 */
import { fork } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { load, SCENARIOS, SERVER, SERVER_NODE_FLAGS } from './harness';

const SECONDS = Number(process.env.PROFILE_SECONDS ?? 15);
/** How many functions each table lists. */
const TOP = Number(process.env.PROFILE_TOP ?? 25);
const WARM_UP_SECONDS = 3;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const SPECIAL = new Set(['(idle)', '(program)', '(garbage collector)']);

/** The package a script belongs to ("@mikro-orm/core", "graphql", "node", "app"). */
function packageOf(url: string): string {
  if (url.includes('node_modules/')) {
    const parts = url.split('node_modules/').pop()!.split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.startsWith('node:')) return 'node';
  return url ? 'app' : '(native)';
}

const top = (m: Map<string, number>, total: number, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `| ${k} | ${((100 * v) / total).toFixed(1)} % |`)
    .join('\n');

/** Summarise the samples taken after `skipMicros`. */
function summarise(p: Profile, skipMicros: number): string {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map<number, number>();
  let t = 0;
  p.samples.forEach((id, i) => {
    t += p.timeDeltas[i] ?? 0;
    if (t >= skipMicros) time.set(id, (time.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  const special = new Map<string, number>();
  const self = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let busy = 0;
  for (const [id, micros] of time) {
    const node = byId.get(id)!;
    total += micros;
    if (SPECIAL.has(node.callFrame.functionName)) {
      special.set(node.callFrame.functionName, micros);
      continue;
    }
    busy += micros;
    self.set(packageOf(node.callFrame.url), (self.get(packageOf(node.callFrame.url)) ?? 0) + micros);
    const f = node.callFrame;
    const fn = `${f.functionName || '(anonymous)'} ${packageOf(f.url)} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber}`;
    selfByFunction.set(fn, (selfByFunction.get(fn) ?? 0) + micros);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      if (!f.url) continue;
      const name = `${f.functionName || '(anonymous)'} ${packageOf(f.url)} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber}`;
      if (!seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
      }
    }
  }
  const share = (name: string) => `${((100 * (special.get(name) ?? 0)) / total).toFixed(1)} %`;
  return [
    `${(total / 1e6).toFixed(1)} s sampled: idle ${share('(idle)')}, garbage collector ${share('(garbage collector)')}, (program) ${share('(program)')}.\n`,
    '| self time by package | share of busy |',
    '|---|---|',
    top(self, busy, 15),
    '',
    '| function (self) | share of busy |',
    '|---|---|',
    top(selfByFunction, busy, TOP),
    '',
    '| function (inclusive) | share of busy |',
    '|---|---|',
    top(inclusive, busy, TOP),
  ].join('\n');
}

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'prefecture-multilateral (all prefectures)';
  const scenario = SCENARIOS[name];
  if (!scenario) throw new Error(`no scenario "${name}"; one of: ${Object.keys(SCENARIOS).join(', ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'teikei-profile-'));
  try {
    // PROFILE_DATABASE_URL: another database (e.g. PostgreSQL; loaded on start when empty); a fresh SQLite file by default.
    const database = process.env.PROFILE_DATABASE_URL ?? `sqlite:${join(dir, 'profile.sqlite')}`;
    // Production mode, as bench:peer measures (graphql-js checks less per field in it).
    const env = { NODE_ENV: 'production', ...process.env, PORT: '4630', DATABASE_URL: database, RESPONSE_CACHE: '0' };
    const server = fork(SERVER, [], {
      env,
      execArgv: [...SERVER_NODE_FLAGS, '--cpu-prof', `--cpu-prof-dir=${dir}`],
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    const started = Date.now();
    await new Promise<void>((resolve, reject) => {
      server.stdout!.on('data', (d: Buffer) => {
        if (d.toString().includes('ready at')) resolve();
      });
      server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const url = 'http://127.0.0.1:4630/graphql';
    const body = JSON.stringify(scenario);
    await load(url, body, WARM_UP_SECONDS, 10);
    const skipMicros = (Date.now() - started) * 1000;
    const r = await load(url, body, SECONDS, 10);
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGINT'); // the profile is written as the process exits
    await exited;
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
    console.log(
      `CPU profile of the uncached server: ${name}, ${SECONDS} s after ${WARM_UP_SECONDS} s of warm-up, ${r.rps.toFixed(0)} req/s, Node ${process.version}\n`,
    );
    console.log(summarise(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile, skipMicros));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
