import { configFromEnv, DEFAULT_CONFIG, DEFAULT_LIMITS, diagnosticsFromEnv, integerFromEnv, limitsFromEnv } from './config';

describe('settings from the environment', () => {
  it('takes each limit from its variable over the default', () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(limitsFromEnv({ LIMIT_MAX_DEPTH: '7', LIMIT_MAX_COST: '' })).toEqual({ ...DEFAULT_LIMITS, maxDepth: 7 });
  });

  it('refuses a limit that is not a positive integer, naming the variable', () => {
    for (const raw of ['0', '-3', '2.5', 'ten']) {
      expect(() => limitsFromEnv({ LIMIT_MAX_ALIASES: raw })).toThrow(`LIMIT_MAX_ALIASES must be a positive integer; got "${raw}"`);
    }
  });

  it('lets a setting allow 0 (DATA_VERSION_POLL_MS=0: never poll)', () => {
    expect(integerFromEnv({ DATA_VERSION_POLL_MS: '0' }, 'DATA_VERSION_POLL_MS', { min: 0 })).toBe(0);
    expect(integerFromEnv({}, 'DATA_VERSION_POLL_MS', { min: 0 })).toBeUndefined();
    expect(() => integerFromEnv({ DATA_VERSION_POLL_MS: '-1' }, 'DATA_VERSION_POLL_MS', { min: 0 })).toThrow(
      'DATA_VERSION_POLL_MS must be an integer of at least 0; got "-1"',
    );
  });

  it('serves with the defaults when nothing is set: the same ones the tests start from', () => {
    const { exposeSqlCount, batching, ...serving } = DEFAULT_CONFIG;
    expect(configFromEnv({})).toEqual(serving);
    expect(diagnosticsFromEnv({})).toEqual({ exposeSqlCount, batching });
    expect(serving.responseCache).toBe(true);
  });

  it('reads every variable, and refuses one that does not parse, naming it', () => {
    const config = configFromEnv({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'sqlite:/tmp/x.sqlite',
      NODE_ENV: 'production',
      RESPONSE_CACHE: '0',
      RESPONSE_CACHE_MB: '8',
      DATA_VERSION_POLL_MS: '0',
      SQLITE_POOL_SIZE: '2',
      DEBUG_SQL: '1',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'sqlite:/tmp/x.sqlite',
      production: true,
      responseCache: false,
      responseCacheMb: 8,
      dataVersionPollMs: 0,
      sqlitePoolSize: 2,
      debugSql: true,
    });
    expect(diagnosticsFromEnv({ EXPOSE_SQL_COUNT: '1', BATCHING: '0' })).toEqual({ exposeSqlCount: true, batching: false });
    expect(() => configFromEnv({ PORT: 'http' })).toThrow('PORT must be an integer from 0 to 65535; got "http"');
    expect(() => configFromEnv({ RESPONSE_CACHE: 'maybe' })).toThrow('RESPONSE_CACHE must be 1 or 0 (on or off); got "maybe"');
  });
});
