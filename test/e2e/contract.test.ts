/**
 * The contract through the real HTTP server and a real SQLite file: every example
 * query runs unchanged, the schema has everything minimum.graphql names, the emitted
 * schema is the checked-in one, and the statement count does not grow with page size.
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { buildSchema, isObjectType, isInputObjectType, isInterfaceType, isEnumType, type GraphQLNamedType } from 'graphql';
import { print } from 'graphql';
import { schemaSdl, getSchema } from '../../src/graphql/schema';
import {
  PrefectureMultilateralDocument,
  type EgoNetworkQuery,
  type NetworkOverTimeQuery,
  type PrefectureMultilateralQuery,
  type ShortestPathQuery,
} from '../generated/graphql';
import { CONTRACT_COPY, EXAMPLES, SHARED_CONTRACT, sharedContractPresent, type Example } from '../examples';
import { startTestServer, type TestServer } from '../utils';

/** Every file of the shared contract, when it is beside the checkout. */
const sharedFiles = sharedContractPresent
  ? ['README.md', 'minimum.graphql', ...readdirSync(join(SHARED_CONTRACT, 'examples')).map((f) => `examples/${f}`)]
  : [];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ exposeSqlCount: true });
});
afterAll(async () => {
  await server.stop();
});

describe('contract', () => {
  it('serves /healthz', async () => {
    const res = await server.fetch('/healthz');
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  (sharedContractPresent ? it.each(sharedFiles) : it.skip.each(['(no ../shared/contract here)']))(
    'keeps schema/contract/%s identical to the shared contract',
    (file) => {
      expect(readFileSync(join(CONTRACT_COPY, file), 'utf8')).toBe(readFileSync(join(SHARED_CONTRACT, file), 'utf8'));
    },
  );

  it.each(EXAMPLES.map((e) => [e.file, e]))('runs %s without errors', async (_file, example) => {
    const body = await server.query(example.query, example.variables);
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeTruthy();
  });

  it('answers the network examples with the network they show, not an empty one', async () => {
    const run = async <T>(file: string) => {
      const example = EXAMPLES.find((e) => e.file === file)!;
      return (await server.query<T>(example.query, example.variables)).data!;
    };
    // Over time: the network grows from year to year, and the years' counts add up to every agreement.
    const overTime = await run<NetworkOverTimeQuery>('network-over-time.graphql');
    const sizes = [overTime.early, overTime.middle, overTime.late].map((n) => n.figures.nodeCount);
    expect(sizes[0]).toBeGreaterThan(0);
    expect(sizes[1]).toBeGreaterThan(sizes[0]);
    expect(sizes[2]).toBeGreaterThan(sizes[1]);
    const stats = await server.query<{ stats: { totals: { agreements: number } } }>('{ stats { totals { agreements } } }');
    expect(overTime.aggregates.byYear.reduce((sum, y) => sum + y.count, 0)).toBe(stats.data!.stats.totals.agreements);
    // A shortest path: a chain of steps from the first party to the last, each with an agreement behind it.
    const { shortestPath: path } = await run<ShortestPathQuery>('shortest-path.graphql');
    expect(path!.length).toBeGreaterThan(1);
    expect(path!.steps).toHaveLength(path!.length);
    expect(path!.municipalities.map((m) => m.fullName)).toEqual([path!.steps[0].from.fullName, ...path!.steps.map((s) => s.to.fullName)]);
    for (const step of path!.steps) expect(step.agreements.length).toBeGreaterThan(0);
    // An ego network at depth 2 reaches beyond the party's own partners.
    const ego = (await run<EgoNetworkQuery>('ego-network.graphql')).municipalities.nodes[0];
    expect(ego.network.figures.nodeCount).toBe(ego.network.nodes.length);
    expect(ego.network.nodes.length).toBeGreaterThan(ego.degree + 1);
    expect(ego.network.edges.length).toBe(ego.network.figures.edgeCount);
  });

  type FieldLike = { type: unknown; args?: ReadonlyArray<{ name: string; type: unknown }> };
  /** The fields of an object, interface or input type, with the arguments a field takes (none for an input's). */
  const fieldsOf = (t: GraphQLNamedType): Record<string, FieldLike> | null =>
    isObjectType(t) || isInterfaceType(t) || isInputObjectType(t) ? t.getFields() : null;

  it('has every type, field, argument and enum value of minimum.graphql', async () => {
    const minimum = buildSchema(readFileSync(join(CONTRACT_COPY, 'minimum.graphql'), 'utf8'));
    const ours = await getSchema();
    const missing: string[] = [];
    for (const type of Object.values(minimum.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      const mine = ours.getType(type.name);
      if (!mine) {
        missing.push(type.name);
        continue;
      }
      const required = fieldsOf(type);
      const fields = fieldsOf(mine);
      if (required && fields) {
        for (const [name, field] of Object.entries(required)) {
          const m = fields[name];
          if (!m) {
            missing.push(`${type.name}.${name}`);
            continue;
          }
          if (String(m.type) !== String(field.type)) missing.push(`${type.name}.${name}: ${String(m.type)} ≠ ${String(field.type)}`);
          for (const arg of field.args ?? []) {
            const a = m.args?.find((x) => x.name === arg.name);
            if (!a || String(a.type) !== String(arg.type)) missing.push(`${type.name}.${name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type) && isEnumType(mine)) {
        for (const v of type.getValues()) if (!mine.getValue(v.name)) missing.push(`${type.name}.${v.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('emits the checked-in schema/schema.graphql', async () => {
    expect(readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8')).toBe(await schemaSdl());
  });
});

describe('queries', () => {
  it("returns 北海道's multilateral agreements with all their parties (typed document)", async () => {
    const body = await server.query<PrefectureMultilateralQuery>(print(PrefectureMultilateralDocument), { prefecture: '北海道' });
    const { totalCount, nodes } = body.data!.agreements;
    expect(totalCount).toBe(5);
    const provinces = nodes.find((n) => n.parties.some((p) => p.municipality.name === '黒竜江省'))!;
    expect(provinces.parties.map((p) => p.municipality.name)).toEqual(['北海道', '黒竜江省', '吉林省', '遼寧省']);
    expect(provinces.listings.map((l) => [l.category.code, l.number])).toEqual([[7, 36]]);
    expect(provinces.source).toEqual({ document: '004_e59d51f378d5a747.txt', line: 4892 });
  });

  it('reproduces the summary tables as the source marks them, and says what the data says', async () => {
    const body = await server.query<{
      stats: {
        totals: Record<string, number>;
        byCategory: Array<{ listings: number; markedRelisted: number; relisted: number }>;
        byCountry: Array<{ country: { code: string }; listings: number; relisted: number }>;
      };
    }>(`{
      stats(source: "004_e59d51f378d5a747.txt") { totals { listings oneToOne multilateral relisted markedRelisted agreements municipalities }
        byCategory { listings relisted markedRelisted } byCountry { country { code } listings relisted } } }`);
    const { totals, byCategory, byCountry } = body.data!.stats;
    expect(totals).toEqual({
      listings: 175,
      oneToOne: 153,
      multilateral: 22,
      relisted: 26,
      markedRelisted: 25,
      agreements: 149,
      municipalities: 236, // クィーンズランド州 and クイーンズランド州 are one node (#15)
    });
    expect(byCategory.map((c) => [c.listings, c.markedRelisted])).toEqual([
      [26, 0],
      [25, 4],
      [8, 1],
      [1, 0],
      [11, 1],
      [24, 0],
      [39, 2],
      [25, 8],
      [16, 9],
    ]);
    const country = Object.fromEntries(byCountry.map((c) => [c.country.code, [c.listings, c.relisted]]));
    expect(country).toMatchObject({
      CN: [58, 10],
      KR: [31, 6],
      US: [10, 1],
      VN: [8, 2],
      FR: [7, 0],
      RU: [3, 0],
      GB: [2, 1],
      HU: [2, 1],
      IT: [2, 0],
      TW: [2, 0],
      DK: [2, 0],
      FI: [2, 0],
    });
  });

  it('resolves node(id) and answers null for an unknown id', async () => {
    const list = await server.query<{ agreements: { nodes: Array<{ id: string; title: string }> } }>(
      '{ agreements(first: 1) { nodes { id title } } }',
    );
    const { id, title } = list.data!.agreements.nodes[0];
    const node = await server.query<{ node: { title: string } | null }>(
      'query($id: ID!) { node(id: $id) { ... on Agreement { title } } }',
      { id },
    );
    expect(node.data!.node!.title).toBe(title);
    const unknown = await server.query<{ node: null }>('{ node(id: "bm9wZTpub3BlCg") { id } }');
    expect(unknown).toEqual(expect.objectContaining({ data: { node: null } }));
    expect(unknown.errors).toBeUndefined();
  });

  it('pages with first/after and refuses first over 100 and a bad cursor with a code', async () => {
    const page1 = await server.query<{
      agreements: { pageInfo: { endCursor: string; hasNextPage: boolean }; nodes: Array<{ id: string }> };
    }>('{ agreements(first: 100) { pageInfo { endCursor hasNextPage } nodes { id } } }');
    const page2 = await server.query<{ agreements: { pageInfo: { hasNextPage: boolean }; nodes: Array<{ id: string }> } }>(
      'query($after: String) { agreements(first: 100, after: $after) { pageInfo { hasNextPage } nodes { id } } }',
      { after: page1.data!.agreements.pageInfo.endCursor },
    );
    const ids = [...page1.data!.agreements.nodes, ...page2.data!.agreements.nodes].map((n) => n.id);
    expect(new Set(ids).size).toBe(171); // 149 from the CLAIR survey, 22 curated from the other documents
    expect(page2.data!.agreements.pageInfo.hasNextPage).toBe(false);
    const tooMany = await server.query('{ agreements(first: 101) { totalCount } }');
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_PAGE_SIZE');
    const badCursor = await server.query('{ agreements(first: 5, after: "nonsense") { totalCount } }');
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_CURSOR');
    const badDate = await server.query('{ agreements(filter: { signedFrom: "2004/1/1" }) { totalCount } }');
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_DATE');
  });

  it('combines filters: category, country, prefecture, dates and search', async () => {
    const count = async (filter: string) =>
      (await server.query<{ agreements: { totalCount: number } }>(`{ agreements(filter: ${filter}) { totalCount } }`)).data!.agreements
        .totalCount;
    expect(await count('{ categoryCodes: [4] }')).toBe(1);
    expect(await count('{ countries: ["TW"], categoryCodes: [1] }')).toBe(2);
    expect(await count('{ prefecture: "青森県" }')).toBe(6); // 青森県 itself, 青森市 ×3, 六ヶ所村, 三戸町
    expect(await count('{ signedFrom: "2004", signedTo: "2004" }')).toBeGreaterThan(0);
    expect(await count('{ search: "漂着" }')).toBe(1);
    expect(await count('{ prefecture: "存在しない県" }')).toBe(0);
  });
});

describe('statement count', () => {
  // This is about statements, not cost: the cost limit is raised so that every example runs with first: 100.
  let unlimited: TestServer;
  beforeAll(async () => {
    unlimited = await startTestServer({ exposeSqlCount: true, limits: { maxCost: 10_000_000 } });
  });
  afterAll(async () => {
    await unlimited.stop();
  });
  const count = async (example: Example, first: number) =>
    (await unlimited.query(example.query.replace(/first: \d+/g, `first: ${first}`), example.variables)).extensions!.sqlStatements!;

  it.each(EXAMPLES.map((e) => [e.file, e]))('%s runs a bounded number of statements, whatever the page size', async (_file, example) => {
    // The loaders batch without caching, so the count depends on the query's shape only. Networks are the
    // exception: computed once per filter and kept (NETWORK_CACHE_ENTRIES), so count once they are.
    await count(example, 5);
    const [small, large] = [await count(example, 5), await count(example, 100)];
    expect(small).toBe(large);
    // One statement per relation field reached, plus the filter and lookups: under 20 for every example.
    expect(large).toBeLessThanOrEqual(20);
  });
});
