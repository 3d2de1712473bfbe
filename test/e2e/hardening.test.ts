/**
 * Client mistakes that used to come back as internal errors, load the server refuses early
 * instead of queueing into time-outs, and what a body's Content-Encoding means.
 */
import { createHash } from 'crypto';
import { gzipSync } from 'zlib';
import { TEST_POSTGRES } from '../database';
import { startTestServer, type Answer, type TestServer } from '../utils';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ limits: { maxDepth: 5 } });
});
afterAll(() => server.stop());

const post = (body: string, headers: Record<string, string> = {}) =>
  server.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('client mistakes are 4xx with a code', () => {
  it('a mutation or a subscription: this API is read-only', async () => {
    for (const op of ['mutation { x }', 'subscription { x }']) {
      const res = await server.request({ query: op });
      expect(res.status).toBe(400);
      expect(res.json().errors?.[0]).toMatchObject({
        // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- jest's asymmetric matchers are typed any
        message: expect.stringMatching(/read-only: it answers queries/),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
    }
  });

  it('a persisted query whose hash is not its query', async () => {
    const query = '{ categories { code } }';
    const wrong = await post(JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }));
    expect(wrong.status).toBe(400);
    expect(wrong.json().errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const right = await post(JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }));
    expect(right.status).toBe(200);
    // Registered: now the hash alone is enough, by POST and by GET.
    const byHash = await post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }));
    expect(byHash.json().data).toEqual(right.json().data);
    const params = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }) });
    const get = await server.fetch(`/graphql?${params}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.json().data).toEqual(right.json().data);
  });

  it('unused variables nested thousands deep', async () => {
    const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    const body = `{"query":"query($n: Int) { agreements(first: $n) { totalCount } }","variables":{"n":1,"unused":${deep}}}`;
    const res = await post(body);
    expect(res.status).toBe(200);
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- jest's asymmetric matchers are typed any
    expect(res.json().data).toEqual({ agreements: { totalCount: expect.any(Number) } });
    const used = await post(
      `{"query":"query($c: [Int!]) { agreements(filter: { categoryCodes: $c }) { totalCount } }","variables":{"c":${deep}}}`,
    );
    expect(used.status).toBe(400);
    expect(used.json().errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts a fragment spread as no level of depth', async () => {
    // municipalities › nodes › parent › parent › name: depth 5, the limit here, written with fragments.
    const withFragments = `{ municipalities(first: 1) { ...N } } fragment N on MunicipalityConnection { nodes { ...P } }
      fragment P on Municipality { parent { parent { name } } }`;
    const res = await server.request({ query: withFragments });
    expect(res.json().errors).toBeUndefined();
    const deeper = await server.request({
      query: withFragments.replace('parent { parent { name } }', 'parent { parent { parent { name } } }'),
    });
    expect(deeper.status).toBe(400);
  });
});

describe('Content-Encoding of a request body, as Express takes it', () => {
  const body = JSON.stringify({ query: '{ categories { code } }' });
  it('takes a gzipped body', async () => {
    const res = await server.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(body),
    });
    expect(res.status).toBe(200);
    expect(res.json().data?.categories).toHaveLength(9);
  });
  it('refuses an encoding it does not know with 415', async () => {
    const res = await post(body, { 'content-encoding': 'x-squash' });
    expect(res.status).toBe(415);
    expect(res.json().errors?.[0].message).toMatch(/x-squash/);
  });
});

describe('admission control (exact rules: src/http/admission.test.ts)', () => {
  it('answers past its queue with 503 OVERLOADED and Retry-After, serves the rest, and /healthz throughout', async () => {
    const small = await startTestServer({ responseCache: false, maxConcurrentRequests: 1, maxQueuedRequests: 0 });
    try {
      // Each asks for another network, so none is answered from a cache.
      const asks = Array.from({ length: 30 }, (_, i) =>
        small.request({ query: `{ network(filter: { signedTo: "${1960 + i}" }, projection: BIPARTITE) { figures { modularity } } }` }),
      );
      expect((await small.fetch('/healthz')).status).toBe(200);
      const answers: Answer[] = await Promise.all(asks);
      const statuses = answers.map((a) => a.status);
      expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
      expect(statuses).toContain(200);
      expect(statuses).toContain(503); // thirty sent together, one place, no queue
      for (const r of answers.filter((a) => a.status === 503)) {
        expect(r.headers.get('retry-after')).toBe('1');
        expect(r.json().errors?.[0].extensions?.code).toBe('OVERLOADED');
      }
    } finally {
      await small.stop();
    }
  });
});

(TEST_POSTGRES ? it : it.skip)('on PostgreSQL, bounds every statement of a request by the request time-out', async () => {
  const pg = await startTestServer({ limits: { requestTimeoutMs: 1500 } });
  try {
    const [row] = await pg.orm.em.fork().getConnection().execute('show statement_timeout');
    expect(row.statement_timeout).toBe('1500ms');
    await expect(pg.orm.em.fork().getConnection().execute('select pg_sleep(3)')).rejects.toThrow(/statement timeout/);
  } finally {
    await pg.stop();
  }
});
