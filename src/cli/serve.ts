/** `npm start`: serve on $HOST:$PORT (default 127.0.0.1:4000) over $DATABASE_URL, configured by the environment (src/config.ts). */
import { configFromEnv, diagnosticsFromEnv } from '../config';
import { bootstrap } from '../http/bootstrap';

/** A stop that has not finished by then ends the process anyway. */
const HARD_STOP_MS = 8000;

async function main(): Promise<void> {
  const server = await bootstrap({ ...configFromEnv(), ...diagnosticsFromEnv() });
  console.log(
    server.load.loaded ? `loaded ${server.load.agreements} agreements, ${server.load.listings} listings` : `data: ${server.load.reason}`,
  );
  console.log(`Teikei Graph ready at ${server.url}`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) process.exit(1); // a second signal: stop now
    stopping = true;
    console.log(`${signal}: stopping`);
    setTimeout(() => {
      console.error(`stop took longer than ${HARD_STOP_MS} ms; exiting`);
      process.exit(1);
    }, HARD_STOP_MS).unref();
    server.stop().then(
      () => process.exit(0),
      (e: Error) => {
        console.error(`stop failed: ${e.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((e) => {
  console.error(`cannot start: ${(e as Error).message}`);
  process.exit(1);
});
