/**
 * The response cache in front of Express: repeated requests get the stored bytes, errors
 * are never stored, malformed and oversized bodies get the same answers as without it,
 * and replacing the data empties it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DEFAULT_DATASET, replaceDataset } from '../../src/db/load-dataset';
import type { Dataset } from '../../src/records/records';
import { EXAMPLES } from '../examples';
import { startTestServer, type Answer, type GraphQLBody, type TestServer } from '../utils';

const showcase = EXAMPLES.find((e) => e.file === 'prefecture-multilateral.graphql')!;
const body = JSON.stringify({ query: showcase.query, variables: showcase.variables });

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ responseCache: true, exposeSqlCount: false, dataVersionPollMs: 50, limits: { maxBodyBytes: 4096 } });
});
afterAll(() => server.stop());

const post = (data: string, headers: Record<string, string> = {}) =>
  server.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: data });
/** An answer's body, its data of type `T`. */
const json = async <T = Record<string, unknown>>(res: Answer | Promise<Answer>) => (await res).json() as GraphQLBody<T>;
type Titles = { agreements: { nodes: Array<{ title: string }> } };

it('answers a repeated request with the stored bytes and headers, and a new request id', async () => {
  const first = await post(body, { 'x-request-id': 'first-1' });
  const firstText = first.text;
  const again = await post(body, { 'x-request-id': 'again-2' });
  expect(first.headers.get('x-response-cache')).toBe('miss');
  expect(again.headers.get('x-response-cache')).toBe('hit');
  expect(again.text).toBe(firstText);
  expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'));
  expect(again.headers.get('x-request-id')).toBe('again-2');
  expect((JSON.parse(firstText) as GraphQLBody<{ agreements: { totalCount: number } }>).data?.agreements.totalCount).toBeGreaterThan(0);
});

it('keeps answers for different Accept headers apart (they differ in content type)', async () => {
  const accept = 'application/graphql-response+json';
  const first = await post(body, { accept });
  const again = await post(body, { accept });
  expect(first.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  expect(again.headers.get('x-response-cache')).toBe('hit');
  expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'));
});

it('never stores an answer with errors', async () => {
  const bad = JSON.stringify({ query: '{ agreements(first: 5, after: "nonsense") { totalCount } }' });
  const first = await post(bad);
  const again = await post(bad);
  expect(first.status).toBe(200); // an execution error: a 200 with errors, which must not be stored
  expect(again.headers.get('x-response-cache')).toBe('miss');
  expect((await json(again)).errors?.[0].extensions?.code).toBe('BAD_CURSOR');
});

it('answers malformed JSON, a body without a query and an over-large body as Express does', async () => {
  const malformed = await post('{"query": ');
  expect(malformed.status).toBe(400);
  expect((await json(malformed)).errors?.[0].message).toMatch(/^The request body is not valid JSON/);
  const primitive = await post('"{ stats { totals { agreements } } }"');
  expect(primitive.status).toBe(400);
  expect((await json(primitive)).errors?.[0].message).toMatch(/^The request body is not valid JSON/);
  const noQuery = await post('{"variables": {}}');
  expect(noQuery.status).toBe(400);
  expect((await json(noQuery)).errors?.[0].message).toMatch(/has no "query"/);
  const large = JSON.stringify({ query: `{ stats { totals { agreements } } } ${' '.repeat(5000)}` });
  const declared = await post(large);
  expect(declared.status).toBe(413);
  // Sent in chunks without a length, the body is counted as it arrives.
  const chunked = await server.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    duplex: 'half',
    body: new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(large));
        c.close();
      },
    }),
  } as RequestInit);
  expect(chunked.status).toBe(413);
  expect((await json(chunked)).errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
});

it('forgets every stored answer when the data is replaced', async () => {
  const query = JSON.stringify({ query: '{ agreements(first: 1) { nodes { title } } }' });
  const before = await json<Titles>(post(query));
  expect((await post(query)).headers.get('x-response-cache')).toBe('hit');

  const data = JSON.parse(readFileSync(DEFAULT_DATASET, 'utf8')) as Dataset;
  data.agreements[0].title = `${data.agreements[0].title}（改）`;
  const dir = mkdtempSync(join(tmpdir(), 'teikei-cache-'));
  writeFileSync(join(dir, 'changed.json'), JSON.stringify(data));
  await replaceDataset(server.orm, join(dir, 'changed.json'));
  rmSync(dir, { recursive: true });

  let after = before;
  for (let i = 0; i < 100 && JSON.stringify(after) === JSON.stringify(before); i++) {
    await new Promise((r) => setTimeout(r, 50));
    after = await json<Titles>(post(query));
  }
  expect(after.data?.agreements.nodes[0].title).toBe(`${before.data?.agreements.nodes[0].title}（改）`);
});
