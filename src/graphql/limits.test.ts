import { DEFAULT_LIMITS, integerFromEnv, limitsFromEnv } from './limits';

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
});
