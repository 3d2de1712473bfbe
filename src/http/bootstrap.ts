/**
 * Composing the server: ORM, data load, search index, Apollo and the HTTP app. Every
 * request gets its own EntityManager fork and DataLoaders (see context.ts); with
 * EXPOSE_SQL_COUNT=1 every response says how many SQL statements it ran.
 */
import 'reflect-metadata';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { DEFAULT_CONFIG, type Config, type Diagnostics, type Limits } from '../config';
import { DataVersion } from '../db/data-version';
import { datasetVersion, loadDatasetIfEmpty, DEFAULT_DATASET, type LoadResult } from '../db/load-dataset';
import { openOrm, type Orm } from '../db/orm';
import { ensureSearchIndex } from '../db/search-index';
import { createApollo } from '../graphql/apollo';
import { measureListSizes, type ListSizes } from '../graphql/list-sizes';
import { CostModel } from '../graphql/query-cost';
import { NetworkCache } from '../modules/network/load-network';
import { NetworkPool } from '../network/network-pool';
import { Admission } from './admission';
import { ReferenceCache, ReferenceData } from '../db/reference-data';
import { createHttpApp, InFlight } from './app';
import { ResponseCache, withResponseCache } from './response-cache';

/**
 * How to serve: any part of the configuration (src/config.ts) over its defaults, the same ones
 * `npm start` uses, plus what only a caller can give.
 */
export type ServerOptions = Partial<Omit<Config, 'limits'> & Diagnostics> & {
  limits?: Partial<Limits>;
  /** The dataset loaded into an empty database (default seeds/clair-2012.json). */
  dataset?: string;
  /** Where internal errors are logged (stderr by default). */
  log?: (line: string) => void;
};

export interface RunningServer {
  url: string;
  orm: Orm;
  load: LoadResult;
  limits: Limits;
  stop(): Promise<void>;
}

/** Start the server; resolves once it listens. */
export async function bootstrap(options: ServerOptions = {}): Promise<RunningServer> {
  const config = {
    ...DEFAULT_CONFIG,
    ...withoutUndefined(options),
    limits: { ...DEFAULT_CONFIG.limits, ...withoutUndefined(options.limits ?? {}) },
  };
  const { limits } = config;
  const log = options.log ?? ((line: string) => console.error(line));
  let load!: LoadResult;
  let sizes!: ListSizes;
  let firstReference: ReferenceData | undefined;
  const orm = await openOrm(config.databaseUrl, { ...config, statementTimeoutMs: limits.requestTimeoutMs }, async (setup) => {
    load = await loadDatasetIfEmpty(setup, options.dataset ?? DEFAULT_DATASET);
    await ensureSearchIndex(setup.em.fork());
    sizes = await measureListSizes(setup.em.fork());
    // Read once here too: with a short REQUEST_TIMEOUT_MS, serving connections would cancel it.
    firstReference = await ReferenceData.read(setup.em.fork(), await datasetVersion(setup), () => void version.check());
  });
  const version = await DataVersion.watch(orm, config.dataVersionPollMs);
  const networks = new NetworkCache({
    limit: config.networkCacheEntries,
    computer: new NetworkPool({ threads: config.networkWorkers ?? undefined, memoryMb: config.networkWorkerMemoryMb }),
    deadlineMs: limits.requestTimeoutMs,
  });
  version.onChange(() => networks.clear());
  const costModel = new CostModel(sizes);
  version.onChange(() => {
    measureListSizes(orm.em.fork()).then(
      (sizes) => (costModel.sizes = sizes),
      (e: Error) => log(`cannot measure the new data for the query cost (keeping the old sizes): ${e.message}`),
    );
  });
  const reference = new ReferenceCache(orm.em, version, firstReference);
  await reference.current();
  const apollo = await createApollo({
    limits,
    production: config.production,
    introspection: config.introspection,
    exposeSqlCount: config.exposeSqlCount,
    costModel,
    log,
  });
  // Each answer counts its own statements when asked to, so none is replayed from the cache then.
  const cache =
    config.responseCache && !config.exposeSqlCount
      ? new ResponseCache(version, config.responseCacheMb * 2 ** 20, { varyByOrigin: config.corsOrigins !== null })
      : null;
  const inFlight = new InFlight();
  const app = createHttpApp({
    orm,
    apollo,
    networks,
    reference,
    limits,
    log,
    inFlight,
    version,
    cache,
    httpMaxAgeSeconds: config.httpMaxAgeSeconds,
    corsOrigins: config.corsOrigins,
    admission: new Admission({
      maxConcurrent: config.maxConcurrentRequests,
      maxQueued: config.maxQueuedRequests,
      maxWaitMs: config.maxQueueWaitMs,
    }),
    batching: config.batching,
    costModel,
  });
  const listener = cache
    ? withResponseCache(app, { cache, maxBodyBytes: limits.maxBodyBytes, requestTimeoutMs: limits.requestTimeoutMs })
    : app;

  const release = async () => {
    await version.stop();
    await apollo.stop();
    await networks.computer.close();
    await orm.close();
  };
  const server: Server = createServer(listener);
  await listen(server, config.port, config.host).catch(async (e: Error) => {
    await release();
    throw e;
  });
  // Slow clients may not hold a connection open for longer than a request may take.
  server.requestTimeout = limits.requestTimeoutMs * 2;
  server.headersTimeout = Math.min(limits.requestTimeoutMs * 2, 60_000);
  // Idle keep-alive connections outlive the clients' own idle time-out (undici's is 4 s, browsers' longer), so that the
  // server never closes a connection just as a client sends on it (ECONNRESET); a stop still closes them at once.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/graphql`,
    orm,
    load,
    limits,
    async stop() {
      // Stop taking connections; close idle ones now, and every other one (half-open included) after a grace period.
      const grace = Math.min(limits.requestTimeoutMs, STOP_GRACE_MS);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const cutoff = setTimeout(() => server.closeAllConnections(), grace);
      await closed;
      clearTimeout(cutoff);
      // Work still running for requests already answered gets the same grace, no more.
      await Promise.race([inFlight.drained(), new Promise((resolve) => setTimeout(resolve, grace).unref())]);
      await release();
    },
  };
}

/** How long an idle keep-alive connection is kept open. */
const KEEP_ALIVE_MS = 65_000;

/** How long a stop waits for requests under way before it closes their connections. */
const STOP_GRACE_MS = 3000;

/** Listen, turning the usual failures into one line that says what to change. */
function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      const where = `${host}:${port}`;
      const why: Record<string, string> = {
        EADDRINUSE: `port ${port} on ${host} is in use (is another server running?); set PORT to a free port`,
        EACCES: `no permission to listen on ${where}; set PORT to 1024 or above`,
        EADDRNOTAVAIL: `HOST ${host} is not an address of this machine; set HOST to one (127.0.0.1, 0.0.0.0)`,
        ENOTFOUND: `HOST ${host} does not resolve to an address; set HOST to an address or a known name`,
        EAI_AGAIN: `HOST ${host} could not be resolved now; set HOST to an address`,
      };
      reject(new Error(why[e.code ?? ''] ?? `cannot listen on ${where}: ${e.message}`));
    });
    server.listen(port, host, () => resolve());
  });
}

/** An options object without its undefined values, so that they do not hide the defaults. */
function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
