/**
 * The API's network as a graphology graph ready for sigma: positions from the server's layout,
 * size by degree, colour by community or country (the largest groups get colours, the rest grey),
 * clique edges of multilateral agreements in their own colour.
 */
import Graph from 'graphology';
import type Sigma from 'sigma';
import type { NetworkQuery } from '../../generated/graphql';
import type { Colouring } from './network-params';

type ApiNetwork = NetworkQuery['network'];

/** Colour-blind-safe qualitative palette (Tableau 10 order, slightly darkened for contrast on white). */
export const PALETTE = ['#1f77b4', '#e6550d', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#393b79'];
export const OTHER_COLOUR = '#9a9a9a';
export const EDGE_COLOUR = '#c4c9d0';
export const CLIQUE_COLOUR = 'rgba(52, 64, 84, 0.6)';

interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: string;
  firstYear: number | null;
  group: string;
}
interface EdgeAttrs {
  size: number;
  color: string;
  firstYear: number | null;
  multilateral: boolean;
}
export type DrawGraph = Graph<NodeAttrs, EdgeAttrs>;
export type DrawSigma = Sigma<NodeAttrs, EdgeAttrs>;

export interface LegendEntry {
  key: string;
  colour: string;
  count: number;
}

/** The group a node is coloured by. */
const groupOf = (n: ApiNetwork['nodes'][number], colouring: Colouring) =>
  n.kind === 'AGREEMENT' ? 'agreement' : colouring === 'country' ? n.countryCode : String(n.community);

/** Colours for the largest groups (most nodes first, then by key), grey for the rest. */
export function legendOf(network: ApiNetwork, colouring: Colouring): LegendEntry[] {
  const counts = new Map<string, number>();
  for (const n of network.nodes) {
    const g = groupOf(n, colouring);
    if (g !== 'agreement') counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en', { numeric: true }));
  return sorted.map(([key, count], i) => ({ key, count, colour: PALETTE[i] ?? OTHER_COLOUR }));
}

/** `lang` picks the labels: English names where the API has them in the English interface. */
export function buildDrawGraph(network: ApiNetwork, legend: LegendEntry[], colouring: Colouring, lang: 'ja' | 'en'): DrawGraph {
  const colours = new Map(legend.map((l) => [l.key, l.colour]));
  const graph: DrawGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const n of network.nodes) {
    const group = groupOf(n, colouring);
    graph.addNode(n.id, {
      x: n.x,
      // Screen y grows downwards; the layout's upwards. Either is a fine picture, but keep the server's.
      y: n.y,
      size: n.kind === 'AGREEMENT' ? 3 : 3 + Math.sqrt(n.degree) * 1.6,
      color: group === 'agreement' ? '#4a4a4a' : (colours.get(group) ?? OTHER_COLOUR),
      label: (lang === 'en' && n.nameEn) || n.label,
      kind: n.kind,
      firstYear: n.firstYear ?? null,
      group,
    });
  }
  for (const e of network.edges) {
    graph.addEdge(e.source.id, e.target.id, {
      size: e.multilateral ? 1.4 : Math.min(1 + (e.weight - 1) * 0.8, 4),
      color: e.multilateral ? CLIQUE_COLOUR : EDGE_COLOUR,
      firstYear: e.firstYear ?? null,
      multilateral: e.multilateral,
    });
  }
  return graph;
}

/** Whether an item with this first year is in the network as of `year` (null: every agreement, undated included). */
export const presentIn = (firstYear: number | null, year: number | null) => year == null || (firstYear != null && firstYear <= year);

/** The years the slider runs over: the earliest to the latest first year. */
export function yearRange(network: ApiNetwork): [number, number] | null {
  const years = network.edges
    .map((e) => e.firstYear)
    .concat(network.nodes.map((n) => n.firstYear))
    .filter((y): y is number => y != null);
  if (!years.length) return null;
  return [Math.min(...years), Math.max(...years)];
}
