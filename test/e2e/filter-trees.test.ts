/**
 * Boolean filter trees (#17) through the real server and database (SQLite, or PostgreSQL with
 * TEST_DATABASE_URL): each operator against the same question asked another way, and random
 * trees against an evaluation in memory over every agreement, in one statement each.
 */
import fc from 'fast-check';
import { startTestServer, type TestServer } from '../utils';

let server: TestServer;
let all: Fact[];
const searched = new Map<string, Set<string>>();
const SEARCHES = ['環境', '漂着', '交流'];

beforeAll(async () => {
  server = await startTestServer({ exposeSqlCount: true, limits: { maxCost: 10_000_000 } });
  all = await facts();
  for (const text of SEARCHES) searched.set(text, await ids({ search: text }));
}, 60_000);
afterAll(() => server.stop());

type Filter = Record<string, unknown>;

const IDS = `query($f: AgreementFilter) {
  head: agreements(filter: $f, first: 100) { totalCount nodes { id } }
  tail: agreements(filter: $f, last: 100) { nodes { id } } }`;

/** The ids of the agreements a filter matches (at most 200: the first and the last hundred), and its statements. */
async function answer(filter: Filter | null): Promise<{ ids: Set<string>; statements: number }> {
  type Ids = { head: { totalCount: number; nodes: Array<{ id: string }> }; tail: { nodes: Array<{ id: string }> } };
  const body = await server.query<Ids>(IDS, { f: filter });
  if (body.errors) throw new Error(`${JSON.stringify(filter)}: ${JSON.stringify(body.errors)}`);
  const { head, tail } = body.data!;
  const found = new Set([...head.nodes, ...tail.nodes].map((n) => n.id));
  expect(head.totalCount).toBeLessThanOrEqual(200);
  expect(found.size).toBe(head.totalCount);
  return { ids: found, statements: body.extensions!.sqlStatements! };
}
const ids = async (filter: Filter | null) => (await answer(filter)).ids;

const union = (a: Set<string>, b: Set<string>) => new Set([...a, ...b]);
const intersection = (a: Set<string>, b: Set<string>) => new Set([...a].filter((x) => b.has(x)));
const minus = (a: Set<string>, b: Set<string>) => new Set([...a].filter((x) => !b.has(x)));
const sorted = (s: Set<string>) => [...s].sort();

describe('each operator is the same question asked another way', () => {
  it('or of two countries is the union of the two answers; and is their intersection', async () => {
    const [cn, kr] = [await ids({ countries: ['CN'] }), await ids({ countries: ['KR'] })];
    expect(cn.size).toBeGreaterThan(0);
    expect(sorted(await ids({ or: [{ countries: ['CN'] }, { countries: ['KR'] }] }))).toEqual(sorted(union(cn, kr)));
    expect(sorted(await ids({ and: [{ countries: ['CN'] }, { countries: ['KR'] }] }))).toEqual(sorted(intersection(cn, kr)));
    // A field and a boolean beside it hold together.
    const economic = await ids({ categoryCodes: [5, 6, 7] });
    expect(sorted(await ids({ categoryCodes: [5, 6, 7], or: [{ countries: ['CN'] }, { countries: ['KR'] }] }))).toEqual(
      sorted(intersection(economic, union(cn, kr))),
    );
  });

  it('not is the complement, undated agreements included', async () => {
    const everything = await ids(null);
    expect(everything.size).toBe(171);
    const since1990 = await ids({ signedFrom: '1990' });
    const notSince = await ids({ not: { signedFrom: '1990' } });
    expect(sorted(notSince)).toEqual(sorted(minus(everything, since1990)));
    // Before 1990 is not the same: the eight undated agreements (7.8, seven curated ones, 003:2313 among them) are in the complement only.
    const before = await ids({ signedTo: '1989' });
    expect(minus(notSince, before).size).toBe(8);
    // De Morgan: not (a or b) is (not a) and (not b).
    const a = { countries: ['CN'] };
    const b = { prefecture: '北海道' };
    expect(sorted(await ids({ not: { or: [a, b] } }))).toEqual(sorted(await ids({ and: [{ not: a }, { not: b }] })));
    expect(sorted(await ids({ not: { not: a } }))).toEqual(sorted(await ids(a)));
  });

  it("answers the issue's question: China or Korea, in the economic categories, not signed before 1990", async () => {
    const filter = { or: [{ countries: ['CN'] }, { countries: ['KR'] }], categoryCodes: [5, 6, 7], not: { signedTo: '1989' } };
    const expected = all.filter(
      (a) =>
        (a.countries.includes('CN') || a.countries.includes('KR')) &&
        a.categories.some((c) => [5, 6, 7].includes(c)) &&
        !(a.iso != null && known(a.iso, '1989') <= 0),
    );
    expect(sorted(await ids(filter))).toEqual(expected.map((a) => a.id).sort());
    expect(expected.length).toBeGreaterThan(10);
  });

  it('empty and contradictory trees: and: [] is everything, or: [] and not: {} nothing', async () => {
    expect((await ids({ and: [] })).size).toBe(171);
    expect((await ids({ or: [] })).size).toBe(0);
    expect((await ids({ not: {} })).size).toBe(0);
    expect((await ids({ countries: ['CN'], not: { countries: ['CN'] } })).size).toBe(0);
    // The existing meaning of an empty list stays: no condition.
    expect((await ids({ countries: [] })).size).toBe(171);
  });

  it('a municipality holds the agreements of the towns merged into it, in the filter and in its own field alike', async () => {
    type Found = { municipalities: { nodes: Array<{ id: string; agreementCount: number; agreements: { nodes: Array<{ id: string }> } }> } };
    const body = await server.query<Found>(
      '{ municipalities(filter: { name: "北杜市" }) { nodes { id agreementCount agreements(first: 100) { nodes { id } } } } }',
    );
    const hokuto = body.data!.municipalities.nodes[0];
    const held = await ids({ municipality: hokuto.id });
    expect(held.size).toBe(2); // one of its own, one of 高根町 (merged into it)
    expect(hokuto.agreements.nodes.map((n) => n.id).sort()).toEqual(sorted(held));
    expect(hokuto.agreementCount).toBe(2);
  });
});

