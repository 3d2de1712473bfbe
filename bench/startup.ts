/**
 * `npm run bench:startup` (by hand): how long the server takes from its start to its first
 * GraphQL answer on a database that is already loaded (#6 asks for 3 s). Measures the
 * compiled server alone (`node dist/…/main.js`) and `npm start`, which first runs
 * `tsc -b` (an up-to-date check: nothing is compiled when nothing changed).
 */
import { spawn } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT, SERVER, startServer } from './harness';

const RUNS = Number(process.env.STARTUP_RUNS ?? 5);
const body = JSON.stringify({ query: '{ stats { totals { agreements } } }' });

/** Start `command`, ask until the first 200 answer; milliseconds from spawn to that answer. */
async function timeToFirstAnswer(command: string, args: string[], env: Record<string, string>, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port) }, stdio: 'ignore', detached: true });
  try {
    for (;;) {
      if (child.exitCode != null) throw new Error(`${command} exited with ${child.exitCode}`);
      if (performance.now() - started > 120_000) throw new Error(`${command} did not answer within 120 s`);
      const ok = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    process.kill(-child.pid!, 'SIGTERM'); // the whole group: npm and the server under it
    await new Promise((r) => child.once('exit', r));
  }
}

const summary = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return `min ${sorted[0].toFixed(0)} ms, median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`;
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'teikei-startup-'));
  try {
    const db = `sqlite:${join(dir, 'startup.sqlite')}`;
    (await startServer(4620, db, {})).kill(); // the first start loads the data
    const env = { DATABASE_URL: db };
    const server: number[] = [];
    const npmStart: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      server.push(await timeToFirstAnswer(process.execPath, [SERVER], env, 4621));
      npmStart.push(await timeToFirstAnswer('npm', ['start'], env, 4622));
    }
    console.log(`Start-up on a loaded SQLite database, ${RUNS} runs, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}:\n`);
    console.log('| command | spawn → first GraphQL answer |');
    console.log('|---|---|');
    console.log(`| node dist/src/cli/serve.js | ${summary(server)} |`);
    console.log(`| npm start (tsc -b: nothing to compile) | ${summary(npmStart)} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
