/**
 * Start-up and stop of the real program (`node dist/src/cli/serve.js`, as `npm start` runs it):
 * every start-up failure is one line `cannot start: …` that says what to change; a damaged or
 * unopenable SQLite file is named; SIGTERM stops the server within seconds even with a half-open
 * connection.
 */
import { spawn, type ChildProcess } from 'child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'fs';
import { createServer, connect, type AddressInfo, type Server } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { bootstrap } from '../../src/http/bootstrap';
import { PROJECT_ROOT } from '../../src/project-root';
import { TEST_POSTGRES } from '../database';

const SERVE = join(PROJECT_ROOT, 'dist/src/cli/serve.js');

interface Run {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exited: Promise<number | null>;
}

function serve(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [SERVE], { env: { ...process.env, NODE_ENV: '', DATA_VERSION_POLL_MS: '0', ...env } });
  const run: Run = { child, stdout: '', stderr: '', exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
  child.stdout.on('data', (d) => (run.stdout += d));
  child.stderr.on('data', (d) => (run.stderr += d));
  return run;
}

async function until(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'teikei-life-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sqlite = (name: string) => `sqlite:${join(dir, name)}`;

it('says in one line that the port is in use, and exits 1', async () => {
  const blocker: Server = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as AddressInfo).port;
  try {
    const run = serve({ PORT: String(port), DATABASE_URL: sqlite('port.sqlite') });
    expect(await run.exited).toBe(1);
    expect(run.stderr.trim()).toBe(
      `cannot start: port ${port} on 127.0.0.1 is in use (is another server running?); set PORT to a free port`,
    );
  } finally {
    blocker.close();
  }
});

it('says in one line that HOST does not resolve, and a bad variable, naming it', async () => {
  const host = serve({ PORT: '0', HOST: 'no-such-host.invalid', DATABASE_URL: sqlite('host.sqlite') });
  expect(await host.exited).toBe(1);
  expect(host.stderr.trim()).toMatch(/^cannot start: HOST no-such-host\.invalid (does not resolve|could not be resolved)/);
  expect(host.stderr.trim().split('\n')).toHaveLength(1);
  const port = serve({ PORT: 'eighty', DATABASE_URL: sqlite('bad.sqlite') });
  expect(await port.exited).toBe(1);
  expect(port.stderr.trim()).toBe('cannot start: PORT must be an integer from 0 to 65535; got "eighty"');
});

(TEST_POSTGRES ? it.skip : it)('refuses a damaged SQLite file, and one it cannot open, naming the file', async () => {
  const file = join(dir, 'damaged.sqlite');
  const server = await bootstrap({ port: 0, databaseUrl: `sqlite:${file}`, dataVersionPollMs: 0 });
  await server.orm.em.getConnection().execute('pragma wal_checkpoint(TRUNCATE)');
  await server.stop();
  // Overwrite pages in the middle of the file, as a failing disk would.
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  for (let offset = Math.floor(size / 3); offset < (2 * size) / 3; offset += 4096 * 7)
    writeSync(fd, Buffer.alloc(512, 0xa5), 0, 512, offset);
  closeSync(fd);
  await expect(bootstrap({ port: 0, databaseUrl: `sqlite:${file}`, dataVersionPollMs: 0 })).rejects.toThrow(
    new RegExp(`(the SQLite file ${file} is damaged|the SQLite file ${file} is not a usable database)`),
  );
  const folder = join(dir, 'a-folder.sqlite');
  mkdirSync(folder);
  await expect(bootstrap({ port: 0, databaseUrl: `sqlite:${folder}` })).rejects.toThrow(`cannot open the SQLite file ${folder}`);
});

it('stops within a few seconds of SIGTERM, closing a half-open connection', async () => {
  const run = serve({ PORT: '0', DATABASE_URL: sqlite('stop.sqlite') });
  await until(() => /ready at (http:\/\/\S+)/.test(run.stdout) || run.child.exitCode != null, 60_000);
  const url = new URL(/ready at (http:\/\/\S+)/.exec(run.stdout)![1]);
  // A client that sends half a request and waits.
  const socket = connect(Number(url.port), url.hostname);
  await new Promise<void>((resolve) => socket.on('connect', resolve));
  socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"query":');
  socket.on('error', () => undefined);
  await new Promise((r) => setTimeout(r, 200));
  const started = Date.now();
  run.child.kill('SIGTERM');
  const code = await run.exited;
  expect({ code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  expect(Date.now() - started).toBeLessThan(6000);
  socket.destroy();
  expect(existsSync(join(dir, 'stop.sqlite'))).toBe(true);
});
