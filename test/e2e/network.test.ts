/** The network on the real data, through the HTTP server, the export routes and the CLI. */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import { runExport } from '../../src/cli/export';
import { DEFAULT_CONFIG } from '../../src/config';
import { toGlobalId } from '../../src/modules/shared/global-id';
import { freshDatabase } from '../database';
import { startTestServer, type TestServer } from '../utils';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ exposeSqlCount: true });
});
afterAll(async () => {
  await server.stop();
});

const exportUrl = (file: string, query = '') => server.url.replace('/graphql', `/export/${file}${query}`);
const CERAMIC_ROAD = 'clair2012:6.23';
const id = (key: string) => toGlobalId('Municipality', key);

interface NetNode {
  id: string;
  label: string;
  degree: number;
  betweenness: number;
  community: number;
}
interface NetEdge {
  source: { id: string };
  target: { id: string };
  weight: number;
  multilateral: boolean;
  firstYear: number | null;
  agreements: Array<{ id: string }>;
}
interface Net {
  figures: { nodeCount: number; edgeCount: number; components: number; communities: number; modularity: number };
  nodes: NetNode[];
  edges: NetEdge[];
}

async function network(args = ''): Promise<{ net: Net; statements: number }> {
  const body = await server.query<{ network: Net }>(`{ network${args} {
    figures { nodeCount edgeCount components communities modularity }
    nodes { id label degree betweenness community }
    edges { source { id } target { id } weight multilateral firstYear agreements { id } } } }`);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { net: body.data!.network, statements: body.extensions!.sqlStatements! };
}

describe('network', () => {
  it('has one node per party in the MUNICIPALITY projection, in a bounded number of statements', async () => {
    const { net, statements } = await network();
    const stats = await server.query<{ stats: { totals: { municipalities: number } } }>('{ stats { totals { municipalities } } }');
    expect(net.figures.nodeCount).toBe(stats.data!.stats.totals.municipalities);
    expect(net.nodes).toHaveLength(net.figures.nodeCount);
    expect(net.edges).toHaveLength(net.figures.edgeCount);
    expect(statements).toBeLessThanOrEqual(6);
  });

  it('gives the World Ceramic Road agreement one clique on its 14 parties', async () => {
    const agreement = toGlobalId('Agreement', CERAMIC_ROAD);
    const { net } = await network();
    const clique = net.edges.filter((e) => e.agreements.some((a) => a.id === agreement));
    const members = new Set(clique.flatMap((e) => [e.source.id, e.target.id]));
    expect(members.size).toBe(14);
    expect(clique).toHaveLength((14 * 13) / 2);
    expect(clique.every((e) => e.multilateral)).toBe(true);
    expect(members.has(id('JP/愛知県/瀬戸市'))).toBe(true);
  });

  it('filters like agreements: the network as of 2005 is smaller', async () => {
    const all = (await network()).net.figures;
    const early = (await network('(filter: { signedTo: "2005" })')).net;
    expect(early.figures.edgeCount).toBeLessThan(all.edgeCount);
    expect(early.edges.every((e) => e.firstYear != null && e.firstYear <= 2005)).toBe(true);
  });

  it('projects bipartite: parties and agreements', async () => {
    const { net } = await network('(projection: BIPARTITE)');
    const totals = (
      await server.query<{ stats: { totals: { agreements: number; municipalities: number } } }>(
        '{ stats { totals { agreements municipalities } } }',
      )
    ).data!.stats.totals;
    expect(net.figures.nodeCount).toBe(totals.municipalities + totals.agreements);
    expect(net.figures.edgeCount).toBe(net.edges.length);
  });

  it('finds a shortest chain of agreements, and null where none joins', async () => {
    const body = await server.query<{
      shortestPath: {
        length: number;
        municipalities: Array<{ name: string }>;
        steps: Array<{ agreements: Array<{ title: string }> }>;
      } | null;
      none: null;
    }>(
      'query($a: ID!, $b: ID!, $c: ID!) { shortestPath(from: $a, to: $b) { length municipalities { name } steps { agreements { title } } } none: shortestPath(from: $a, to: $c) { length } }',
      { a: id('JP/青森県/青森市'), b: id('JP/北海道/札幌市'), c: id('JP/長野県/木島平村') },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.shortestPath).toMatchObject({
      length: 2,
      municipalities: [{ name: '青森市' }, { name: '大連市' }, { name: '札幌市' }],
    });
    expect(body.data!.shortestPath!.steps[0].agreements.map((a) => a.title)).toEqual(['青森市・大連市経済文化交流委員会設置に関する協定']);
    expect(body.data!.none).toBeNull();
  });

  it("gives a municipality's ego network", async () => {
    const body = await server.query<{
      municipalities: { nodes: Array<{ network: { figures: { nodeCount: number }; nodes: Array<{ label: string }> } }> };
    }>('{ municipalities(filter: { name: "瀬戸市" }) { nodes { network(depth: 1) { figures { nodeCount } nodes { label } } } } }');
    const ego = body.data!.municipalities.nodes[0].network;
    // 瀬戸市; the Ceramic Road's 13 cities; the Jingdezhen declaration's 11 foreign parties (6 also on the Road) and 加賀市, 有田町.
    expect(ego.figures.nodeCount).toBe(1 + 13 + (11 - 6) + 2);
    expect(ego.nodes.map((n) => n.label)).toContain('石川県加賀市');
    const bad = await server.query('{ municipalities(first: 1) { nodes { network(depth: 9) { figures { nodeCount } } } } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_DEPTH');
  });
});

