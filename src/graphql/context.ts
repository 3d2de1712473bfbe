/** What every resolver receives: this request's reader, loaders and the reference data of the current data version. */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { ReferenceData } from '../db/reference-data';
import { SqlReader } from '../db/sql-reader';
import { NetworkCache } from '../modules/network/load-network';
import { createLoaders, type LoaderOptions, type Loaders } from './loaders';
import type { CostSettings } from './query-cost';

export interface Context {
  /** The request's own fork: an SQL entity manager (query builder, knex) on both databases. */
  em: SqlEntityManager;
  /** Rows for the response without the ORM's unit of work (src/db/sql-reader.ts). */
  db: SqlReader;
  /** Countries, categories and municipalities of the data version being served (src/db/reference-data.ts). */
  reference: ReferenceData;
  loaders: Loaders;
  /** Results computed once per request (e.g. a filter's matching agreements), by key. */
  memo: Map<string, Promise<unknown>>;
  /** Networks computed by this server (the data does not change while it runs). */
  networks: NetworkCache;
  /** The limits the request runs under and the data sizes it is costed over (set by the cost plugin, read by `queryCost`). */
  cost?: CostSettings;
  /** How the request ended, for the HTTP layer (set by Apollo's outcome plugin). */
  outcome: { hadErrors: boolean };
}

/** A fresh context for one request: its own EntityManager fork and loaders. */
export function createContext(
  em: SqlEntityManager,
  networks: NetworkCache,
  reference: ReferenceData,
  loaderOptions?: LoaderOptions,
): Context {
  const fork = em.fork();
  const db = new SqlReader(fork);
  return { em: fork, db, reference, loaders: createLoaders(db, loaderOptions), memo: new Map(), networks, outcome: { hadErrors: false } };
}

/** Compute `fn` once per request for `key`. */
export function memo<T>(ctx: Context, key: string, fn: () => Promise<T>): Promise<T> {
  if (!ctx.memo.has(key)) ctx.memo.set(key, fn());
  return ctx.memo.get(key) as Promise<T>;
}

const nodeIds = new WeakMap<FieldNode, number>();
let nodesSeen = 0;
const fieldKeys = new WeakMap<readonly FieldNode[], string>();

/**
 * A key for the field being resolved that is the same wherever a request meets it: its arguments and its
 * selections are those of its AST nodes (and of the request's variables), so two calls with the same nodes
 * ask for the same thing of the same parent. Cached by the nodes' array, which graphql-jit keeps per field.
 */
export function fieldKey(info: GraphQLResolveInfo): string {
  let key = fieldKeys.get(info.fieldNodes);
  if (key === undefined) {
    key = info.fieldNodes
      .map((node) => {
        if (!nodeIds.has(node)) nodeIds.set(node, nodesSeen++);
        return nodeIds.get(node);
      })
      .join(',');
    fieldKeys.set(info.fieldNodes, key);
  }
  return key;
}
