/**
 * Composing the server: ORM, data load, schema, Apollo, and the HTTP routes
 * (`POST /graphql`, `GET /healthz`). Every request gets its own EntityManager fork
 * and DataLoaders; with EXPOSE_SQL_COUNT=1 every response says how many SQL
 * statements it ran.
 */
import 'reflect-metadata';
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { Orm } from '../db/orm';
import express from 'express';
import { loadDatasetIfEmpty, DEFAULT_DATASET, type LoadResult } from '../db/load-dataset';
import { openOrm } from '../db/orm';
import { mountNetworkExports } from '../modules/network/export-routes';
import { NetworkCache } from '../modules/network/load-network';
import { ensureSearchIndex } from '../modules/search/search-index';
import { statementCount, withStatementCounter } from '../db/statement-counter';
import { createContext, type Context } from './context';
import { mountIde } from './ide/ide-routes';
import { getSchema } from './schema';

export interface ServerOptions {
  port?: number;
  host?: string;
  databaseUrl?: string;
  dataset?: string;
  exposeSqlCount?: boolean;
}

export interface RunningServer {
  url: string;
  orm: Orm;
  load: LoadResult;
  stop(): Promise<void>;
}

/** Adds `extensions.sqlStatements` to every response. */
const sqlCountPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const count = statementCount();
        if (count == null) return;
        response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: count };
      },
    };
  },
};

/** Start the server; resolves once it listens. */
export async function bootstrap(options: ServerOptions = {}): Promise<RunningServer> {
  const orm = await openOrm(options.databaseUrl);
  const load = await loadDatasetIfEmpty(orm, options.dataset ?? DEFAULT_DATASET);
  await ensureSearchIndex(orm.em.fork());
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    // Apollo's own landing page loads from a CDN; the IDE is served by mountIde instead.
    plugins: [ApolloServerPluginLandingPageDisabled(), ...(options.exposeSqlCount ? [sqlCountPlugin] : [])],
  });
  await apollo.start();

  const networks = new NetworkCache();
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', async (_req, res) => {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ok' });
    } catch (e) {
      res.status(503).json({ status: 'unavailable', error: (e as Error).message });
    }
  });
  mountIde(app);
  mountNetworkExports(app, orm.em, networks);
  const graphql = expressMiddleware(apollo, { context: async () => createContext(orm.em, networks) });
  app.use('/graphql', express.json({ limit: '100kb' }), (req, res, next) => {
    if (options.exposeSqlCount) withStatementCounter(() => graphql(req, res, next));
    else graphql(req, res, next);
  });

  const server: Server = await new Promise((resolve) => {
    const s = app.listen(options.port ?? 4000, options.host ?? '127.0.0.1', () => resolve(s));
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/graphql`,
    orm,
    load,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await orm.close();
    },
  };
}
