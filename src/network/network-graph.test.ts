import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { buildGraph, computeFigures, egoGraph, type AgreementInput, type PartyInput } from './network-graph';

const party = (key: string): PartyInput => ({
  key,
  name: key,
  fullName: key,
  kind: 'CITY',
  country: 'JP',
  side: 'DOMESTIC',
  code: null,
  nameEn: null,
  lat: null,
  lng: null,
});
const agreement = (key: string, year: number | null, ...keys: string[]): AgreementInput => ({
  key,
  id: `id:${key}`,
  title: key,
  year,
  kind: 'SISTER_CITY',
  categoryCodes: [],
  parties: keys.map(party),
});

describe('network graph', () => {
  // a–b–c (a path, b the broker), a 3-party agreement d–e–f (one clique), and b–c twice.
  const agreements = [
    agreement('x1', 2001, 'a', 'b'),
    { ...agreement('x2', 1995, 'b', 'c'), kind: 'FIELD_AGREEMENT', categoryCodes: [5, 8] },
    { ...agreement('x3', 2010, 'b', 'c'), categoryCodes: [1, 5] },
    agreement('m', 2005, 'd', 'e', 'f'),
  ];

  it('projects municipalities: shared agreements are weights, a multilateral agreement a clique', () => {
    const g = buildGraph(agreements, 'MUNICIPALITY');
    expect(g.order).toBe(6);
    expect(g.size).toBe(5);
    // The edge carries what is behind it: both agreements (keys and ids), their categories and kinds of tie, merged.
    expect(g.getEdgeAttributes(g.edge('b', 'c')!)).toEqual({
      weight: 2,
      agreements: ['x2', 'x3'],
      agreementIds: ['id:x2', 'id:x3'],
      categoryCodes: [1, 5, 8],
      kinds: ['FIELD_AGREEMENT', 'SISTER_CITY'],
      firstYear: 1995,
      multilateral: false,
    });
    for (const [s, t] of [
      ['d', 'e'],
      ['e', 'f'],
      ['d', 'f'],
    ])
      expect(g.getEdgeAttributes(g.edge(s, t)!)).toMatchObject({ weight: 1, multilateral: true, agreements: ['m'] });
  });

  it('computes degree, betweenness, components and communities with known answers', () => {
    const g = buildGraph(agreements, 'MUNICIPALITY');
    const figures = computeFigures(g);
    expect(figures).toMatchObject({ nodeCount: 6, edgeCount: 5, components: 2, largestComponent: 3 });
    expect(figures.density).toBeCloseTo(5 / 15);
    expect(g.getNodeAttributes('b')).toMatchObject({ degree: 2, weightedDegree: 3 });
    // b lies on the only shortest path between a and c: 1 of the 1 pair among the other two nodes (normalised by (n-1)(n-2)/2 = 10).
    expect(g.getNodeAttribute('b', 'betweenness')).toBeCloseTo(1 / 10);
    expect(g.getNodeAttribute('a', 'betweenness')).toBe(0);
    expect(g.getNodeAttribute('d', 'community')).toBe(g.getNodeAttribute('e', 'community'));
    expect(g.getNodeAttribute('a', 'community')).not.toBe(g.getNodeAttribute('d', 'community'));
    expect(figures.communities).toBe(2);
    expect(figures.modularity).toBeGreaterThan(0.3);
  });

  it('gives the same communities on every run (seeded Louvain)', () => {
    const runs = [1, 2, 3].map(() => {
      const g = buildGraph(agreements, 'MUNICIPALITY');
      computeFigures(g);
      return g.mapNodes((n, a) => `${n}:${a.community}`).join(',');
    });
    expect(new Set(runs).size).toBe(1);
  });

  it('projects bipartite: parties and agreements, a party joined to each of its agreements', () => {
    const g = buildGraph(agreements, 'BIPARTITE');
    expect(g.order).toBe(10);
    expect(g.size).toBe(9);
    expect(g.getNodeAttribute('x2', 'nodeKind')).toBe('AGREEMENT');
    expect(g.neighbors('b').sort()).toEqual(['x1', 'x2', 'x3']);
  });

  it('finds shortest paths and ego networks', () => {
    const g = buildGraph(agreements, 'MUNICIPALITY');
    expect(bidirectional(g, 'a', 'c')).toEqual(['a', 'b', 'c']);
    expect(bidirectional(g, 'a', 'd')).toBeNull();
    expect(egoGraph(g, 'a', 1).nodes().sort()).toEqual(['a', 'b']);
    expect(egoGraph(g, 'a', 2).nodes().sort()).toEqual(['a', 'b', 'c']);
    expect(egoGraph(g, 'not-a-party', 2).order).toBe(0);
  });

  it('handles an empty graph', () => {
    expect(computeFigures(new Graph({ type: 'undirected' }) as never)).toMatchObject({ nodeCount: 0, components: 0, modularity: 0 });
  });
});
