/**
 * The cost of a query (#17): in `extensions.cost` of every answer, asked beforehand with
 * `queryCost`, and filter trees held to the cost and depth limits (400 with a message, never a
 * slow query). And how a dashboard asks by GET: an automatic persisted query, its ETag, a 304.
 */
import { createHash } from 'crypto';
import { startTestServer, type TestServer } from '../utils';

const LIMITS = { maxCost: 20_000, maxDepth: 6 };
let server: TestServer;
/** What a nested filter costs here: the rows its subquery may read, agreements or municipalities. */
let nodeCost: number;
/** What COUNT costs without a filter tree. */
let base: number;
beforeAll(async () => {
  server = await startTestServer({ limits: LIMITS });
  const sizes = await server.query<{ agreements: { totalCount: number }; municipalities: { totalCount: number } }>(
    '{ agreements(first: 0) { totalCount } municipalities(first: 0) { totalCount } }',
  );
  nodeCost = Math.max(sizes.data!.agreements.totalCount, sizes.data!.municipalities.totalCount);
  base = (await server.request({ query: COUNT })).json().extensions!.cost!.requested;
});
afterAll(() => server.stop());

const COUNT = 'query($f: AgreementFilter) { agreements(filter: $f, first: 5) { totalCount nodes { title } } }';
/** `or` of n filters, each one nested filter. */
const wide = (n: number) => ({ or: Array.from({ length: n }, (_, i) => ({ countries: [i % 2 ? 'CN' : 'KR'] })) });
/** The fewest nested filters that take COUNT past the cost limit. */
const tooWide = () => Math.floor((LIMITS.maxCost - base) / nodeCost) + 1;
/** A tree nesting `depth` deep (1: no and/or/not). */
const deep = (depth: number): object => (depth <= 1 ? { countries: ['CN'] } : { not: deep(depth - 1) });

