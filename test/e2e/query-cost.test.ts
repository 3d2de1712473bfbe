/**
 * The cost of a query (#17): in `extensions.cost` of every answer, asked beforehand with
 * `queryCost`, and filter trees held to the cost and depth limits (400 with a message, never a
 * slow query). And how a dashboard asks by GET: an automatic persisted query, its ETag, a 304.
 */
import { createHash } from 'crypto';
import { FILTER_NODE_COST } from '../../src/graphql/query-cost';
import { startTestServer, type TestServer } from '../utils';

const LIMITS = { maxCost: 5_000, maxDepth: 6 };
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ limits: LIMITS });
});
afterAll(() => server.stop());

const COUNT = 'query($f: AgreementFilter) { agreements(filter: $f, first: 5) { totalCount nodes { title } } }';
/** `or` of n filters, each one nested filter. */
const wide = (n: number) => ({ or: Array.from({ length: n }, (_, i) => ({ countries: [i % 2 ? 'CN' : 'KR'] })) });
/** A tree nesting `depth` deep (1: no and/or/not). */
const deep = (depth: number): object => (depth <= 1 ? { countries: ['CN'] } : { not: deep(depth - 1) });

describe('extensions.cost', () => {
  it('is on every answer, and queryCost says the same beforehand', async () => {
    const variables = { f: wide(3) };
    const res = await server.request({ query: COUNT, variables });
    const body = res.json();
    expect(body.errors).toBeUndefined();
    // agreements 1 + 5 × (totalCount 1 + nodes 1 + title 1), and three nested filters.
    expect(body.extensions!.cost).toEqual({ requested: 16 + 3 * FILTER_NODE_COST, limit: LIMITS.maxCost });
    const asked = await server.query<{
      queryCost: { requested: number; limit: number; filterDepth: number; depthLimit: number; refusal: string | null };
    }>('query($q: String!, $v: JSON) { queryCost(query: $q, variables: $v) { requested limit filterDepth depthLimit refusal } }', {
      q: COUNT,
      v: variables,
    });
    expect(asked.data!.queryCost).toEqual({
      requested: 16 + 3 * FILTER_NODE_COST,
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
    // municipalities 1 + 10 × (nodes 1 + agreements 1 + totalCount 1), and one nested filter.
    expect(body.extensions!.cost).toEqual({ requested: 31 + FILTER_NODE_COST, limit: LIMITS.maxCost });
  });

  it('queryCost says why a query would be refused, and refuses what is not a query of this schema', async () => {
    const over = await server.query<{ queryCost: { requested: number; refusal: string } }>(
      'query($q: String!, $v: JSON) { queryCost(query: $q, variables: $v) { requested refusal } }',
      { q: COUNT, v: { f: wide(10) } },
    );
    expect(over.data!.queryCost.requested).toBe(16 + 10 * FILTER_NODE_COST);
    expect(over.data!.queryCost.refusal).toMatch(/would cost 5016, over the limit of 5000/);
    const invalid = await server.query('{ queryCost(query: "{ nothing }") { requested } }');
    expect(invalid.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/Cannot query field "nothing"/),
    });
    const unparsable = await server.query('{ queryCost(query: "{") { requested } }');
    expect(unparsable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('filter trees and the limits', () => {
  it('a wide tree is refused by the cost limit with a 400, inline or in variables', async () => {
    const ok = await server.request({ query: COUNT, variables: { f: wide(9) } });
    expect(ok.status).toBe(200);
    const refused = await server.request({ query: COUNT, variables: { f: wide(10) } });
    expect(refused.status).toBe(400);
    expect(refused.json().errors?.[0]).toMatchObject({
      message: expect.stringMatching(/would cost 5016, over the limit of 5000: .*a smaller filter tree/),
      extensions: { code: 'QUERY_TOO_COSTLY', cost: 5016, maxCost: 5000 },
    });
    const inline = `{ agreements(filter: { or: [${Array.from({ length: 10 }, () => '{ multilateral: true }').join(', ')}] }) { totalCount } }`;
    expect((await server.request({ query: inline })).status).toBe(400);
  });

  it('a deep tree is refused by the depth limit with a 400, for agreements and municipalities alike', async () => {
    expect((await server.request({ query: COUNT, variables: { f: deep(6) } })).status).toBe(200);
    const refused = await server.request({ query: COUNT, variables: { f: deep(7) } });
    expect(refused.status).toBe(400);
    expect(refused.json().errors?.[0]).toMatchObject({
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
    expect(byHash.json().extensions?.cost).toEqual({ requested: expect.any(Number), limit: LIMITS.maxCost });
    const etag = byHash.headers.get('etag')!;
    expect(byHash.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    const again = await get({ 'if-none-match': etag });
    expect(again.status).toBe(304);
  });
});
