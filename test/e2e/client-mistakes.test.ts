/**
 * A client's mistake is a 4xx (or an error with a client code) with a message, in production
 * as in development — never an internal error — and production keeps introspection on.
 */
import { startTestServer, type TestServer } from '../utils';

const modes = [
  ['development', false],
  ['production', true],
] as const;

describe.each(modes)('%s server', (_mode, production) => {
  let server: TestServer;
  beforeAll(async () => {
    // As `NODE_ENV=production npm start` runs it: libraries read NODE_ENV for their own defaults.
    const nodeEnv = process.env.NODE_ENV;
    if (production) process.env.NODE_ENV = 'production';
    try {
      server = await startTestServer({ production });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  });
  afterAll(async () => {
    await server.stop();
  });

  const intQuery = 'query($n: Int!) { agreements(first: $n) { totalCount } }';
  it.each([
    ['a string', { n: 'x' }],
    ['a float', { n: 1.5 }],
    ['null', { n: null }],
    ['missing', {}],
    ['out of Int range', { n: 99999999999 }],
  ])('answers an Int! variable given %s with 400 BAD_USER_INPUT', async (_what, variables) => {
    const res = await server.request({ query: intQuery, variables });
    expect(res.status).toBe(400);
    expect(res.json().errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.json().errors?.[0].message).toMatch(/\$n/);
  });

  it('answers a String variable given a number with 400 BAD_USER_INPUT', async () => {
    const res = await server.request({ query: 'query($t: String!) { search(text: $t) { __typename } }', variables: { t: 5 } });
    expect(res.status).toBe(400);
    expect(res.json().errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  const textSearch = 'query($t: String!) { search(text: $t) { __typename } }';
  const filterSearch = 'query($t: String!) { agreements(filter: { search: $t }) { totalCount } }';
  it.each([
    ['a NUL through search(text:)', textSearch, 'a\u0000b', 'search'],
    ['a NUL through agreements(filter: { search })', filterSearch, '\u0000', 'agreements'],
    ['a lone surrogate', textSearch, '札幌\ud800', 'search'],
    ['other control characters', filterSearch, '漂着\u0007\u001b', 'agreements'],
  ])('searches %s as text, never an internal error', async (_what, query, text, field) => {
    const res = await server.request({ query, variables: { t: text } });
    expect(res.status).toBe(200);
    const body = res.json();
    expect(body.errors).toBeUndefined();
    expect(body.data?.[field]).toBeDefined();
    expect(res.text).not.toMatch(/select|sqlite|fts|match/i);
  });

  it('answers a NUL written in the document itself as text too, and a lone surrogate there as a parse error', async () => {
    expect((await server.request({ query: '{ search(text: "a\\u0000b") { __typename } }' })).json().errors).toBeUndefined();
    const surrogate = await server.request({ query: '{ search(text: "\\ud800") { __typename } }' });
    expect(surrogate.status).toBe(400);
    expect(surrogate.json().errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('finds the same with control characters as with spaces', async () => {
    const spaced = await server.query('{ agreements(filter: { search: "漂着 ごみ" }) { totalCount } }');
    const controlled = await server.query('{ agreements(filter: { search: "漂着\\u0000ごみ" }) { totalCount } }');
    expect(controlled.data).toEqual(spaced.data);
  });

  it.each([
    ['agreements', (s: string) => `{ agreements(filter: { search: ${s} }) { totalCount } }`],
    ['network', (s: string) => `{ network(filter: { search: ${s} }) { figures { nodeCount } } }`],
    ['aggregates', (s: string) => `{ aggregates(filter: { search: ${s} }) { total } }`],
    ['search', (s: string) => `{ search(text: ${s}) { __typename } }`],
  ])('refuses about 1,000 short search terms through %s with BAD_SEARCH', async (_field, make) => {
    const words = JSON.stringify(Array.from({ length: 1000 }, (_, i) => String.fromCharCode(0x4e00 + i) + '市').join(' '));
    const body = (await server.request({ query: make(words) })).json();
    expect(body.errors?.[0].extensions?.code).toBe('BAD_SEARCH');
    expect(body.errors?.[0].message).toMatch(/at most 200 characters/);
    const many = JSON.stringify(Array.from({ length: 40 }, (_, i) => String.fromCharCode(0x4e00 + i)).join(' '));
    const terms = (await server.request({ query: make(many) })).json();
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- jest's asymmetric matchers are typed any
    expect(terms.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_SEARCH' }, message: expect.stringMatching(/at most 16 terms/) });
  });

  it('answers introspection (the IDE and codegen need it)', async () => {
    const body = await server.query('{ __schema { queryType { name } } }');
    expect(body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

it('turns introspection off with INTROSPECTION=0, saying so', async () => {
  const server = await startTestServer({ production: true, introspection: false });
  try {
    const res = await server.request({ query: '{ __schema { queryType { name } } }' });
    expect(res.status).toBe(400);
    expect(res.json().errors?.[0].message).toMatch(/introspection/i);
    expect((await server.query('{ categories { code } }')).data?.categories).toHaveLength(9);
  } finally {
    await server.stop();
  }
});