describe('extensions.cost', () => {
  it('is on every answer, and queryCost says the same beforehand', async () => {
    const variables = { f: wide(3) };
    const res = await server.request({ query: COUNT, variables });
    const body = res.json();
    expect(body.errors).toBeUndefined();
    // The same query without the tree, and three nested filters.
    expect(body.extensions!.cost).toEqual({ requested: base + 3 * nodeCost, limit: LIMITS.maxCost });
    const asked = await server.query<{
      queryCost: { requested: number; limit: number; filterDepth: number; depthLimit: number; refusal: string | null };
    }>('query($q: String!, $v: JSON) { queryCost(query: $q, variables: $v) { requested limit filterDepth depthLimit refusal } }', {
      q: COUNT,
      v: variables,
    });
    expect(asked.data!.queryCost).toEqual({
      requested: base + 3 * nodeCost,
      limit: LIMITS.maxCost,
      filterDepth: 2,
      depthLimit: 6,
      refusal: null,
    });
  });

  it('a nested filter inside a page is counted once: it is one statement for the whole page', async () => {
    const query =
      '{ municipalities(first: 10) { nodes { agreements(filter: { or: [{ countries: ["CN"] }] }, first: 1) { totalCount } } } }';
    const body = await server.query(query);
    const plain = await server.query(query.replace('or: [{ countries: ["CN"] }]', 'countries: ["CN"]'));
    expect(body.extensions!.cost).toEqual({ requested: plain.extensions!.cost!.requested + nodeCost, limit: LIMITS.maxCost });
  });

  it('queryCost says why a query would be refused, and refuses what is not a query of this schema', async () => {
    const n = tooWide();
    const over = await server.query<{ queryCost: { requested: number; refusal: string } }>(
      'query($q: String!, $v: JSON) { queryCost(query: $q, variables: $v) { requested refusal } }',
      { q: COUNT, v: { f: wide(n) } },
    );
    expect(over.data!.queryCost.requested).toBe(base + n * nodeCost);
    expect(over.data!.queryCost.refusal).toMatch(new RegExp(`would cost ${base + n * nodeCost}, over the limit of 20000`));
    const invalid = await server.query('{ queryCost(query: "{ nothing }") { requested } }');
    expect(invalid.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- jest's asymmetric matchers are typed any
      message: expect.stringMatching(/Cannot query field "nothing"/),
    });
    const unparsable = await server.query('{ queryCost(query: "{") { requested } }');
    expect(unparsable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('filter trees and the limits', () => {
  it('a wide tree is refused by the cost limit with a 400, inline or in variables', async () => {
    const n = tooWide();
    const ok = await server.request({ query: COUNT, variables: { f: wide(n - 1) } });
    expect(ok.status).toBe(200);
    const refused = await server.request({ query: COUNT, variables: { f: wide(n) } });
    expect(refused.status).toBe(400);
    const cost = base + n * nodeCost;
    expect(refused.json().errors?.[0]).toMatchObject({
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- jest's asymmetric matchers are typed any
      message: expect.stringMatching(new RegExp(`would cost ${cost}, over the limit of 20000: .*a smaller filter tree`)),
      extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost: 20_000 },
    });
    const inline = `{ agreements(filter: { or: [${Array.from({ length: n }, () => '{ multilateral: true }').join(', ')}] }) { totalCount } }`;
    expect((await server.request({ query: inline })).status).toBe(400);
  });

  it('a deep tree is refused by the depth limit with a 400, for agreements and municipalities alike', async () => {
    expect((await server.request({ query: COUNT, variables: { f: deep(6) } })).status).toBe(200);
    const refused = await server.request({ query: COUNT, variables: { f: deep(7) } });
    expect(refused.status).toBe(400);
    expect(refused.json().errors?.[0]).toMatchObject({
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- jest's asymmetric matchers are typed any
      message: expect.stringMatching(/filter tree of \$f nests 7 deep, over the depth limit of 6/),
      extensions: { code: 'BAD_DEPTH', depth: 7, maxDepth: 6 },
    });
    const inline = await server.request({
      query: `{ agreements(filter: ${'{ not: '.repeat(6)}{ multilateral: true }${' }'.repeat(6)}) { totalCount } }`,
    });
    expect(inline.status).toBe(400);
    expect(inline.json().errors?.[0].message).toMatch(/filter tree of Query.agreements\(filter\) nests 7 deep, over the depth limit of 6/);
    const municipalities = await server.request({
      query: 'query($f: MunicipalityFilter) { municipalities(filter: $f) { totalCount } }',
      variables: { f: { and: [{ or: [{ not: { not: { not: { not: { country: 'JP' } } } } }] }] } },
    });
    expect(municipalities.status).toBe(400);
    expect(municipalities.json().errors?.[0].extensions?.code).toBe('BAD_DEPTH');
  });

  it('a tree thousands deep is refused as quickly, without exhausting the stack', async () => {
    let f: object = {};
    for (let i = 0; i < 3000; i++) f = { not: f };
    const res = await server.request({ query: COUNT, variables: { f } });
    expect(res.status).toBe(400);
  });
});

describe('a dashboard by GET', () => {
  it('an automatic persisted query by its hash alone, with variables, an ETag and a 304', async () => {
    const query = 'query Dashboard($f: AgreementFilter) { aggregates(filter: $f, groupBy: [YEAR]) { rows { year agreements } } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
    const variables = JSON.stringify({ f: { or: [{ countries: ['CN'] }, { countries: ['KR'] }] } });
    const get = (headers: Record<string, string> = {}) =>
      server.fetch(`/graphql?${new URLSearchParams({ extensions, variables })}`, {
        headers: { 'apollo-require-preflight': 'true', ...headers },
      });
    // Unknown hash: the client sends the query once with it, then the hash alone is enough.
    expect((await get()).json().errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const register = await server.fetch(`/graphql?${new URLSearchParams({ query, extensions, variables })}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(register.status).toBe(200);
    const byHash = await get();
    expect(byHash.status).toBe(200);
    expect(byHash.json().data).toEqual(register.json().data);
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- jest's asymmetric matchers are typed any
    expect(byHash.json().extensions?.cost).toEqual({ requested: expect.any(Number), limit: LIMITS.maxCost });
    const etag = byHash.headers.get('etag')!;
    expect(byHash.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    const again = await get({ 'if-none-match': etag });
    expect(again.status).toBe(304);
  });
});
