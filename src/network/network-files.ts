/**
 * Writing a network for Gephi, Cytoscape, R and NetworkX: GEXF (graphology-gexf, made
 * dynamic in gexf-dynamic.ts), GraphML (written here: graphology-graphml only parses), and
 * CSV edge and node lists. Every file carries names, codes, English names, coordinates,
 * kinds, countries, weights, years, the categories and kinds of tie behind each edge, the
 * ids of its agreements (as `node(id:)` takes them), the node figures, and its provenance:
 * dataset version, source documents and the suggested citation.
 */
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { makeDynamic } from './gexf-dynamic';
import { documentLines, provenanceLines, type FileProvenance } from './file-provenance';
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
  'code',
  'nameEn',
  'lat',
  'lng',
  'year',
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'pagerank',
  'community',
] as const;
/** Edge attributes as written to files; lists are joined by ";" (`agreements`: the agreements' ids). */
const EDGE_ATTRIBUTES = ['weight', 'firstYear', 'multilateral', 'categoryCodes', 'kinds', 'agreements'] as const;

function flatNode(attributes: Record<string, unknown>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const k of NODE_ATTRIBUTES) if (attributes[k] != null && attributes[k] !== '') out[k] = attributes[k] as Value;
  return out;
}

function flatEdge(attributes: Record<string, unknown>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const k of EDGE_ATTRIBUTES) {
    const v = k === 'agreements' ? attributes.agreementIds : attributes[k];
    if (v == null) continue;
    out[k] = Array.isArray(v) ? v.join(';') : (v as Value);
  }
  return out;
}

/**
 * A copy of the graph for GEXF: scalar attributes, a node's coordinates also as its
 * viz:position (x = longitude, y = latitude: a map in Gephi), and the provenance as <meta>.
 */
function gexfCopy(graph: NetworkGraph, about: FileProvenance): Graph<Record<string, Value>, Record<string, Value>> {
  const copy = new Graph<Record<string, Value>, Record<string, Value>>({ type: 'undirected' });
  copy.replaceAttributes({
    creator: 'Teikei Graph',
    description: provenanceLines(about).join('\n'),
    keywords: 'sister cities, Japan, local government, agreements',
  });
  graph.forEachNode((k, a) => {
    const flat = flatNode(a as unknown as Record<string, unknown>);
    copy.addNode(k, a.lat != null && a.lng != null ? { ...flat, x: a.lng, y: a.lat } : flat);
  });
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

/** GraphML 1.0 with typed <key> declarations for every attribute that occurs; the provenance as <desc> and graph data. */
function toGraphml(graph: NetworkGraph, about: FileProvenance): string {
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
    '  <key id="g_version" for="graph" attr.name="version" attr.type="string"/>',
    '  <key id="g_sources" for="graph" attr.name="sources" attr.type="string"/>',
    '  <key id="g_citation" for="graph" attr.name="citation" attr.type="string"/>',
    '  <graph id="teikei" edgedefault="undirected">',
    `    <desc>${xml(provenanceLines(about).join('\n'))}</desc>`,
    `    <data key="g_version">${xml(about.version)}</data>`,
    `    <data key="g_sources">${xml(documentLines(about).join('\n'))}</data>`,
    `    <data key="g_citation">${xml(about.citation)}</data>`,
    ...nodes.map(([k, r]) => `    <node id="${xml(k)}">${data('node', r)}</node>`),
    ...edges.map(([s, t, r], i) => `    <edge id="e${i}" source="${xml(s)}" target="${xml(t)}">${data('edge', r)}</edge>`),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/** What a CSV cell holds: an attribute's value, or nothing. */
type CsvCell = Value | null | undefined;

const csvCell = (v: CsvCell) => {
  const s = v == null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
/**
 * CSV rows after the provenance as comment lines starting with "#" (pandas: comment='#';
 * R: comment.char='#'; csvkit and DuckDB take the same), so the file says what it is.
 */
const csvRows = (about: FileProvenance, rows: CsvCell[][]) =>
  [...provenanceLines(about).map((l) => `# ${l}`), ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n') + '\r\n';

/**
 * The edge list: source, target, their labels, weight, start (year of the first dated
 * agreement behind it, as Gephi's timeline takes it), multilateral, the categories and
 * kinds of tie behind it, and the agreements' ids.
 */
function toEdgeCsv(graph: NetworkGraph, about: FileProvenance): string {
  const header = [
    'source',
    'target',
    'source_label',
    'target_label',
    'weight',
    'start',
    'multilateral',
    'category_codes',
    'kinds',
    'agreements',
  ];
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
  return csvRows(about, [header, ...rows]);
}

/** The node list: one header row, then id and every node attribute (code, nameEn, lat, lng among them). */
function toNodeCsv(graph: NetworkGraph, about: FileProvenance): string {
  const header = ['id', ...NODE_ATTRIBUTES];
  const rows = graph.mapNodes((k, a) => [k, ...NODE_ATTRIBUTES.map((n) => (a as unknown as Record<string, CsvCell>)[n])]);
  return csvRows(about, [header, ...rows]);
}

/** GEXF 1.3, dynamic: each edge starts at the year of its first dated agreement. */
function toGexf(graph: NetworkGraph, about: FileProvenance): string {
  const copy = gexfCopy(graph, about);
  return makeDynamic(writeGexf(copy, { version: '1.3' }), (edgeId) => {
    const year = copy.getEdgeAttribute(edgeId, 'firstYear');
    return typeof year === 'number' ? year : null;
  });
}

/** The file of a network in a format, with its content type. */
export function networkFile(graph: NetworkGraph, format: ExportFormat, about: FileProvenance): { body: string; contentType: string } {
  switch (format) {
    case 'gexf':
      return { body: toGexf(graph, about), contentType: 'application/gexf+xml; charset=utf-8' };
    case 'graphml':
      return { body: toGraphml(graph, about), contentType: 'application/graphml+xml; charset=utf-8' };
    case 'csv':
      return { body: toEdgeCsv(graph, about), contentType: 'text/csv; charset=utf-8' };
    case 'nodes-csv':
      return { body: toNodeCsv(graph, about), contentType: 'text/csv; charset=utf-8' };
  }
}
