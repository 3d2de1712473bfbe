/**
 * Apollo's execution step done by graphql-jit: each operation is compiled once into a JavaScript
 * function that resolves its fields without graphql-js's per-field interpretation (argument values
 * read from the AST, a type checked, a promise wrapped, for every field of every object).
 *
 * A response of thousands of fields (schema/examples/five-levels.graphql: 3,751 objects) spent
 * more than a third of its time in graphql-js's executor; compiled, that part shrinks to a fraction
 * (bench/RESULTS.md, #13). Apollo still parses, validates (depth, aliases, cost, read-only) and
 * formats; only `execute` changes, through Apollo's gateway interface, which exists for exactly this:
 * handing execution to another engine.
 *
 * Variables are checked by graphql-js first, so that a client's wrong variable gets the same
 * 400 BAD_USER_INPUT and message as before; the compiled function then coerces them itself.
 * graphql-jit cannot compile a variable of a recursive input type (an AgreementFilter holds
 * AgreementFilters in `and`/`or`/`not`: its variable parser unrolls the type without end,
 * zalando-incubator/graphql-jit#81), so an operation with such a variable runs on graphql-js's
 * `execute`, as before; the same filter written inline in the query compiles.
 */
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  getNamedType,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  typeFromAST,
  type ExecutionResult,
  type GraphQLInputObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

type GatewayInterface = ApolloServerOptionsWithGateway<object>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/** Marks an operation that graphql-js executes (a variable of a recursive input type). */
const INTERPRETED = Symbol('executed by graphql-js');

/** A compiled operation, the errors compiling it found, or INTERPRETED. */
type Compiled = CompiledQuery | ExecutionResult | typeof INTERPRETED;

export interface JitOptions {
  /** How many compiled operations are kept (least recently used dropped first). */
  cacheEntries: number;
}

/** Whether an input object type can hold itself, directly or through other input types. */
function isRecursive(type: GraphQLInputObjectType): boolean {
  const visiting = new Set<GraphQLInputObjectType>();
  const reaches = (t: GraphQLInputObjectType): boolean => {
    if (t === type && visiting.size > 0) return true;
    if (visiting.has(t)) return false;
    visiting.add(t);
    return Object.values(t.getFields()).some((f) => {
      const inner = getNamedType(f.type);
      return isInputObjectType(inner) && reaches(inner);
    });
  };
  return reaches(type);
}

/** Whether some variable of `operation` has (or holds) a recursive input type, which graphql-jit cannot parse. */
function hasRecursiveVariable(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  const inputTypes = new Set<GraphQLInputObjectType>();
  const collect = (t: GraphQLInputObjectType) => {
    if (inputTypes.has(t)) return;
    inputTypes.add(t);
    for (const f of Object.values(t.getFields())) {
      const inner = getNamedType(f.type);
      if (isInputObjectType(inner)) collect(inner);
    }
  };
  for (const definition of operation.variableDefinitions ?? []) {
    const named = getNamedType(typeFromAST(schema, definition.type as never));
    if (isInputObjectType(named)) collect(named);
  }
  return [...inputTypes].some(isRecursive);
}

/** An executor running each operation of `schema` as graphql-jit compiled it (compiled once per document and operation). */
export function jitExecutor(schema: GraphQLSchema, options: JitOptions): GatewayExecutor {
  const compiled = new LRUCache<string, Compiled>({ max: options.cacheEntries });
  return async ({ document, operation, operationName, queryHash, request, context }) => {
    const variables = request.variables ?? {};
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) return { errors: coerced.errors };
    const key = `${queryHash}\n${operationName ?? ''}`;
    let query = compiled.get(key);
    if (!query) {
      query = hasRecursiveVariable(schema, operation) ? INTERPRETED : compileQuery(schema, document, operationName ?? undefined);
      compiled.set(key, query);
    }
    if (query === INTERPRETED) return await execute({ schema, document, operationName, variableValues: variables, contextValue: context });
    if (!isCompiledQuery(query)) return withGraphqlJsErrors(query);
    return withGraphqlJsErrors(await query.query(undefined, context, variables));
  };
}

/**
 * graphql-jit's errors are its own kind (no `extensions` unless the cause had some): made graphql-js's,
 * as Apollo's error formatting expects and as graphql-js's executor would have made them.
 */
function withGraphqlJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  const errors = result.errors.map((e) => {
    const error = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions: e.extensions });
    (error as { locations?: unknown }).locations = e.locations;
    return error;
  });
  return { ...result, errors };
}

/**
 * `schema` as Apollo's gateway option: a gateway whose schema never changes (the server restarts for a
 * new one) and whose executor is `jitExecutor`.
 */
export function jitGateway(schema: GraphQLSchema, options: JitOptions): GatewayInterface {
  return {
    async load() {
      return { executor: jitExecutor(schema, options) };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
