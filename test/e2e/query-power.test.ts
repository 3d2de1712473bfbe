/** Relay paging, ordering, search and aggregates through the real HTTP server. */
import fc from 'fast-check';
import { startTestServer, type TestServer } from '../utils';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ exposeSqlCount: true });
});
afterAll(async () => {
  await server.stop();
});

interface Page {
  agreements: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    nodes: Array<{ id: string; title: string; signedOn: { iso: string } | null }>;
  };
}

const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $orderBy: AgreementOrder) {
  agreements(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id title signedOn { iso } } } }`;

async function page(variables: Record<string, unknown>): Promise<Page['agreements']> {
  const body = await server.query<Page>(PAGE, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.agreements;
}

/** Every id, paging forward with `first` (or backward with `last`). */
async function pageThrough(size: number, orderBy: unknown, backward: boolean): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 200; guard++) {
    const p = await page(backward ? { last: size, before: cursor, orderBy } : { first: size, after: cursor, orderBy });
    ids.push(...(backward ? p.nodes.map((n) => n.id).reverse() : p.nodes.map((n) => n.id)));
    if (!(backward ? p.pageInfo.hasPreviousPage : p.pageInfo.hasNextPage)) return ids;
    cursor = backward ? p.pageInfo.startCursor : p.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

const ORDERS = [null, ...['SOURCE', 'SIGNED_ON', 'TITLE'].flatMap((field) => ['ASC', 'DESC'].map((direction) => ({ field, direction })))];

describe('Relay paging', () => {
  it.each(ORDERS.map((o) => [JSON.stringify(o), o]))('first: 7 in order %s yields every agreement exactly once', async (_name, orderBy) => {
    const ids = await pageThrough(7, orderBy, false);
    expect(ids).toHaveLength(171);
    expect(new Set(ids).size).toBe(171);
  });

  it('yields every agreement exactly once for any page size, order and direction (property)', async () => {
    const all = await page({ first: 100 }).then(async (p) =>
      [...p.nodes, ...(await page({ first: 100, after: p.pageInfo.endCursor })).nodes].map((n) => n.id).sort(),
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 60 }), fc.constantFrom(...ORDERS), fc.boolean(), async (size, orderBy, backward) => {
        const ids = await pageThrough(size, orderBy, backward);
        expect([...ids].sort()).toEqual(all);
      }),
      { numRuns: 25 },
    );
  });

  it('pages backward in the same order as forward', async () => {
    const orderBy = { field: 'TITLE', direction: 'ASC' };
    // Backward paging collects from the end, so its ids come reversed.
    expect((await pageThrough(10, orderBy, true)).reverse()).toEqual(await pageThrough(10, orderBy, false));
  });

  it('orders by date with undated agreements last, and by title in Japanese collation', async () => {
    const dates = (await pageThrough(50, { field: 'SIGNED_ON', direction: 'ASC' }, false)).length;
    expect(dates).toBe(171);
    const first = await page({ first: 100, orderBy: { field: 'SIGNED_ON', direction: 'ASC' } });
    const isos = first.nodes.map((n) => n.signedOn?.iso ?? null).filter((x): x is string => x != null);
    expect(isos).toEqual([...isos].sort());
    // Eight agreements have no date (7.8 上海市–岡山県 and seven curated ones, 003:2313 among them): last in both directions.
    for (const direction of ['ASC', 'DESC']) {
      const tail = await page({ last: 9, orderBy: { field: 'SIGNED_ON', direction } });
      expect(tail.nodes.map((n) => n.signedOn == null)).toEqual([false, ...Array<boolean>(8).fill(true)]);
    }
  });

  it('refuses last over 100 with a code', async () => {
    const body = await server.query(PAGE, { last: 101 });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_PAGE_SIZE');
    expect(body.errors?.[0].message).toMatch(/last must be between 0 and 100/);
  });
});

describe('search', () => {
  type Hit = { __typename: string; title?: string; fullName?: string; text?: string };
  const search = async (text: string) =>
    (
      await server.query<{ search: Hit[] }>(
        'query($t: String!) { search(text: $t, first: 20) { __typename ... on Agreement { title } ... on Municipality { fullName } ... on Activity { text } } }',
        { t: text },
      )
    ).data!.search;

  it('finds two-character words (漂着, 湿地)', async () => {
    const drift = await search('漂着');
    expect(drift.some((h) => h.__typename === 'Agreement' && h.title === '日韓海峡海岸漂着ごみ一斉清掃')).toBe(true);
    const wetland = await search('湿地');
    expect(wetland.filter((h) => h.__typename === 'Agreement').map((h) => h.title)).toEqual(
      expect.arrayContaining(['名古屋市とオーストラリア・ジロング市との湿地提携協定', '姉妹湿地提携']),
    );
    expect(await search('存在しない語句')).toEqual([]);
  });

  it('finds a place written with a variant kanji by either writing (the field keeps the sheet’s 景德鎮)', async () => {
    const variant = await search('景德鎮');
    const common = await search('景徳鎮');
    expect(variant.length).toBeGreaterThan(0);
    expect(common).toEqual(variant);
    expect(variant.some((h) => h.__typename === 'Agreement' || h.__typename === 'Activity')).toBe(true);
  });

  it('returns municipalities, agreements and activities, best first', async () => {
    const hits = await search('ケチケメート');
    expect(hits[0]).toEqual({ __typename: 'Municipality', fullName: 'バーチ・キシュクン県ケチケメート市' });
    expect(new Set(hits.map((h) => h.__typename))).toEqual(new Set(['Municipality', 'Agreement', 'Activity']));
  });

  it('filters agreements by a search, combined with other filters', async () => {
    const count = async (filter: string) =>
      (await server.query<{ agreements: { totalCount: number } }>(`{ agreements(filter: ${filter}) { totalCount } }`)).data!.agreements
        .totalCount;
    expect(await count('{ search: "ワールド" }')).toBe(await count('{ search: "ワールド", countries: ["JP"] }'));
    expect(await count('{ search: "セラミック" }')).toBeGreaterThanOrEqual(1);
    expect(await count('{ search: "セラミック", categoryCodes: [1] }')).toBe(0);
    expect(await count('{ search: "瀋陽 環境" }')).toBeLessThan(await count('{ search: "瀋陽" }'));
  });
});

describe('aggregates', () => {
  it('counts by category, country, prefecture and year in one request, with filters', async () => {
    const body = await server.query<{
      aggregates: {
        total: number;
        byCategory: Array<{ category: { code: number }; count: number }>;
        byCountry: Array<{ country: { code: string }; count: number }>;
        byPrefecture: Array<{ prefecture: { name: string }; count: number }>;
        byYear: Array<{ year: number | null; count: number }>;
      };
    }>(
      `{ aggregates(filter: { countries: ["CN"], categoryCodes: [5, 6, 7] }) {
          total byCategory { category { code } count } byCountry { country { code } count }
          byPrefecture { prefecture { name } count } byYear { year count } } }`,
    );
    expect(body.errors).toBeUndefined();
    const a = body.data!.aggregates;
    const agreements = (
      await server.query<{ agreements: { totalCount: number } }>(
        '{ agreements(filter: { countries: ["CN"], categoryCodes: [5, 6, 7] }) { totalCount } }',
      )
    ).data!.agreements.totalCount;
    expect(a.total).toBe(agreements);
    expect(a.byYear.reduce((n, y) => n + y.count, 0)).toBe(a.total);
    expect(a.byCountry.find((c) => c.country.code === 'CN')?.count).toBe(a.total);
    expect(a.byCategory.filter((c) => [1, 2, 3, 4, 8, 9].includes(c.category.code)).every((c) => c.count === 0 || c.count <= a.total)).toBe(
      true,
    );
    expect(a.byCategory.filter((c) => [5, 6, 7].includes(c.category.code)).reduce((n, c) => n + c.count, 0)).toBeGreaterThanOrEqual(
      a.total,
    );
    expect(a.byPrefecture[0].count).toBeGreaterThanOrEqual(a.byPrefecture[a.byPrefecture.length - 1].count);
  });

  it('counts everything without a filter', async () => {
    const body = await server.query<{ aggregates: { total: number; byCategory: Array<{ count: number }> } }>(
      '{ aggregates { total byCategory { count } } }',
    );
    expect(body.data!.aggregates.total).toBe(171);
    // Agreements listed under each category (a re-listed one counts under both); the curated ones have no category.
    expect(body.data!.aggregates.byCategory.map((c) => c.count)).toEqual([26, 25, 8, 1, 11, 24, 39, 25, 16]);
  });
});

describe('nodes(ids)', () => {
  it('resolves ids of every type in one statement per type; unknown ids are null; more than 100 is refused', async () => {
    const page = await server.query<{
      agreements: {
        nodes: Array<{
          id: string;
          listings: Array<{ id: string; category: { id: string } }>;
          activities: Array<{ id: string }>;
          contacts: Array<{ id: string }>;
          parties: Array<{ municipality: { id: string } }>;
        }>;
      };
    }>(
      '{ agreements(first: 20) { nodes { id listings { id category { id } } activities { id } contacts { id } parties { municipality { id } } } } }',
    );
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it (data is optional); the rule misreads the type
    const ids = page
      .data!.agreements.nodes.flatMap((a) => [
        a.id,
        a.listings[0].id,
        a.listings[0].category.id,
        a.activities[0]?.id,
        a.contacts[0]?.id,
        a.parties[0].municipality.id,
      ])
      .filter(Boolean)
      .slice(0, 99) as string[];
    const body = await server.query<{ nodes: Array<{ __typename: string; id: string } | null> }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }',
      { ids: [...ids, 'bm9wZQ'] },
    );
    expect(body.data!.nodes.slice(0, -1).map((n) => n?.id)).toEqual(ids);
    expect(body.data!.nodes[ids.length]).toBeNull();
    expect(new Set(body.data!.nodes.filter(Boolean).map((n) => n!.__typename))).toEqual(
      new Set(['Agreement', 'Listing', 'Category', 'Activity', 'Contact', 'Municipality']),
    );
    expect(body.extensions!.sqlStatements).toBeLessThanOrEqual(6);
    const tooMany = await server.query('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 101 }, () => 'x') });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_PAGE_SIZE');
  });
});
