/**
 * The Apollo server: schema, query limits (graphql-armor for depth, aliases and directives;
 * graphql-js for tokens; a cost limit weighted by page sizes), CSRF prevention (on), batching (off),
 * and errors a client can act on — with internal errors masked in production.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import type { Limits } from '../config';
import type { Context } from './context';
import { costLimitPlugin } from './cost-limit-plugin';
import type { CostModel } from './query-cost';
import { currentRequest, isCancellation } from '../db/request-scope';
import { SupportedOperationTypesRule } from './read-only-rule';
import { jitGateway } from './jit-executor';
import { getSchema } from './schema';

/** Codes of errors that the client caused and can fix: shown as they are. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_HASH_MISMATCH',
  'BAD_PAGE_SIZE',
  'BAD_CURSOR',
  'BAD_DATE',
  'BAD_SEARCH',
  'BAD_DEPTH',
  'QUERY_TOO_COSTLY',
]);

/** Tells the HTTP layer whether the answer had errors (such answers are never cached). */
const outcomePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (!contextValue?.outcome) return; // a request refused before its context was made
        contextValue.outcome.hadErrors = response.body.kind !== 'single' || (response.body.singleResult.errors?.length ?? 0) > 0;
      },
    };
  },
};

/** Adds `extensions.sqlStatements` (the statements this request ran) to every response. */
const sqlCountPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const count = currentRequest()?.statements;
        if (response.body.kind !== 'single' || count == null) return;
        response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: count };
      },
    };
  },
};

export interface ApolloOptions {
  limits: Limits;
  production: boolean;
  /** Answer introspection queries (on unless INTROSPECTION=0, production included: the schema is public). */
  introspection: boolean;
  exposeSqlCount: boolean;
  /** The sizes of the data served, for the query cost. */
  costModel: CostModel;
  log: (line: string) => void;
}

/**
 * Internal errors (a database failure, a bug) become "Internal server error" with the
 * request id, and are logged in full; client errors keep their message and code.
 */
function formatErrorFor(production: boolean, log: (line: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: Error })?.originalError ?? error;
    // Lower layers (the search index, the loader) signal a client's mistake with a plain error carrying a client code.
    const lowerCode = (original as { code?: unknown } | null)?.code;
    if (typeof lowerCode === 'string' && CLIENT_ERROR_CODES.has(lowerCode) && formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
      formatted = { ...formatted, message: (original as Error).message, extensions: { ...formatted.extensions, code: lowerCode } };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (code && CLIENT_ERROR_CODES.has(code)) {
      return production ? { ...formatted, extensions: { ...formatted.extensions, stacktrace: undefined } } : formatted;
    }
    // Work stopped because nobody waits for it any more (the client was answered 503, or left): not a fault.
    if (isCancellation(original)) return { message: (original as Error).message, path: formatted.path, extensions: { code: 'CANCELLED' } };
    const requestId = currentRequest()?.requestId ?? 'none';
    log(`[${requestId}] internal error: ${(original as Error)?.stack ?? String(original)}`);
    if (!production) return formatted;
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
  };
}

export async function createApollo(options: ApolloOptions): Promise<ApolloServer<Context>> {
  const { limits, production } = options;
  const armor = new ApolloArmor({
    // Depth counts fields; a fragment spread is not a level of its own.
    maxDepth: { n: limits.maxDepth, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    // The token limit is graphql-js's own parse option (below): armor's answers a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    costLimit: { enabled: false }, // replaced by costLimitPlugin, which weighs lists by first/last
    blockFieldSuggestion: { enabled: production },
  }).protect();
  const apollo = new ApolloServer<Context>({
    // Executed by graphql-jit (src/graphql/jit-executor.ts); Apollo's gateway option is how it takes another executor.
    gateway: jitGateway(await getSchema(), { cacheEntries: 1000 }),
    ...armor,
    validationRules: [...armor.validationRules, SupportedOperationTypesRule],
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: false,
    // The server's own stop (src/cli/serve.ts) handles signals; Apollo's would stop it a second time and re-raise the signal.
    stopOnTerminationSignals: false,
    introspection: options.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !production,
    formatError: formatErrorFor(production, options.log),
    plugins: [
      // Apollo's own landing page loads from a CDN; the IDE is served by mountIde instead.
      ApolloServerPluginLandingPageDisabled(),
      ...armor.plugins,
      costLimitPlugin(limits, options.costModel),
      outcomePlugin,
      ...(options.exposeSqlCount ? [sqlCountPlugin] : []),
      // Answers are cached whole by the HTTP layer: Apollo would otherwise compute a cache policy per field that nothing reads.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  return apollo;
}
