/**
 * Building the agreement network as a graphology graph and computing its figures.
 * Pure functions over plain records: no ORM, no GraphQL, so they test on hand-made graphs.
 *
 * Projections:
 * - MUNICIPALITY: parties are nodes, joined when they share an agreement; an edge's weight
 *   is the number of agreements they share, so an agreement of n parties gives the clique on them.
 * - BIPARTITE: parties and agreements are two kinds of node; each party is joined to its agreements.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import betweenness from 'graphology-metrics/centrality/betweenness';
import closeness from 'graphology-metrics/centrality/closeness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { density } from 'graphology-metrics/graph/density';
import modularity from 'graphology-metrics/graph/modularity';
import seedrandom from 'seedrandom';
import type { NetworkProjection } from '../records/enums';

export type Projection = NetworkProjection;

export interface PartyInput {
  key: string;
  name: string;
  fullName: string;
  kind: string;
  country: string;
  side: string;
  /** 全国地方公共団体コード, English name and coordinates, where known (#12). */
  code: string | null;
  nameEn: string | null;
  lat: number | null;
  lng: number | null;
}
export interface AgreementInput {
  key: string;
  /** The id `node(id:)` takes. */
  id: string;
  title: string;
  year: number | null;
  /** Kind of tie (SISTER_CITY, FIELD_AGREEMENT …). */
  kind: string;
  /** The survey categories it is listed under (1–9); none for the other documents' agreements. */
  categoryCodes: number[];
  parties: PartyInput[];
}

interface NodeAttributes {
  nodeKind: 'MUNICIPALITY' | 'AGREEMENT';
  label: string;
  name: string;
  kind: string;
  country: string;
  code?: string | null;
  nameEn?: string | null;
  lat?: number | null;
  lng?: number | null;
  year?: number | null;
  /** Year of its earliest dated agreement (null: only undated ones), so a drawing can replay the years. */
  firstYear?: number | null;
  /** Drawing position (layout.ts). */
  x?: number;
  y?: number;
  degree?: number;
  weightedDegree?: number;
  betweenness?: number;
  closeness?: number;
  pagerank?: number;
  community?: number;
}

interface EdgeAttributes {
  weight: number;
  /** Keys of the agreements behind the edge, in source order. */
  agreements: string[];
  /** Their ids as `node(id:)` takes them, in the same order. */
  agreementIds: string[];
  /** The survey categories they are listed under, ascending. */
  categoryCodes: number[];
  /** Their kinds of tie, sorted. */
  kinds: string[];
  firstYear: number | null;
  /** At least one agreement behind it has more than two parties (the edge is part of its clique). */
  multilateral: boolean;
}

export type NetworkGraph = Graph<NodeAttributes, EdgeAttributes>;

/** Seed of Louvain's random walk: the same data always gives the same communities. */
const LOUVAIN_SEED = 'teikei-graph';

/** The earlier of two years, either of which may be unknown. */
const earlier = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a == null ? (b ?? null) : b == null ? a : Math.min(a, b);

function addParty(graph: NetworkGraph, p: PartyInput, year: number | null): void {
  if (graph.hasNode(p.key)) {
    graph.updateNodeAttribute(p.key, 'firstYear', (y) => earlier(y, year));
    return;
  }
  graph.addNode(p.key, {
    nodeKind: 'MUNICIPALITY',
    label: p.fullName,
    name: p.name,
    kind: p.kind,
    country: p.country,
    code: p.code,
    nameEn: p.nameEn,
    lat: p.lat,
    lng: p.lng,
    firstYear: year,
  });
}

const union = <T extends string | number>(a: T[], b: T[]) => [...new Set([...a, ...b])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));

