/**
 * Composing the server: ORM, data load, search index, Apollo and the HTTP app. Every
 * request gets its own EntityManager fork and DataLoaders (see context.ts); with
 * EXPOSE_SQL_COUNT=1 every response says how many SQL statements it ran.
 */
import 'reflect-metadata';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { loadDatasetIfEmpty, DEFAULT_DATASET, type LoadResult } from '../db/load-dataset';
import { openOrm, type Orm } from '../db/orm';
import { NetworkCache } from '../modules/network/load-network';
import { ensureSearchIndex } from '../db/search-index';
import { createApollo } from '../graphql/apollo';
import { DataVersion } from '../db/data-version';
import { createHttpApp, InFlight } from './app';
import { withHttpResponseCache } from './response-cache';
import { DEFAULT_LIMITS, type Limits } from '../graphql/limits';

export interface ServerOptions {
  port?: number;
  host?: string;
  databaseUrl?: string;
  dataset?: string;
  exposeSqlCount?: boolean;
  /** Mask internal errors and hide field suggestions (NODE_ENV=production). */
  production?: boolean;
  limits?: Partial<Limits>;
  /**
   * Cache whole responses (RESPONSE_CACHE; off unless asked for): by raw request in front of
   * Express, and by operation in Apollo. With exposeSqlCount only Apollo's cache is used, so
   * that every response reports the statements it ran.
   */
  responseCache?: boolean;
  /** Memory for the response cache in front of Express, in MiB (RESPONSE_CACHE_MB, default 64). */
  responseCacheMb?: number;
  /** How often to ask the database whether the data was replaced (DATA_VERSION_POLL_MS; 0: never). */
  dataVersionPollMs?: number;
  /** Batch relations (default); false is the naive N+1 reference for benchmarks (BATCHING=0). */
  batching?: boolean;
  /** Where internal errors are logged (stderr by default). */
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  orm: Orm;
  load: LoadResult;
  limits: Limits;
  stop(): Promise<void>;
}

/** Start the server; resolves once it listens. */
export async function bootstrap(options: ServerOptions = {}): Promise<RunningServer> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log ?? ((line: string) => console.error(line));
  const orm = await openOrm(options.databaseUrl);
  const load = await loadDatasetIfEmpty(orm, options.dataset ?? DEFAULT_DATASET);
  await ensureSearchIndex(orm.em.fork());
  const version = await DataVersion.watch(orm, options.dataVersionPollMs);
  const networks = new NetworkCache();
  version.onChange(() => networks.clear());
  const exposeSqlCount = options.exposeSqlCount ?? false;
  const apollo = await createApollo({
    limits,
    production: options.production ?? false,
    exposeSqlCount,
    log,
    responseCache: options.responseCache ? version : null,
  });
  const inFlight = new InFlight();
  const app = createHttpApp({ orm, apollo, networks, limits, log, inFlight, batching: options.batching ?? true });
  const listener =
    options.responseCache && !exposeSqlCount
      ? withHttpResponseCache(app, { version, maxBodyBytes: limits.maxBodyBytes, maxBytes: (options.responseCacheMb ?? 64) * 2 ** 20 })
      : app;

  const server: Server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(options.port ?? 4000, options.host ?? '127.0.0.1', () => resolve()));
  // Slow clients may not hold a connection open for longer than a request may take.
  server.requestTimeout = limits.requestTimeoutMs * 2;
  server.headersTimeout = Math.min(limits.requestTimeoutMs * 2, 60_000);
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/graphql`,
    orm,
    load,
    limits,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await inFlight.drained();
      await version.stop();
      await apollo.stop();
      await orm.close();
    },
  };
}
