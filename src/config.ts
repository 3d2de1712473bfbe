/**
 * Every setting the project reads from the environment, parsed and validated in one place, with
 * one set of defaults: `npm start`, the command-line tools and the tests all start from
 * `DEFAULT_CONFIG`. A variable that does not parse stops the program, naming the variable.
 * Switches that exist for benchmarks and diagnostics are kept apart (`Diagnostics`).
 */

/** Limits that keep a public, read-only API up under hostile queries (README, "Limits"). */
export interface Limits {
  /** Deepest selection nesting (graphql-armor). */
  maxDepth: number;
  /** Highest query cost: every field costs 1, a list costs its children times the rows it may return. */
  maxCost: number;
  /** Most aliases in one document. */
  maxAliases: number;
  /** Most tokens in one document. */
  maxTokens: number;
  /** Most directives in one document. */
  maxDirectives: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** Longest time a request may take before the server answers 503, in ms. */
  requestTimeoutMs: number;
}

/** What `npm start` and the tools run with. */
export interface Config {
  port: number;
  host: string;
  /** Unset: the embedded SQLite file data/teikei.sqlite (see src/db/orm.ts). */
  databaseUrl: string | undefined;
  /** NODE_ENV=production: internal errors masked, field suggestions hidden. */
  production: boolean;
  /** Schema introspection (the IDE and codegen need it; INTROSPECTION=0 turns it off). */
  introspection: boolean;
  /** Origins whose pages may call the API from a browser (CORS_ORIGINS, comma-separated); null: any origin. */
  corsOrigins: readonly string[] | null;
  limits: Limits;
  /** Whole answers kept in memory and replayed until the data changes (RESPONSE_CACHE=0: off). */
  responseCache: boolean;
  /** Memory for the response cache, in MiB. */
  responseCacheMb: number;
  /** GraphQL requests and exports that run at once; more wait in a queue (cached answers never wait). */
  maxConcurrentRequests: number;
  /** Requests that may wait for a turn; past that, 503 OVERLOADED at once. */
  maxQueuedRequests: number;
  /** Longest a request waits for its turn, in ms; then 503 OVERLOADED. */
  maxQueueWaitMs: number;
  /** Worker threads that compute networks, their figures and layouts (null: one fewer than the cores, at least one). */
  networkWorkers: number | null;
  /** Heap of each network worker thread, in MiB: a computation that needs more fails instead of growing the server. */
  networkWorkerMemoryMb: number;
  /** Computed networks kept per server (by filter and projection), least recently used dropped first. */
  networkCacheEntries: number;
  /** Cache-Control max-age of GET /graphql answers, in seconds (they also carry an ETag bound to the data version). */
  httpMaxAgeSeconds: number;
  /** How often to ask the database whether the data was replaced, in ms (0: never). */
  dataVersionPollMs: number;
  /** SQLite connections that read side by side (WAL). */
  sqlitePoolSize: number;
  /** Log every SQL statement. */
  debugSql: boolean;
}

/** Switches for benchmarks and diagnostics: never needed to serve. */
export interface Diagnostics {
  /** Every answer carries `extensions.sqlStatements` (the contract's EXPOSE_SQL_COUNT=1); answers are then never cached. */
  exposeSqlCount: boolean;
  /** false: relations load one parent at a time, the naive N+1 reference for benchmarks (BATCHING=0). */
  batching: boolean;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxDepth: 12,
  maxCost: 500_000,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 10,
  maxBodyBytes: 64 * 1024,
  requestTimeoutMs: 10_000,
};

export const DEFAULT_CONFIG: Readonly<Config & Diagnostics> = {
  port: 4000,
  host: '127.0.0.1',
  databaseUrl: undefined,
  production: false,
  introspection: true,
  corsOrigins: null,
  limits: DEFAULT_LIMITS,
  responseCache: true,
  responseCacheMb: 64,
  httpMaxAgeSeconds: 300,
  networkCacheEntries: 64,
  networkWorkers: null,
  networkWorkerMemoryMb: 512,
  maxConcurrentRequests: 8,
  maxQueuedRequests: 256,
  maxQueueWaitMs: 5000,
  dataVersionPollMs: 2000,
  sqlitePoolSize: 4,
  debugSql: false,
  exposeSqlCount: false,
  batching: true,
};

/** Environment variable of each limit. */
const LIMIT_ENV: Readonly<Record<keyof Limits, string>> = {
  maxDepth: 'LIMIT_MAX_DEPTH',
  maxCost: 'LIMIT_MAX_COST',
  maxAliases: 'LIMIT_MAX_ALIASES',
  maxTokens: 'LIMIT_MAX_TOKENS',
  maxDirectives: 'LIMIT_MAX_DIRECTIVES',
  maxBodyBytes: 'LIMIT_MAX_BODY_BYTES',
  requestTimeoutMs: 'LIMIT_REQUEST_TIMEOUT_MS',
};

