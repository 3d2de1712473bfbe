/** The attributes every export file carries for nodes and edges, in file order, as scalars (lists joined by ";"). */

export type Value = string | number | boolean;

/** Node attributes as written to files, in this order. */
export const NODE_ATTRIBUTES = [
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
export const EDGE_ATTRIBUTES = ['weight', 'firstYear', 'multilateral', 'categoryCodes', 'kinds', 'agreements'] as const;

/** A node's attributes as written to files (absent and empty ones left out). */
export function flatNode(attributes: Record<string, unknown>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const k of NODE_ATTRIBUTES) if (attributes[k] != null && attributes[k] !== '') out[k] = attributes[k] as Value;
  return out;
}

/** An edge's attributes as written to files (`agreements`: the agreements' ids, joined by ";"). */
export function flatEdge(attributes: Record<string, unknown>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const k of EDGE_ATTRIBUTES) {
    const v = k === 'agreements' ? attributes.agreementIds : attributes[k];
    if (v == null) continue;
    out[k] = Array.isArray(v) ? v.join(';') : (v as Value);
  }
  return out;
}