describe('random filter trees agree with an evaluation in memory over every agreement', () => {
  it('property, in one statement per tree', async () => {
    const base = (await answer(null)).statements;
    await fc.assert(
      fc.asyncProperty(tree(), async (filter) => {
        const { ids: found, statements } = await answer(filter);
        const expected = all.filter((a) => matches(a, filter)).map((a) => a.id);
        expect(sorted(found)).toEqual(expected.sort());
        // One statement per connection for the tree, one for its page of nodes (none for an empty page).
        expect(statements).toBe(found.size > 0 ? base : base / 2);
      }),
      { numRuns: 80 },
    );
  });
});

/** What the in-memory evaluation knows of each agreement, read through the API. */
interface Fact {
  id: string;
  iso: string | null;
  multilateral: boolean;
  kind: string;
  /** Every document that mentions it. */
  sources: string[];
  categories: number[];
  countries: string[];
  /** Ids of its parties and of the places they merged into. */
  holders: string[];
  /** Names of the prefectures its parties are at or under. */
  prefectures: string[];
}

async function facts(): Promise<Fact[]> {
  type Place = { id: string; name: string; kind: string; parent: { id: string } | null; successor: { id: string } | null };
  const places: Place[] = [];
  for (let after: string | null = null; ;) {
    type Page = { municipalities: { pageInfo: { endCursor: string; hasNextPage: boolean }; nodes: Place[] } };
    const page: Page = (
      await server.query<Page>(
        'query($after: String) { municipalities(first: 100, after: $after) { pageInfo { endCursor hasNextPage } nodes { id name kind parent { id } successor { id } } } }',
        { after },
      )
    ).data!;
    places.push(...page.municipalities.nodes);
    if (!page.municipalities.pageInfo.hasNextPage) break;
    after = page.municipalities.pageInfo.endCursor;
  }
  const byId = new Map(places.map((p) => [p.id, p]));
  const prefecturesOf = (id: string): string[] => {
    const out: string[] = [];
    for (let p = byId.get(id); p; p = p.parent ? byId.get(p.parent.id) : undefined) if (p.kind === 'PREFECTURE') out.push(p.name);
    return out;
  };
  type A = {
    id: string;
    kind: string;
    multilateral: boolean;
    signedOn: { iso: string } | null;
    sources: Array<{ document: string }>;
    categories: Array<{ code: number }>;
    parties: Array<{ municipality: { id: string; country: { code: string } } }>;
  };
  const nodes: A[] = [];
  for (const part of ['first: 100', 'last: 71']) {
    const body = await server.query<{ agreements: { nodes: A[] } }>(
      `{ agreements(${part}) { nodes { id kind multilateral signedOn { iso } sources { document } categories { code }
          parties { municipality { id country { code } } } } } }`,
    );
    nodes.push(...body.data!.agreements.nodes);
  }
  expect(new Set(nodes.map((n) => n.id)).size).toBe(171);
  return nodes.map((a) => ({
    id: a.id,
    iso: a.signedOn?.iso ?? null,
    multilateral: a.multilateral,
    kind: a.kind,
    sources: a.sources.map((x) => x.document),
    categories: a.categories.map((c) => c.code),
    countries: a.parties.map((p) => p.municipality.country.code),
    holders: a.parties.flatMap((p) => [
      p.municipality.id,
      ...(byId.get(p.municipality.id)?.successor ? [byId.get(p.municipality.id)!.successor!.id] : []),
    ]),
    prefectures: a.parties.flatMap((p) => prefecturesOf(p.municipality.id)),
  }));
}