type Env = NodeJS.ProcessEnv;

/** An integer setting (undefined when unset or empty); throws naming the variable when it is not one. */
export function integerFromEnv(env: Env, name: string, { min, max }: { min: number; max?: number }): number | undefined {
  const raw = env[name];
  if (raw == null || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || (max != null && n > max)) {
    const range = max != null ? `an integer from ${min} to ${max}` : min === 1 ? 'a positive integer' : `an integer of at least ${min}`;
    throw new Error(`${name} must be ${range}; got "${raw}"`);
  }
  return n;
}

/** A switch: 1/true/on or 0/false/off (undefined when unset); throws naming the variable otherwise. */
function flagFromEnv(env: Env, name: string): boolean | undefined {
  const raw = env[name]?.trim().toLowerCase();
  if (raw == null || raw === '') return undefined;
  if (['1', 'true', 'on', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'off', 'no'].includes(raw)) return false;
  throw new Error(`${name} must be 1 or 0 (on or off); got "${env[name]}"`);
}

/** A comma-separated list of origins (scheme://host[:port]); undefined when unset, null for "*". */
function originsFromEnv(env: Env, name: string): readonly string[] | null | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (raw === '*') return null;
  return raw.split(',').map((part) => {
    const origin = part.trim();
    let url: URL | null = null;
    try {
      url = new URL(origin);
    } catch {
      /* reported below */
    }
    if (!url || url.origin !== origin.replace(/\/$/, '')) {
      throw new Error(`${name} must list origins like https://dashboard.example.org, separated by commas; got "${origin}"`);
    }
    return url.origin;
  });
}

/** The limits from the environment over the defaults. */
export function limitsFromEnv(env: Env = process.env): Limits {
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, name] of Object.entries(LIMIT_ENV) as Array<[keyof Limits, string]>) {
    limits[key] = integerFromEnv(env, name, { min: 1 }) ?? limits[key];
  }
  return limits;
}

/** The serving configuration from the environment over the defaults. */
export function configFromEnv(env: Env = process.env): Config {
  const d = DEFAULT_CONFIG;
  return {
    port: integerFromEnv(env, 'PORT', { min: 0, max: 65535 }) ?? d.port,
    host: env.HOST || d.host,
    databaseUrl: env.DATABASE_URL || undefined,
    production: env.NODE_ENV === 'production',
    introspection: flagFromEnv(env, 'INTROSPECTION') ?? d.introspection,
    corsOrigins: originsFromEnv(env, 'CORS_ORIGINS') ?? d.corsOrigins,
    limits: limitsFromEnv(env),
    responseCache: flagFromEnv(env, 'RESPONSE_CACHE') ?? d.responseCache,
    responseCacheMb: integerFromEnv(env, 'RESPONSE_CACHE_MB', { min: 1 }) ?? d.responseCacheMb,
    httpMaxAgeSeconds: integerFromEnv(env, 'HTTP_CACHE_MAX_AGE', { min: 0 }) ?? d.httpMaxAgeSeconds,
    networkCacheEntries: integerFromEnv(env, 'NETWORK_CACHE_ENTRIES', { min: 1 }) ?? d.networkCacheEntries,
    networkWorkers: integerFromEnv(env, 'NETWORK_WORKERS', { min: 1, max: 64 }) ?? d.networkWorkers,
    networkWorkerMemoryMb: integerFromEnv(env, 'NETWORK_WORKER_MEMORY_MB', { min: 64 }) ?? d.networkWorkerMemoryMb,
    maxConcurrentRequests: integerFromEnv(env, 'MAX_CONCURRENT_REQUESTS', { min: 1 }) ?? d.maxConcurrentRequests,
    maxQueuedRequests: integerFromEnv(env, 'MAX_QUEUED_REQUESTS', { min: 0 }) ?? d.maxQueuedRequests,
    maxQueueWaitMs: integerFromEnv(env, 'MAX_QUEUE_WAIT_MS', { min: 1 }) ?? d.maxQueueWaitMs,
    dataVersionPollMs: integerFromEnv(env, 'DATA_VERSION_POLL_MS', { min: 0 }) ?? d.dataVersionPollMs,
    sqlitePoolSize: integerFromEnv(env, 'SQLITE_POOL_SIZE', { min: 1, max: 64 }) ?? d.sqlitePoolSize,
    debugSql: flagFromEnv(env, 'DEBUG_SQL') ?? d.debugSql,
  };
}

/** The benchmark and diagnostic switches from the environment. */
export function diagnosticsFromEnv(env: Env = process.env): Diagnostics {
  return {
    exposeSqlCount: flagFromEnv(env, 'EXPOSE_SQL_COUNT') ?? DEFAULT_CONFIG.exposeSqlCount,
    batching: flagFromEnv(env, 'BATCHING') ?? DEFAULT_CONFIG.batching,
  };
}
