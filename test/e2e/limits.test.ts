/** Every query limit at the limit and one past it, on a server with small limits (the defaults are in the README). */
import { statementsRun } from '../../src/db/request-scope';
import { startTestServer, type TestServer } from '../utils';

const LIMITS = { maxDepth: 5, maxAliases: 3, maxTokens: 40, maxDirectives: 2, maxCost: 100, maxBodyBytes: 2000 };
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ limits: LIMITS });
});
afterAll(async () => {
  await server.stop();
});

async function post(body: string, headers: Record<string, string> = {}) {
  const res = await server.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, body: res.json() };
}
const ask = (query: string) => post(JSON.stringify({ query }));

async function expectOk(query: string) {
  const { status, body } = await ask(query);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
}
async function expectRefused(query: string, message: RegExp) {
  const { status, body } = await ask(query);
  expect(status).toBe(400);
  expect(body.errors?.[0].message).toMatch(message);
  expect(body.data).toBeUndefined();
}

describe('query limits', () => {
  // municipalities › nodes › parent ×k › name: depth k + 3.
  const deep = (k: number) => `{ municipalities(first: 1) { nodes { ${'parent { '.repeat(k)}name${' }'.repeat(k)} } } }`;
  it('depth', async () => {
    await expectOk(deep(LIMITS.maxDepth - 3));
    await expectRefused(deep(LIMITS.maxDepth - 2), /depth limit of 5 exceeded, found 6/);
  });

  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: categories { code }`).join(' ')} }`;
  it('aliases', async () => {
    await expectOk(aliased(LIMITS.maxAliases));
    await expectRefused(aliased(LIMITS.maxAliases + 1), /Aliases limit of 3 exceeded, found 4/);
  });

  // { __typename ×n } is n + 2 tokens.
  const tokens = (n: number) => `{ ${'__typename '.repeat(n)}}`;
  it('tokens', async () => {
    await expectOk(tokens(LIMITS.maxTokens - 2));
    await expectRefused(tokens(LIMITS.maxTokens - 1), /more tha[nt] 40 tokens/);
  });

  const directives = (n: number) =>
    `{ categories { ${['code', 'name', 'nameEn']
      .slice(0, n)
      .map((f) => `${f} @include(if: true)`)
      .join(' ')} } }`;
  it('directives', async () => {
    await expectOk(directives(LIMITS.maxDirectives));
    await expectRefused(directives(LIMITS.maxDirectives + 1), /Directives limit of 2 exceeded, found 3/);
  });

  // 1 (__typename) + 1 (agreements) + n × (nodes 1 + title 1) = 2n + 2.
  const costly = (n: number) => `{ __typename agreements(first: ${n}) { nodes { title } } }`;
  it('cost, weighted by first', async () => {
    await expectOk(costly(49));
    const { status, body } = await ask(costly(50));
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', cost: 102, maxCost: 100 });
  });

  it('request body size', async () => {
    const body = (pad: number) => JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(pad) } });
    const base = Buffer.byteLength(body(0));
    expect((await post(body(LIMITS.maxBodyBytes - base))).status).toBe(200);
    const over = await post(body(LIMITS.maxBodyBytes - base + 1));
    expect(over.status).toBe(413);
    expect(over.body.errors?.[0]).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('refuses batched requests', async () => {
    const { status, body } = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/batch/i);
  });
});

describe('time-out', () => {
  it('answers 503 when a request takes longer than the limit, and in time under it', async () => {
    const slow = await startTestServer({ limits: { requestTimeoutMs: 1 } });
    try {
      const res = await slow.request({ query: '{ network(projection: BIPARTITE) { figures { modularity } } }' });
      expect(res.status).toBe(503);
      expect(res.json().errors?.[0].extensions?.code).toBe('TIMEOUT');
    } finally {
      await slow.stop();
    }
    const normal = await startTestServer();
    try {
      const body = await normal.query('{ network(projection: BIPARTITE) { figures { modularity } } }');
      expect(body.errors).toBeUndefined();
    } finally {
      await normal.stop();
    }
  });

  it('stops the work of a request it answered 503: no statement runs after the time-out', async () => {
    // Nested lists read level by level: several statements one after another.
    const query =
      '{ agreements(first: 20) { nodes { parties { municipality { name partners { name agreements(first: 3) { nodes { title } } } } } } } }';
    const statementsOf = async (server: TestServer) => {
      const before = statementsRun();
      const res = await server.request({ query });
      // Whatever the request still had in hand settles meanwhile.
      await new Promise((r) => setTimeout(r, 300));
      return { status: res.status, statements: statementsRun() - before };
    };
    const normal = await startTestServer({ dataVersionPollMs: 0, responseCache: false });
    const full = await statementsOf(normal).finally(() => normal.stop());
    expect(full.status).toBe(200);
    expect(full.statements).toBeGreaterThan(3);
    const slow = await startTestServer({ dataVersionPollMs: 0, responseCache: false, limits: { requestTimeoutMs: 1 } });
    const cut = await statementsOf(slow).finally(() => slow.stop());
    expect(cut.status).toBe(503);
    // Without cancellation the execution went on to the end (the 503 only stopped the client's wait).
    expect(cut.statements).toBeLessThan(full.statements);
    // At most the first level's (the page and its count), issued before the time-out's timer could run.
    expect(cut.statements).toBeLessThanOrEqual(2);
  });
});
