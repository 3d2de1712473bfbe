/** Category.listings pages over the category's listing keys and loads only the page: the same rows in the same order as the whole list. */
import { startTestServer, type TestServer } from '../utils';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ exposeSqlCount: true });
});
afterAll(() => server.stop());

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  nodes: Array<{ number: number; category: { code: number } }>;
}
type Categories = { categories: Array<{ id: string; code: number; listings: Page }> };

const fields = 'totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { number category { code } }';
const query = `query($first: Int) { categories { id code listings(first: $first) { ${fields} } } }`;
const pageQuery = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) { ... on Category { listings(first: $first, after: $after, last: $last, before: $before) { ${fields} } } } }`;

/** One page of one category's listings (a cursor belongs to its category's list). */
async function pageOf(id: string, args: Record<string, unknown>): Promise<Page> {
  const body = await server.query<{ node: { listings: Page } }>(pageQuery, { id, ...args });
  expect(body.errors).toBeUndefined();
  return body.data!.node.listings;
}

it('pages through every category in number order, seven at a time, and back from the end', async () => {
  const all = await server.query<Categories>(query, { first: 100 });
  for (const { id, code, listings } of all.data!.categories) {
    const numbers = listings.nodes.map((n) => n.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers).toHaveLength(listings.totalCount);
    expect(listings.nodes.every((n) => n.category.code === code)).toBe(true);

    const paged: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await pageOf(id, { first: 7, after });
      paged.push(...page.nodes.map((n) => n.number));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(numbers);
    const tail = await pageOf(id, { last: 3 });
    expect(tail.nodes.map((n) => n.number)).toEqual(numbers.slice(-3));
    expect(tail.pageInfo.hasPreviousPage).toBe(numbers.length > 3);
  }
});

it('runs as many statements for one listing per category as for a hundred', async () => {
  const one = await server.query(query, { first: 1 });
  const hundred = await server.query(query, { first: 100 });
  expect(one.extensions!.sqlStatements).toBe(hundred.extensions!.sqlStatements);
});
