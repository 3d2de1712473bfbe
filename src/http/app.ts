/**
 * The HTTP side: request ids, the time-out, the body limit, JSON errors for malformed
 * requests, `/healthz`, the IDE, the network exports and `/graphql`.
 */
import { randomUUID } from 'crypto';
import type { ApolloServer } from '@apollo/server';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import type { Limits } from '../config';
import type { DataVersion } from '../db/data-version';
import type { Orm } from '../db/orm';
import type { CostModel } from '../graphql/query-cost';
import type { ReferenceCache } from '../db/reference-data';
import { mountNetworkExports } from './export-routes';
import type { NetworkCache } from '../modules/network/load-network';
import { createContext, type Context } from '../graphql/context';
import { mountIde } from './ide/ide-routes';
import { mountExplorer } from './explorer/explorer-routes';
import { errorBody, invalidJsonMessage, timeoutMessage, tooLargeMessage, validRequestId } from './errors';
import { StatementCountingLogger, withRequest } from '../db/request-scope';
import type { Admission } from './admission';
import { corsFor } from './cors';
import { checkGraphQLRequest } from './request-checks';
import { graphqlRoute } from './graphql-route';
import type { ResponseCache } from './response-cache';

/** Every request gets an id (its own x-request-id if sane, else a new one), echoed in the response. */
const requestId: RequestHandler = (req, res, next) => {
  const id = validRequestId(req.get('x-request-id')) ?? randomUUID();
  res.locals.requestId = id;
  res.set('x-request-id', id);
  next();
};

/** How long a successful statement vouches for the database, for /healthz. */
const HEALTHY_FOR_MS = 1000;

/**
 * Enter the request's context (id, statement count) for what follows. It must come after
 * the body parser: stream callbacks run outside the context the request started in.
 */
const requestContext: RequestHandler = (_req, res, next) =>
  withRequest(res.locals.requestId as string, () => next(), (res.locals.cancel as AbortController).signal);

/**
 * Answer 503 when a request takes longer than `ms`, and cancel its work then, or when its client
 * goes away first: it starts no more SQL statements (see refuseIfCancelled).
 */
function timeout(ms: number): RequestHandler {
  return (_req, res, next) => {
    const cancel = new AbortController();
    res.locals.cancel = cancel;
    const timer = setTimeout(() => {
      cancel.abort(`over the ${ms} ms time-out`);
      if (!res.headersSent) res.status(503).json(errorBody(timeoutMessage(ms), 'TIMEOUT'));
    }, ms);
    res.on('finish', () => clearTimeout(timer));
    res.on('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished) cancel.abort('the client went away');
    });
    next();
  };
}

/** Malformed JSON, an over-large body or any other failure of the HTTP layer, as a JSON error. */
function httpErrors(log: (line: string) => void): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    if (res.headersSent) return;
    const e = err as { type?: string; status?: number; message?: string; limit?: number };
    if (e.type === 'entity.parse.failed') {
      res.status(400).json(errorBody(invalidJsonMessage(e.message ?? ''), 'BAD_REQUEST'));
    } else if (e.type === 'entity.too.large') {
      res.status(413).json(errorBody(tooLargeMessage(e.limit ?? 0), 'PAYLOAD_TOO_LARGE'));
    } else if (e.status && e.status >= 400 && e.status < 500) {
      res.status(e.status).json(errorBody(e.message ?? 'Bad request', 'BAD_REQUEST'));
    } else {
      const id = res.get('x-request-id');
      log(`[${id}] internal error: ${(err as Error)?.stack ?? String(err)}`);
      res.status(500).json(errorBody('Internal server error', 'INTERNAL_SERVER_ERROR', { requestId: id }));
    }
  };
}

/** Work still running for requests (also those already answered by the time-out), so that a stop can wait for it. */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();
  track(work: unknown): void {
    if (!(work instanceof Promise)) return;
    const p = work.catch(() => undefined).finally(() => this.running.delete(p));
    this.running.add(p);
  }
  /** Resolves when every tracked piece of work has ended. */
  async drained(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running]);
  }
}

/** Run `handler` and track the work it starts. */
const tracked =
  (inFlight: InFlight, handler: RequestHandler): RequestHandler =>
  (req, res, next) => {
    inFlight.track(handler(req, res, next));
  };

export interface AppParts {
  orm: Orm;
  apollo: ApolloServer<Context>;
  networks: NetworkCache;
  /** Countries, categories and municipalities per data version, shared by every request. */
  reference: ReferenceCache;
  limits: Limits;
  log: (line: string) => void;
  inFlight: InFlight;
  version: DataVersion;
  /** The response cache the GraphQL route stores into, or null. */
  cache: ResponseCache | null;
  /** Cache-Control max-age of GET /graphql answers, in seconds. */
  httpMaxAgeSeconds: number;
  /** Origins allowed to call from a browser; null: any. */
  corsOrigins: readonly string[] | null;
  /** Bounds the GraphQL requests and exports running at once. */
  admission: Admission;
  /** false: the naive reference (one statement per relation and parent), for benchmarks. */
  batching: boolean;
  /** The served data's sizes, for the cost of an export's filter tree. */
  costModel: CostModel;
}

export function createHttpApp(parts: AppParts): Express {
  const { orm, apollo, networks, limits, log, inFlight } = parts;
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers carry their own ETag (bound to the data version); Express's would hash every body again.
  app.set('etag', false);
  app.use(requestId, timeout(limits.requestTimeoutMs));
  app.get('/healthz', async (_req, res) => {
    // Under load the pool is busy with the requests' statements: one that succeeded just now shows that the
    // database answers, without queueing a probe behind them (a failure since makes the probe ask again).
    if (Date.now() - (orm.config.getLogger() as StatementCountingLogger).lastSuccessAt < HEALTHY_FOR_MS) {
      res.json({ status: 'ok' });
      return;
    }
    try {
      await orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });
  app.use(['/graphql', '/export'], corsFor(parts.corsOrigins));
  mountIde(app);
  // Admitted once the body is read: a slow upload must not hold a place of the work it has not yet asked for.
  app.use('/export', parts.admission.middleware, requestContext);
  mountNetworkExports(app, orm.em, networks, limits, parts.costModel);
  const route = graphqlRoute({
    apollo,
    context: async () => createContext(orm.em, networks, await parts.reference.current(), { batch: parts.batching }),
    cache: parts.cache,
    version: () => parts.version.current,
    maxAgeSeconds: parts.httpMaxAgeSeconds,
  });
  app.use(
    '/graphql',
    express.json({ limit: limits.maxBodyBytes }),
    checkGraphQLRequest,
    parts.admission.middleware,
    requestContext,
    tracked(inFlight, route),
  );
  mountExplorer(app, orm.em);
  app.use(httpErrors(log));
  return app;
}