describe('network exports', () => {
  const dom = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

  it('writes GEXF and GraphML that parse back into the same graph with the same attributes', async () => {
    const { net } = await network();
    for (const [file, parse] of [
      ['network.gexf', parseGexf],
      ['network.graphml', parseGraphml],
    ] as const) {
      const res = await fetch(exportUrl(file));
      expect(res.status).toBe(200);
      const graph = parse(Graph, dom(await res.text()), { addMissingNodes: false });
      expect(graph.order).toBe(net.figures.nodeCount);
      expect(graph.size).toBe(net.figures.edgeCount);
      const seto = graph.getNodeAttributes('JP/愛知県/瀬戸市');
      expect(seto).toMatchObject({ label: '愛知県瀬戸市', kind: 'CITY', country: 'JP' });
      expect(Number(seto.degree)).toBe(net.nodes.find((n) => n.label === '愛知県瀬戸市')!.degree);
      const edge = graph.edge('JP/愛知県/瀬戸市', 'JP/石川県/加賀市')!;
      expect(graph.getEdgeAttributes(edge)).toMatchObject({ multilateral: true });
      expect(Number(graph.getEdgeAttribute(edge, 'weight'))).toBe(1);
      expect(Number(graph.getEdgeAttribute(edge, 'firstYear'))).toBe(2011);
    }
  });

  it('writes CSV edge and node lists with one header row after the provenance comments', async () => {
    const { net } = await network();
    const rows = (text: string) =>
      text
        .trimEnd()
        .split('\r\n')
        .filter((l) => !l.startsWith('#'));
    const edges = rows(await (await fetch(exportUrl('network.csv'))).text());
    expect(edges[0]).toBe('source,target,source_label,target_label,weight,start,multilateral,category_codes,kinds,agreements');
    expect(edges).toHaveLength(net.figures.edgeCount + 1);
    const nodes = rows(await (await fetch(exportUrl('nodes.csv', '?countries=CN&projection=MUNICIPALITY'))).text());
    expect(nodes[0]).toBe(
      'id,label,nodeKind,name,kind,country,code,nameEn,lat,lng,year,degree,weightedDegree,betweenness,closeness,pagerank,community',
    );
    expect(nodes.length).toBeLessThan(net.figures.nodeCount + 1);
  });

  it('refuses bad parameters with 400 and says what to send', async () => {
    const res = await fetch(exportUrl('network.csv', '?projection=TRIPARTITE'));
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/projection must be MUNICIPALITY or BIPARTITE/);
    expect((await fetch(exportUrl('network.csv', '?signedFrom=yesterday'))).status).toBe(400);
    expect((await fetch(exportUrl('network.csv', '?colour=red'))).status).toBe(400);
    expect((await fetch(exportUrl('network.svg'))).status).toBe(404);
  });

  it('exports offline with the CLI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teikei-export-'));
    const db = await freshDatabase();
    try {
      const out = join(dir, 'n.graphml');
      const line = await runExport(['--format', 'graphml', '--out', out, '--countries', 'KR'], { ...DEFAULT_CONFIG, databaseUrl: db.url });
      expect(line).toMatch(/^wrote .*n\.graphml: \d+ nodes, \d+ edges \(MUNICIPALITY\)$/);
      const graph = parseGraphml(Graph, dom(readFileSync(out, 'utf8')));
      expect(graph.order).toBeGreaterThan(10);
      expect(graph.everyNode((_n, a) => typeof a.label === 'string')).toBe(true);
    } finally {
      await db.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
