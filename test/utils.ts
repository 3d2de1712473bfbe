/**
 * Test helpers: a real server on a temporary SQLite file and a small GraphQL client.
 */
import { bootstrap, type RunningServer } from '../src/server/bootstrap';
import type { Limits } from '../src/server/limits';
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

/** Start the real server over a fresh database (SQLite file or PostgreSQL, see database.ts) on a free port. */
export async function startTestServer(options: { dataset?: string; limits?: Partial<Limits>; production?: boolean; log?: (line: string) => void; responseCache?: boolean; batching?: boolean } = {}): Promise<TestServer> {
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
