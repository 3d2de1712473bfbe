/**
 * Composing the server: ORM, data load, search index, Apollo and the HTTP app. Every
 * request gets its own EntityManager fork and DataLoaders (see context.ts); with
 * EXPOSE_SQL_COUNT=1 every response says how many SQL statements it ran.
 */
import 'reflect-metadata';
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import { datasetVersion, loadDatasetIfEmpty, DEFAULT_DATASET, type LoadResult } from '../db/load-dataset';
import { openOrm, type Orm } from '../db/orm';
import { NetworkCache } from '../modules/network/load-network';
import { ensureSearchIndex } from '../modules/search/search-index';
import { createApollo } from './apollo';
import { createHttpApp, InFlight } from './http-app';
import { DEFAULT_LIMITS, type Limits } from './limits';

export interface ServerOptions {
  port?: number;
  host?: string;
  databaseUrl?: string;
  dataset?: string;
  exposeSqlCount?: boolean;
  /** Mask internal errors and hide field suggestions (NODE_ENV=production). */
  production?: boolean;
  limits?: Partial<Limits>;
  /** Cache whole responses (RESPONSE_CACHE; off unless asked for). */
  responseCache?: boolean;
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
  const dataVersion = options.responseCache ? await datasetVersion(orm) : null;
  const apollo = await createApollo({
    limits, production: options.production ?? false, exposeSqlCount: options.exposeSqlCount ?? false, log,
    responseCache: dataVersion ? { dataVersion } : null,
  });
  const inFlight = new InFlight();
  const app = createHttpApp({ orm, apollo, networks: new NetworkCache(), limits, log, inFlight, batching: options.batching ?? true });

  const server: Server = await new Promise((resolve) => {
    const s = app.listen(options.port ?? 4000, options.host ?? '127.0.0.1', () => resolve(s));
  });
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
      await apollo.stop();
      await orm.close();
    },
  };
}
