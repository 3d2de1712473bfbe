/**
 * What the explorer asks of the API beyond the first release: drawing positions and first years
 * on network nodes, a party's place in the whole network, a sheet's own source lines, the
 * recorded findings. Expectations come from the API itself.
 */
import { readFileSync } from 'fs';
import { inProject } from '../../src/project-root';
import { toGlobalId } from '../../src/modules/shared/global-id';
import { startTestServer, type TestServer } from '../utils';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

interface Node {
  id: string;
  degree: number;
  betweenness: number;
  community: number;
  firstYear: number | null;
  countryCode: string;
  x: number;
  y: number;
}
interface Net {
  figures: { nodeCount: number; edgeCount: number };
  nodes: Node[];
  edges: Array<{ firstYear: number | null }>;
}

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const body = await server.query<T>(query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

const NETWORK = `query ($filter: AgreementFilter, $projection: NetworkProjection! = MUNICIPALITY) {
  network(filter: $filter, projection: $projection) {
    figures { nodeCount edgeCount }
    nodes { id degree betweenness community firstYear countryCode x y }
    edges { firstYear } } }`;

describe('network drawing data', () => {
  it('places every node at a finite position, the same on every ask', async () => {
    const { network } = await data<{ network: Net }>(NETWORK);
    expect(network.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(new Set(network.nodes.map((n) => `${n.x},${n.y}`)).size).toBeGreaterThan(network.nodes.length * 0.9);
    const again = await server.request<{ network: Net }>({ query: NETWORK, variables: {} }, { headers: { 'x-request-id': 'another' } });
    expect(again.json().data!.network.nodes).toEqual(network.nodes);
  });

  it.each([1990, 2000, 2005])('counts as of %i the nodes and edges whose first year is at most that year', async (year) => {
    const { network: all } = await data<{ network: Net }>(NETWORK);
    const { network: asOf } = await data<{ network: Net }>(NETWORK, { filter: { signedTo: String(year) } });
    const nodes = all.nodes.filter((n) => n.firstYear != null && n.firstYear <= year);
    const edges = all.edges.filter((e) => e.firstYear != null && e.firstYear <= year);
    expect(nodes).toHaveLength(asOf.figures.nodeCount);
    expect(edges).toHaveLength(asOf.figures.edgeCount);
    expect(asOf.figures.nodeCount).toBeLessThan(all.figures.nodeCount);
  });

  it('gives the BIPARTITE projection positions and first years too', async () => {
    const { network } = await data<{ network: Net }>(NETWORK, { projection: 'BIPARTITE' });
    const { network: asOf } = await data<{ network: Net }>(NETWORK, { projection: 'BIPARTITE', filter: { signedTo: '2000' } });
    expect(network.nodes.filter((n) => n.firstYear != null && n.firstYear <= 2000)).toHaveLength(asOf.figures.nodeCount);
    expect(network.nodes.some((n) => n.countryCode === '')).toBe(true); // agreements have no country
  });

  it("tells a party's figures in the whole network, and null for a prefecture that is no party", async () => {
    const { network } = await data<{ network: Net }>(NETWORK);
    const top = network.nodes[0];
    const { node } = await data<{ node: { networkNode: Node; network: { nodes: Node[] } } }>(
      `query ($id: ID!) { node(id: $id) { ... on Municipality { networkNode { id degree betweenness community countryCode }
        network(depth: 1) { nodes { id x y } } } } }`,
      { id: top.id },
    );
    expect(node.networkNode).toEqual({
      id: top.id,
      degree: top.degree,
      betweenness: top.betweenness,
      community: top.community,
      countryCode: top.countryCode,
    });
    expect(node.network.nodes).toHaveLength(top.degree + 1);
    expect(node.network.nodes.every((n) => Number.isFinite(n.x))).toBe(true);
    const prefecture = await data<{ municipalities: { nodes: Array<{ networkNode: Node | null; agreements: { totalCount: number } }> } }>(
      `{ municipalities(filter: { name: "長崎県" }) { nodes { networkNode { id } agreements { totalCount } } } }`,
    );
    expect(prefecture.municipalities.nodes[0].networkNode).not.toBeNull(); // 長崎県 is itself a party
  });
});

describe('source lines', () => {
  const beachCleanUp = toGlobalId('Agreement', 'clair2012:6449');
  const text = readFileSync(inProject('seeds/source/004_e59d51f378d5a747.txt'), 'utf8').split('\n');

  it("gives a sheet's own lines, from its first line to the line before the next sheet", async () => {
    const { node } = await data<{ node: { title: string; source: { line: number; lines: Array<{ number: number; text: string }> } } }>(
      `query ($id: ID!) { node(id: $id) { ... on Agreement { title source { line lines { number text } } } } }`,
      { id: beachCleanUp },
    );
    const { line, lines } = node.source;
    expect(lines[0]).toEqual({ number: line, text: text[line - 1] });
    expect(lines[0].text).toContain(node.title);
    lines.forEach((l, i) => expect(l).toEqual({ number: line + i, text: text[line + i - 1] }));
    expect(lines.map((l) => l.text).join('\n')).toContain('(7) 問い合わせ先');
    // The next sheet starts right after (blank lines between are dropped).
    const next = text.findIndex((t, i) => i >= lines.at(-1)!.number && /^\d+\. /.test(t));
    expect(text.slice(lines.at(-1)!.number, next).every((t) => !t.trim())).toBe(true);
  });

  it('stops at max lines and refuses a max out of range', async () => {
    const query = `query ($id: ID!, $max: Int!) { node(id: $id) { ... on Agreement { source { lines(max: $max) { number } } } } }`;
    const three = await data<{ node: { source: { lines: unknown[] } } }>(query, { id: beachCleanUp, max: 3 });
    expect(three.node.source.lines).toHaveLength(3);
    const bad = await server.query(query, { id: beachCleanUp, max: 0 });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_PAGE_SIZE');
  });
});

describe('findings', () => {
  it('lists every recorded decision of the dataset with its lines as they read in the source', async () => {
    const dataset = JSON.parse(readFileSync(inProject('seeds/clair-2012.json'), 'utf8')) as {
      document: string;
      decisions: Array<{ id: string; action: string; lines: number[] }>;
    };
    const { findings } = await data<{
      findings: Array<{
        key: string;
        action: string;
        reason: string;
        document: string;
        lines: number[];
        sources: Array<{ lines: Array<{ number: number; text: string }> }>;
      }>;
    }>(`{ findings { key action reason document lines sources { lines(max: 1) { number text } } } }`);
    expect(findings.map((f) => [f.key, f.action, f.lines])).toEqual(dataset.decisions.map((d) => [d.id, d.action, d.lines]));
    const text = readFileSync(inProject('seeds/source', dataset.document), 'utf8').split('\n');
    for (const f of findings) {
      expect(f.reason.length).toBeGreaterThan(10);
      expect(f.sources.map((s) => s.lines[0])).toEqual(f.lines.map((n) => ({ number: n, text: text[n - 1] })));
    }
  });
});