function linkEdge(graph: NetworkGraph, a: string, b: string, agreement: AgreementInput): void {
  const multilateral = agreement.parties.length > 2;
  const existing = graph.edge(a, b);
  if (existing == null) {
    graph.addUndirectedEdge(a, b, {
      weight: 1,
      agreements: [agreement.key],
      agreementIds: [agreement.id],
      categoryCodes: union(agreement.categoryCodes, []),
      kinds: [agreement.kind],
      firstYear: agreement.year,
      multilateral,
    });
    return;
  }
  graph.updateEdgeAttributes(existing, (e) => ({
    weight: e.weight + 1,
    agreements: [...e.agreements, agreement.key],
    agreementIds: [...e.agreementIds, agreement.id],
    categoryCodes: union(e.categoryCodes, agreement.categoryCodes),
    kinds: union(e.kinds, [agreement.kind]),
    firstYear: earlier(e.firstYear, agreement.year),
    multilateral: e.multilateral || multilateral,
  }));
}

/** The graph of `agreements` in a projection (no figures yet). */
export function buildGraph(agreements: AgreementInput[], projection: Projection): NetworkGraph {
  const graph: NetworkGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const a of agreements) {
    a.parties.forEach((p) => addParty(graph, p, a.year));
    if (projection === 'BIPARTITE') {
      graph.mergeNode(a.key, {
        nodeKind: 'AGREEMENT',
        label: a.title,
        name: a.title,
        kind: 'AGREEMENT',
        country: '',
        year: a.year,
        firstYear: a.year,
      });
      for (const p of a.parties) linkEdge(graph, p.key, a.key, a);
      continue;
    }
    const keys = [...new Set(a.parties.map((p) => p.key))];
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) linkEdge(graph, keys[i], keys[j], a);
  }
  return graph;
}

export interface GraphFigures {
  nodeCount: number;
  edgeCount: number;
  density: number;
  components: number;
  largestComponent: number;
  communities: number;
  modularity: number;
}

/**
 * Compute every node's figures into its attributes (degree, weighted degree, normalised
 * betweenness, closeness, PageRank, Louvain community) and return the graph's figures.
 */
export function computeFigures(graph: NetworkGraph): GraphFigures {
  const components = connectedComponents(graph);
  if (graph.order === 0) {
    return { nodeCount: 0, edgeCount: 0, density: 0, components: 0, largestComponent: 0, communities: 0, modularity: 0 };
  }
  const between = betweenness(graph, { normalized: true, getEdgeWeight: null });
  const close = closeness(graph, { wassermanFaust: true });
  const rank = graph.size > 0 ? pagerank(graph, { getEdgeWeight: 'weight' }) : {};
  const detailed =
    graph.size > 0
      ? louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seedrandom(LOUVAIN_SEED) })
      : { communities: Object.fromEntries(graph.nodes().map((n, i) => [n, i])), count: graph.order, modularity: 0 };
  graph.forEachNode((node) => {
    let weighted = 0;
    graph.forEachEdge(node, (_e, attr) => {
      weighted += attr.weight;
    });
    graph.mergeNodeAttributes(node, {
      degree: graph.degree(node),
      weightedDegree: weighted,
      betweenness: between[node] ?? 0,
      closeness: close[node] ?? 0,
      pagerank: rank[node] ?? 1 / graph.order,
      community: detailed.communities[node],
    });
  });
  return {
    nodeCount: graph.order,
    edgeCount: graph.size,
    density: density(graph),
    components: components.length,
    largestComponent: Math.max(...components.map((c) => c.length)),
    communities: detailed.count,
    modularity: graph.size > 0 ? modularity(graph, { getNodeCommunity: 'community', getEdgeWeight: 'weight' }) : 0,
  };
}

/** The nodes within `depth` steps of `center` (breadth first), as a subgraph; empty when `center` is not in the graph. */
export function egoGraph(graph: NetworkGraph, center: string, depth: number): NetworkGraph {
  const seen = new Set(graph.hasNode(center) ? [center] : []);
  let frontier = [...seen];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier)
      graph.forEachNeighbor(node, (n) => {
        if (!seen.has(n)) {
          seen.add(n);
          next.push(n);
        }
      });
    frontier = next;
  }
  const sub: NetworkGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of seen) sub.addNode(node, { ...graph.getNodeAttributes(node) });
  graph.forEachEdge((_e, attr, s, t) => {
    if (seen.has(s) && seen.has(t)) sub.addUndirectedEdge(s, t, { ...attr });
  });
  return sub;
}
