/** `npm start`: serve on $HOST:$PORT (default 127.0.0.1:4000) over $DATABASE_URL, configured by the environment (src/config.ts). */
import { configFromEnv, diagnosticsFromEnv } from '../config';
import { bootstrap } from '../http/bootstrap';

async function main(): Promise<void> {
  const server = await bootstrap({ ...configFromEnv(), ...diagnosticsFromEnv() });
  console.log(
    server.load.loaded ? `loaded ${server.load.agreements} agreements, ${server.load.listings} listings` : `data: ${server.load.reason}`,
  );
  console.log(`Teikei Graph ready at ${server.url}`);
  const shutdown = () => server.stop().then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((e) => {
  console.error(`cannot start: ${(e as Error).message}`);
  process.exit(1);
});
