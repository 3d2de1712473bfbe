/**
 * Test helpers: a real server on a temporary SQLite file and a small GraphQL client.
 */
import { bootstrap, type RunningServer, type ServerOptions } from '../src/http/bootstrap';
import { freshDatabase, type TestDatabase } from './database';

export interface TestServer extends RunningServer {
  /** POST a query; returns the parsed body. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLBody<T>>;
  database: TestDatabase;
}

export interface GraphQLBody<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  extensions?: { sqlStatements?: number };
}

/**
 * Start the real server over a fresh database (SQLite file or PostgreSQL, see database.ts)
 * on a free port; responses carry their statement count unless exposeSqlCount is false.
 */
export async function startTestServer(options: Omit<ServerOptions, 'port' | 'databaseUrl'> = {}): Promise<TestServer> {
  const database = await freshDatabase();
  const server = await bootstrap({ port: 0, databaseUrl: database.url, exposeSqlCount: true, ...options });
  return {
    ...server,
    database,
    async query(query, variables) {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLBody<never>;
    },
    async stop() {
      await server.stop();
      await database.drop();
    },
  };
}
