/** The other four documents in the same graph: partners across sources, successors, the source filter. */
import { toGlobalId } from '../../src/modules/shared/global-id';
import { startTestServer, type TestServer } from '../utils';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const CLAIR = '004_e59d51f378d5a747.txt';

it("gives 北海道's partners from the CLAIR survey and from the Japan–Russia documents", async () => {
  const body = await server.query<{
    municipalities: {
      nodes: Array<{ partners: Array<{ fullName: string }>; agreements: { nodes: Array<{ kind: string; source: { document: string } }> } }>;
    };
  }>(
    '{ municipalities(filter: { name: "北海道" }) { nodes { partners { fullName } agreements(first: 100) { nodes { kind source { document } } } } } }',
  );
  const hokkaido = body.data!.municipalities.nodes[0];
  const partners = hokkaido.partners.map((p) => p.fullName);
  expect(partners).toEqual(expect.arrayContaining(['黒竜江省', 'サハリン州', 'ロシアソビエト連邦社会主義共和国']));
  const documents = new Set(hokkaido.agreements.nodes.map((a) => a.source.document));
  expect(documents).toEqual(new Set([CLAIR, '001_7f6715413a7af0cd.txt']));
  expect(hokkaido.agreements.nodes.map((a) => a.kind)).toContain('PARTNERSHIP');
});

it("finds a merged municipality's agreements by its successor", async () => {
  const hokuto = toGlobalId('Municipality', 'JP/山梨県/北杜市');
  const body = await server.query<{
    agreements: { nodes: Array<{ title: string; parties: Array<{ municipality: { name: string; successor: { name: string } | null } }> }> };
    node: { predecessors: Array<{ name: string }> };
  }>(
    `query($id: ID!) { agreements(filter: { municipality: $id }) { nodes { title parties { municipality { name successor { name } } } } }
       node(id: $id) { ... on Municipality { predecessors { name } } } }`,
    { id: hokuto },
  );
  expect(body.errors).toBeUndefined();
  const titles = body.data!.agreements.nodes.map((n) => n.title);
  expect(titles).toEqual(expect.arrayContaining(['姉妹都市提携', '公務員相互派遣に関する合意書']));
  expect(body.data!.agreements.nodes.find((n) => n.title === '姉妹都市提携')!.parties[0].municipality).toEqual({
    name: '高根町',
    successor: { name: '北杜市' },
  });
  expect(body.data!.node.predecessors).toEqual([{ name: '高根町' }]);
});

it('filters by source and kind; stats filtered to the survey reproduce its tables', async () => {
  const count = async (filter: string) =>
    (await server.query<{ agreements: { totalCount: number } }>(`{ agreements(filter: ${filter}) { totalCount } }`)).data!.agreements
      .totalCount;
  expect(await count(`{ sources: ["${CLAIR}"] }`)).toBe(149);
  expect(await count('{ sources: ["003_0c90d4750b6046d5.txt"], kinds: [DISASTER_MUTUAL_AID] }')).toBe(1);
  const stats = await server.query<{
    all: { totals: { agreements: number; listings: number } };
    clair: { totals: { agreements: number; municipalities: number; listings: number } };
  }>(
    `{ all: stats { totals { agreements listings } } clair: stats(source: "${CLAIR}") { totals { agreements municipalities listings } } }`,
  );
  expect(stats.data!.all.totals).toEqual({ agreements: 171, listings: 175 });
  expect(stats.data!.clair.totals).toEqual({ agreements: 149, municipalities: 236, listings: 175 }); // one node for クイーンズランド州 (#15)
});
