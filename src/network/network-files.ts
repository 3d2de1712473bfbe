/**
 * Writing a network for Gephi, Cytoscape, R and NetworkX: GEXF (graphology-gexf),
 * GraphML (written here: graphology-graphml only parses), and CSV edge and node lists.
 * Every file carries names, kinds, countries, weights, years and the node figures.
 */
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { NetworkGraph } from './network-graph';

export type ExportFormat = 'gexf' | 'graphml' | 'csv' | 'nodes-csv';

type Value = string | number | boolean;

/** Node attributes as written to files, in this order. */
const NODE_ATTRIBUTES = [
  'label',
  'nodeKind',
  'name',
  'kind',
  'country',
  'year',
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'pagerank',
  'community',
] as const;
/** Edge attributes as written to files; `agreements` is written as keys joined by ";". */
const EDGE_ATTRIBUTES = ['weight', 'firstYear', 'multilateral', 'agreements'] as const;

function flatNode(attributes: Record<string, unknown>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const k of NODE_ATTRIBUTES) if (attributes[k] != null && attributes[k] !== '') out[k] = attributes[k] as Value;
  return out;
}

function flatEdge(attributes: Record<string, unknown>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const k of EDGE_ATTRIBUTES) {
    const v = attributes[k];
    if (v == null) continue;
    out[k] = Array.isArray(v) ? v.join(';') : (v as Value);
  }
  return out;
}

/** A copy of the graph whose attributes are all scalars (what file formats can hold). */
function flatCopy(graph: NetworkGraph): Graph<Record<string, Value>, Record<string, Value>> {
  const copy = new Graph<Record<string, Value>, Record<string, Value>>({ type: 'undirected' });
  graph.forEachNode((k, a) => copy.addNode(k, flatNode(a as unknown as Record<string, unknown>)));
  graph.forEachEdge((_e, a, s, t) =>
    copy.addUndirectedEdgeWithKey(`e${copy.size}`, s, t, flatEdge(a as unknown as Record<string, unknown>)),
  );
  return copy;
}

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

function graphmlType(values: Value[]): string {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'int';
  if (values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

/** GraphML 1.0 with typed <key> declarations for every attribute that occurs. */
export function toGraphml(graph: NetworkGraph): string {
  const nodes = graph.mapNodes((k, a) => [k, flatNode(a as unknown as Record<string, unknown>)] as const);
  const edges = graph.mapEdges((_e, a, s, t) => [s, t, flatEdge(a as unknown as Record<string, unknown>)] as const);
  const keys = (target: 'node' | 'edge', rows: Array<Record<string, Value>>, names: readonly string[]) =>
    names
      .filter((n) => rows.some((r) => n in r))
      .map(
        (n) =>
          `  <key id="${target[0]}_${n}" for="${target}" attr.name="${n}" attr.type="${graphmlType(rows.filter((r) => n in r).map((r) => r[n]))}"/>`,
      );
  const data = (target: 'node' | 'edge', r: Record<string, Value>) =>
    Object.entries(r)
      .map(([k, v]) => `<data key="${target[0]}_${k}">${xml(String(v))}</data>`)
      .join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys(
      'node',
      nodes.map((n) => n[1]),
      NODE_ATTRIBUTES,
    ),
    ...keys(
      'edge',
      edges.map((e) => e[2]),
      EDGE_ATTRIBUTES,
    ),
    '  <graph id="teikei" edgedefault="undirected">',
    ...nodes.map(([k, r]) => `    <node id="${xml(k)}">${data('node', r)}</node>`),
    ...edges.map(([s, t, r], i) => `    <edge id="e${i}" source="${xml(s)}" target="${xml(t)}">${data('edge', r)}</edge>`),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

const csvCell = (v: unknown) => {
  const s = v == null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csvRows = (rows: unknown[][]) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** The edge list: one header row, then source, target, their labels, weight, first year, multilateral, agreements. */
export function toEdgeCsv(graph: NetworkGraph): string {
  const header = ['source', 'target', 'source_label', 'target_label', 'weight', 'first_year', 'multilateral', 'agreements'];
  const rows = graph.mapEdges((_e, a, s, t) => [
    s,
    t,
    graph.getNodeAttribute(s, 'label'),
    graph.getNodeAttribute(t, 'label'),
    a.weight,
    a.firstYear,
    a.multilateral,
    a.agreements.join(';'),
  ]);
  return csvRows([header, ...rows]);
}

/** The node list: one header row, then id and every node attribute. */
export function toNodeCsv(graph: NetworkGraph): string {
  const header = ['id', ...NODE_ATTRIBUTES];
  const rows = graph.mapNodes((k, a) => [k, ...NODE_ATTRIBUTES.map((n) => (a as unknown as Record<string, unknown>)[n])]);
  return csvRows([header, ...rows]);
}

/** The file of a network in a format, with its content type. */
export function networkFile(graph: NetworkGraph, format: ExportFormat): { body: string; contentType: string } {
  switch (format) {
    case 'gexf':
      return { body: writeGexf(flatCopy(graph), { version: '1.3' }), contentType: 'application/gexf+xml; charset=utf-8' };
    case 'graphml':
      return { body: toGraphml(graph), contentType: 'application/graphml+xml; charset=utf-8' };
    case 'csv':
      return { body: toEdgeCsv(graph), contentType: 'text/csv; charset=utf-8' };
    case 'nodes-csv':
      return { body: toNodeCsv(graph), contentType: 'text/csv; charset=utf-8' };
  }
}
