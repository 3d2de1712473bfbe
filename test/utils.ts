/**
 * Test helpers: a real server on a temporary SQLite file and a small GraphQL client.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { bootstrap, type RunningServer } from '../src/server/bootstrap';

export interface TestServer extends RunningServer {
  /** POST a query; returns the parsed body. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLBody<T>>;
  dir: string;
}

export interface GraphQLBody<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  extensions?: { sqlStatements?: number };
}

/** Start the real server over a fresh SQLite file in a temp directory, on a free port. */
export async function startTestServer(options: { dataset?: string } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'teikei-'));
  const server = await bootstrap({ port: 0, databaseUrl: `sqlite:${join(dir, 'test.sqlite')}`, exposeSqlCount: true, dataset: options.dataset });
  return {
    ...server,
    dir,
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
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
