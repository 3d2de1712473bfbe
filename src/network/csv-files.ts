/**
 * The CSV exports: an edge list and a node list, each after the provenance as comment lines,
 * every cell typed by its column so that csv.ts neutralises formulas in text and leaves
 * numbers numbers.
 */
import type { NetworkGraph } from './network-graph';
import { csvFile, type CsvColumn, type CsvColumnType } from './csv';
import { NODE_ATTRIBUTES } from './file-attributes';
import { provenanceLines, type FileProvenance } from './file-provenance';

/** The type of each node attribute in CSV (code is text: 011002 keeps its leading zero). */
const NODE_COLUMN_TYPES: Record<(typeof NODE_ATTRIBUTES)[number], CsvColumnType> = {
  label: 'text',
  nodeKind: 'text',
  name: 'text',
  kind: 'text',
  country: 'text',
  code: 'text',
  nameEn: 'text',
  lat: 'number',
  lng: 'number',
  year: 'number',
  degree: 'number',
  weightedDegree: 'number',
  betweenness: 'number',
  closeness: 'number',
  pagerank: 'number',
  community: 'number',
};

const EDGE_COLUMNS: CsvColumn[] = [
  { name: 'source', type: 'text' },
  { name: 'target', type: 'text' },
  { name: 'source_label', type: 'text' },
  { name: 'target_label', type: 'text' },
  { name: 'weight', type: 'number' },
  { name: 'start', type: 'number' },
  { name: 'multilateral', type: 'boolean' },
  { name: 'category_codes', type: 'text' },
  { name: 'kinds', type: 'text' },
  { name: 'agreements', type: 'text' },
];

/**
 * The edge list: source, target, their labels, weight, start (year of the first dated
 * agreement behind it, as Gephi's timeline takes it), multilateral, the categories and
 * kinds of tie behind it, and the agreements' ids; after the provenance as comment lines.
 */
export function toEdgeCsv(graph: NetworkGraph, about: FileProvenance): string {
  const rows = graph.mapEdges((_e, a, s, t) => [
    s,
    t,
    graph.getNodeAttribute(s, 'label'),
    graph.getNodeAttribute(t, 'label'),
    a.weight,
    a.firstYear,
    a.multilateral,
    a.categoryCodes.join(';'),
    a.kinds.join(';'),
    a.agreementIds.join(';'),
  ]);
  return csvFile(provenanceLines(about), EDGE_COLUMNS, rows);
}

/** The node list: id and every node attribute (code, nameEn, lat, lng among them); after the provenance as comment lines. */
export function toNodeCsv(graph: NetworkGraph, about: FileProvenance): string {
  const columns: CsvColumn[] = [{ name: 'id', type: 'text' }, ...NODE_ATTRIBUTES.map((name) => ({ name, type: NODE_COLUMN_TYPES[name] }))];
  const rows = graph.mapNodes((k, a) => [k, ...NODE_ATTRIBUTES.map((n) => (a as unknown as Record<string, unknown>)[n])]);
  return csvFile(provenanceLines(about), columns, rows);
}
