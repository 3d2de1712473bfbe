/**
 * Municipalities as a dashboard asks for them (#17): partial names in every script, "everything
 * under 北海道", boolean trees, each one's agreementCount and degree, ordered by them, with a
 * fixed number of statements whatever the page size.
 */
import { startTestServer, type TestServer } from '../utils';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ exposeSqlCount: true, limits: { maxCost: 10_000_000 } });
});
afterAll(() => server.stop());

interface Place {
  id: string;
  name: string;
  fullName: string;
  kind: string;
  agreementCount: number;
  degree: number;
}

async function places(filter: object | null, orderBy: object | null = null, first = 100): Promise<{ totalCount: number; nodes: Place[] }> {
  const body = await server.query<{ municipalities: { totalCount: number; nodes: Place[] } }>(
    `query($f: MunicipalityFilter, $o: MunicipalityOrder, $n: Int) {
      municipalities(filter: $f, orderBy: $o, first: $n) { totalCount nodes { id name fullName kind agreementCount degree } } }`,
    { f: filter, o: orderBy, n: first },
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.municipalities;
}
const names = async (filter: object) => (await places(filter)).nodes.map((p) => p.name);

describe('names: whole, start or part, in every script', () => {
  it.each([
    [{ startsWith: '札幌' }, '札幌市'],
    [{ startsWith: 'sap' }, '札幌市'],
    [{ startsWith: 'さっ' }, '札幌市'],
    [{ startsWith: 'サッ' }, '札幌市'],
    [{ contains: '幌' }, '札幌市'],
    [{ contains: 'ppor' }, '札幌市'],
    [{ contains: 'ぽろ' }, '札幌市'],
    [{ startsWith: 'Vladi' }, 'ウラジオストク市'],
    [{ equals: 'Sapporo' }, '札幌市'],
  ])('nameMatch %p finds %s', async (nameMatch, expected) => {
    expect(await names({ nameMatch })).toContain(expected);
  });

  it('name stays a whole name; equals is the same; wildcards are letters', async () => {
    expect(await names({ name: '札幌' })).toEqual([]);
    expect(await names({ nameMatch: { equals: '札幌市' } })).toEqual(await names({ name: '札幌市' }));
    expect(await names({ nameMatch: { contains: '%' } })).toEqual([]);
    expect(await names({ nameMatch: { startsWith: '_' } })).toEqual([]);
    // The parts of one NameMatch all hold.
    expect(await names({ nameMatch: { startsWith: '札', contains: 'ぽろ' } })).toEqual(['札幌市']);
    expect(await names({ nameMatch: { startsWith: '札', contains: 'とうきょう' } })).toEqual([]);
  });
});

describe('under a prefecture, and boolean trees', () => {
  it('prefecture: every municipality at or under it, by Japanese or English name', async () => {
    const hokkaido = await places({ prefecture: '北海道' });
    expect(hokkaido.totalCount).toBeGreaterThan(3);
    expect(hokkaido.nodes.every((p) => p.fullName.startsWith('北海道'))).toBe(true);
    expect(hokkaido.nodes.map((p) => p.id)).toEqual((await places({ prefecture: 'Hokkaido' })).nodes.map((p) => p.id));
    // The same as the municipalities whose full name starts with 北海道 (the keys' rule, checked another way).
    const byName = await places({ nameMatch: { startsWith: '北海道' }, country: 'JP', not: { kind: 'ORGANIZATION' } });
    expect(hokkaido.nodes.map((p) => p.id).sort()).toEqual(byName.nodes.map((p) => p.id).sort());
    expect((await places({ prefecture: '存在しない県' })).totalCount).toBe(0);
  });

  it('or is the union, not the complement, and a field beside them holds too', async () => {
    const all = (await places(null, null, 100)).totalCount;
    const [cn, kr] = [await places({ country: 'CN' }), await places({ country: 'KR' })];
    expect((await places({ or: [{ country: 'CN' }, { country: 'KR' }] })).totalCount).toBe(cn.totalCount + kr.totalCount);
    const jp = (await places({ country: 'JP' })).totalCount;
    expect((await places({ not: { country: 'JP' } })).totalCount).toBe(all - jp);
    const cities = await places({ kind: 'CITY', or: [{ prefecture: '北海道' }, { prefecture: '青森県' }] });
    expect(cities.nodes.every((p) => p.kind === 'CITY' && /^(北海道|青森県)/.test(p.fullName))).toBe(true);
    expect((await places({ or: [] })).totalCount).toBe(0);
    expect((await places({ and: [] })).totalCount).toBe(all);
    expect((await places({ not: {} })).totalCount).toBe(0);
  });
});

describe('agreementCount, degree and the orders by them', () => {
  it('agreementCount is agreements.totalCount (merged towns included) and takes a filter; degree is partners’ length', async () => {
    type P = {
      name: string;
      agreementCount: number;
      cn: number;
      agreements: { totalCount: number };
      a: { totalCount: number };
      degree: number;
      partners: unknown[];
    };
    const body = await server.query<{ municipalities: { nodes: P[] } }>(
      `{ municipalities(first: 100, orderBy: { field: AGREEMENT_COUNT, direction: DESC }) { nodes {
          name agreementCount cn: agreementCount(filter: { countries: ["CN"] }) agreements { totalCount }
          a: agreements(filter: { countries: ["CN"] }) { totalCount } degree partners { id } } } }`,
    );
    const nodes = body.data!.municipalities.nodes;
    for (const p of nodes) {
      expect({ name: p.name, count: p.agreementCount, cn: p.cn }).toEqual({
        name: p.name,
        count: p.agreements.totalCount,
        cn: p.a.totalCount,
      });
      expect({ name: p.name, degree: p.degree }).toEqual({ name: p.name, degree: p.partners.length });
    }
    const counts = nodes.map((p) => p.agreementCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('orders by degree, most first, and by agreement count ascending with the source order breaking ties', async () => {
    const byDegree = (await places(null, { field: 'DEGREE', direction: 'DESC' })).nodes.map((p) => p.degree);
    expect(byDegree).toEqual([...byDegree].sort((a, b) => b - a));
    const under = await places({ prefecture: '北海道' }, { field: 'AGREEMENT_COUNT', direction: 'ASC' });
    expect(under.nodes.map((p) => p.agreementCount)).toEqual([...under.nodes.map((p) => p.agreementCount)].sort((a, b) => a - b));
  });

  it('the same statements for a page of 5 and of 100', async () => {
    const query = (n: number) => `{ municipalities(first: ${n}, filter: { or: [{ country: "JP" }, { nameMatch: { contains: "市" } }] },
        orderBy: { field: AGREEMENT_COUNT, direction: DESC }) { nodes { name agreementCount degree
        agreements(filter: { not: { countries: ["CN"] } }, first: 3) { totalCount nodes { title } } } } }`;
    const [small, large] = [await server.query(query(5)), await server.query(query(100))];
    expect(small.errors ?? large.errors).toBeUndefined();
    expect(small.extensions!.sqlStatements).toBe(large.extensions!.sqlStatements);
    // The list (its page made from the same rows), the counts, the degrees, and the agreements held (their page's
    // titles read with them).
    expect(large.extensions!.sqlStatements).toBe(4);
  });
});

describe("a municipality's agreements met several times in one answer", () => {
  it('answers each place in the query as it asks, however often a municipality comes back', async () => {
    // 札幌市 as the municipality asked for and again as a party of its own agreements: under aliases with other
    // arguments, in a fragment with another selection, and the same field with the same selection twice.
    const body = await server.query<{
      municipalities: {
        nodes: Array<{
          one: { nodes: Array<{ title: string }> };
          two: { nodes: Array<{ title: string }> };
          agreements: {
            nodes: Array<{ parties: Array<{ municipality: { name: string; again: { nodes: Array<{ id: string; title?: string }> } } }> }>;
          };
        }>;
      };
    }>(`{ municipalities(filter: { name: "札幌市" }) { nodes {
          one: agreements(first: 1) { nodes { title } }
          two: agreements(first: 2, orderBy: { field: TITLE, direction: DESC }) { nodes { title } }
          agreements(first: 1) { nodes { parties { municipality { name ...Again } } } } } } }
        fragment Again on Municipality { again: agreements(first: 1) { nodes { id } } again2: agreements(first: 1) { nodes { id title } } }`);
    expect(body.errors).toBeUndefined();
    const [sapporo] = body.data!.municipalities.nodes;
    expect(sapporo.one.nodes).toHaveLength(1);
    expect(sapporo.two.nodes).toHaveLength(2);
    const titles = sapporo.two.nodes.map((n) => n.title);
    expect(titles).toEqual([...titles].sort((a, b) => b.localeCompare(a, 'ja')));
    const party = sapporo.agreements.nodes[0].parties.find((p) => p.municipality.name === '札幌市')!;
    const again = party.municipality as unknown as Record<string, { nodes: Array<Record<string, string>> }>;
    expect(Object.keys(again.again.nodes[0])).toEqual(['id']);
    expect(Object.keys(again.again2.nodes[0])).toEqual(['id', 'title']);
    expect(again.again2.nodes[0].title).toBe(sapporo.one.nodes[0].title);
  });
});