/** A partial date against a bound, on the part both know (an implementation apart from the server's). */
function known(date: string, bound: string): number {
  const n = Math.min(date.length, bound.length);
  return date.slice(0, n) < bound.slice(0, n) ? -1 : date.slice(0, n) > bound.slice(0, n) ? 1 : 0;
}

function matches(a: Fact, f: Filter): boolean {
  const has = <T>(list: T[] | undefined, test: (x: T) => boolean) => !list?.length || list.some(test);
  return (
    has(f.countries as string[] | undefined, (c) => a.countries.includes(c)) &&
    has(f.categoryCodes as number[] | undefined, (c) => a.categories.includes(c)) &&
    has(f.kinds as string[] | undefined, (k) => a.kind === k) &&
    has(f.sources as string[] | undefined, (s) => a.sources.includes(s)) &&
    (f.prefecture == null || a.prefectures.includes(f.prefecture as string)) &&
    (f.municipality == null || a.holders.includes(f.municipality as string)) &&
    (f.multilateral == null || a.multilateral === f.multilateral) &&
    (f.signedFrom == null || (a.iso != null && known(a.iso, f.signedFrom as string) >= 0)) &&
    (f.signedTo == null || (a.iso != null && known(a.iso, f.signedTo as string) <= 0)) &&
    (f.search == null || searched.get(f.search as string)!.has(a.id)) &&
    (f.and == null || (f.and as Filter[]).every((g) => matches(a, g))) &&
    (f.or == null || (f.or as Filter[]).some((g) => matches(a, g))) &&
    (f.not == null || !matches(a, f.not as Filter))
  );
}

/** Random trees of every field, nested three deep at most, with fields and operators side by side. */
function tree(): fc.Arbitrary<Filter> {
  const date = fc
    .tuple(fc.integer({ min: 1978, max: 2012 }), fc.option(fc.integer({ min: 1, max: 12 })))
    .map(([y, m]) => (m == null ? String(y) : `${y}-${String(m).padStart(2, '0')}`));
  const holders = [...new Set(all.flatMap((a) => a.holders))].sort();
  const leaf: fc.Arbitrary<Filter> = fc.oneof(
    fc.record({ countries: fc.subarray(['CN', 'KR', 'US', 'RU', 'JP', 'FR', 'TW'], { minLength: 1, maxLength: 3 }) }),
    fc.record({ categoryCodes: fc.subarray([1, 2, 3, 4, 5, 6, 7, 8, 9], { minLength: 1, maxLength: 3 }) }),
    fc.record({ prefecture: fc.constantFrom('北海道', '青森県', '福岡県', '東京都', '山梨県', '存在しない県') }),
    fc.record({ municipality: fc.constantFrom(...holders) }),
    fc.record({ multilateral: fc.boolean() }),
    fc.record({ signedFrom: date }),
    fc.record({ signedTo: date }),
    fc.record({ kinds: fc.subarray(['FIELD_AGREEMENT', 'SISTER_CITY', 'FRIENDSHIP_CITY'], { minLength: 1 }) }),
    fc.record({
      sources: fc.subarray(['004_e59d51f378d5a747.txt', '003_0c90d4750b6046d5.txt', '000_d45dbe772e49bc07.txt'], { minLength: 1 }),
    }),
    fc.record({ search: fc.constantFrom(...SEARCHES) }),
  );
  const { node } = fc.letrec<{ node: Filter }>((tie) => ({
    node: fc.oneof(
      { maxDepth: 3, depthIdentifier: 'tree' },
      leaf,
      fc.record({ and: fc.array(tie('node'), { maxLength: 3 }) }),
      fc.record({ or: fc.array(tie('node'), { maxLength: 3 }) }),
      fc.record({ not: tie('node') }),
      fc.tuple(leaf, leaf, fc.record({ or: fc.array(tie('node'), { maxLength: 2 }) })).map(([a, b, c]) => ({ ...a, ...b, ...c })),
    ),
  }));
  return node;
}
