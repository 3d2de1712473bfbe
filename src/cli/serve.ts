/** `npm start`: serve on $HOST:$PORT (default 127.0.0.1:4000) over $DATABASE_URL. */
import { bootstrap } from '../http/bootstrap';
import { integerFromEnv, limitsFromEnv } from '../graphql/limits';

async function main(): Promise<void> {
  const server = await bootstrap({
    port: Number(process.env.PORT ?? 4000),
    host: process.env.HOST ?? '127.0.0.1',
    databaseUrl: process.env.DATABASE_URL,
    exposeSqlCount: process.env.EXPOSE_SQL_COUNT === '1',
    production: process.env.NODE_ENV === 'production',
    limits: limitsFromEnv(),
    responseCache: process.env.RESPONSE_CACHE !== '0',
    responseCacheMb: integerFromEnv(process.env, 'RESPONSE_CACHE_MB', { min: 1 }),
    dataVersionPollMs: integerFromEnv(process.env, 'DATA_VERSION_POLL_MS', { min: 0 }),
    batching: process.env.BATCHING !== '0',
  });
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
