/**
 * Test helpers: the real server on a fresh database, started with the configuration `npm start`
 * uses (src/config.ts) unless a test asks otherwise, and one way to talk to it that shows
 * status, headers and body.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { bootstrap, type RunningServer, type ServerOptions } from '../src/http/bootstrap';
import { freshDatabase, type TestDatabase } from './database';

export interface GraphQLBody<T> {
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string } & Record<string, unknown> }>;
  extensions?: { sqlStatements?: number; cost?: { requested: number; limit: number } } & Record<string, unknown>;
}

/** A response as the test sees it. */
export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  text: string;
  /** The body as JSON; throws with the status and the start of the body when it is not JSON. */
  json(): GraphQLBody<T>;
}

/** A document as a string or as a typed document from test/generated (npm run codegen). */
type Document<T, V> = string | TypedDocumentNode<T, V>;

interface GraphQLRequest<T, V> {
  query: Document<T, V>;
  variables?: V;
  operationName?: string;
}

export interface TestServer extends RunningServer {
  /** http://host:port */
  origin: string;
  database: TestDatabase;
  /** Send a GraphQL request: POST with a JSON body, or GET with it in the query string. */
  request<T = Record<string, unknown>, V = Record<string, unknown>>(
    op: GraphQLRequest<T, V>,
    init?: { method?: 'GET' | 'POST'; headers?: Record<string, string> },
  ): Promise<Answer<T>>;
  /** POST a query and return its parsed body (for tests that read only data and errors). */
  query<T = Record<string, unknown>, V = Record<string, unknown>>(query: Document<T, V>, variables?: V): Promise<GraphQLBody<T>>;
  /** Any request to the server, `path` from its origin (e.g. "/healthz"). */
  fetch(path: string, init?: RequestInit): Promise<Answer>;
}

const textOf = <T, V>(query: Document<T, V>) => (typeof query === 'string' ? query : print(query));

async function answerOf<T>(res: Response): Promise<Answer<T>> {
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    text,
    json() {
      try {
        return JSON.parse(text) as GraphQLBody<T>;
      } catch {
        throw new Error(`expected JSON, got ${res.status}: ${text.slice(0, 200)}`);
      }
    },
  };
}

/** Start the real server over a fresh database (SQLite file or PostgreSQL, see database.ts) on a free port. */
export async function startTestServer(options: Omit<ServerOptions, 'port' | 'databaseUrl'> = {}): Promise<TestServer> {
  const database = await freshDatabase();
  const server = await bootstrap({ port: 0, databaseUrl: database.url, ...options });
  const origin = new URL(server.url).origin;
  const fetchAnswer = async (path: string, init?: RequestInit) => answerOf<Record<string, unknown>>(await fetch(`${origin}${path}`, init));
  const request: TestServer['request'] = async (op, init = {}) => {
    const payload = { query: textOf(op.query), variables: op.variables, operationName: op.operationName };
    if (init.method === 'GET') {
      const params = new URLSearchParams({ query: payload.query });
      if (payload.variables) params.set('variables', JSON.stringify(payload.variables));
      if (payload.operationName) params.set('operationName', payload.operationName);
      return answerOf(await fetch(`${server.url}?${params}`, { headers: { 'apollo-require-preflight': 'true', ...init.headers } }));
    }
    const headers = { 'content-type': 'application/json', ...init.headers };
    return answerOf(await fetch(server.url, { method: 'POST', headers, body: JSON.stringify(payload) }));
  };
  return {
    ...server,
    origin,
    database,
    request,
    async query(query, variables) {
      return (await request({ query, variables })).json();
    },
    fetch: fetchAnswer,
    async stop() {
      await server.stop();
      await database.drop();
    },
  };
}
