/**
 * Limits that keep a public, read-only API up under hostile queries. Every default can
 * be changed by an environment variable (README, "Limits").
 */
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

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxDepth: 12,
  maxCost: 50_000,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 10,
  maxBodyBytes: 64 * 1024,
  requestTimeoutMs: 10_000,
};

/** Environment variable of each limit. */
export const LIMIT_ENV: Readonly<Record<keyof Limits, string>> = {
  maxDepth: 'LIMIT_MAX_DEPTH',
  maxCost: 'LIMIT_MAX_COST',
  maxAliases: 'LIMIT_MAX_ALIASES',
  maxTokens: 'LIMIT_MAX_TOKENS',
  maxDirectives: 'LIMIT_MAX_DIRECTIVES',
  maxBodyBytes: 'LIMIT_MAX_BODY_BYTES',
  requestTimeoutMs: 'LIMIT_REQUEST_TIMEOUT_MS',
};

/** The limits from the environment over the defaults; throws naming a variable that is not a positive integer. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Limits {
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, name] of Object.entries(LIMIT_ENV) as Array<[keyof Limits, string]>) {
    limits[key] = integerFromEnv(env, name, { min: 1 }) ?? limits[key];
  }
  return limits;
}

/** An integer setting from the environment (undefined when unset); throws naming the variable when it is not one. */
export function integerFromEnv(env: NodeJS.ProcessEnv, name: string, { min }: { min: number }): number | undefined {
  const raw = env[name];
  if (raw == null || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`${name} must be ${min === 1 ? 'a positive integer' : `an integer of at least ${min}`}; got "${raw}"`);
  return n;
}
