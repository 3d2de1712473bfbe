/**
 * A document's cost (query-cost.ts) remembered per parsed document, variables and data sizes: Apollo keeps
 * one parsed document per query text, and walking a large one on every request was 4 % of the five-levels
 * example's time.
 */
import type { DocumentNode } from 'graphql';
import type { ListSizes } from './list-sizes';
import { measureQuery, type Measure } from './query-cost';

/** How many variable sets of one document keep their measure (the oldest is forgotten first). */
const MEASURES_PER_DOCUMENT = 64;
const measured = new WeakMap<DocumentNode, { sizes: ListSizes; byRequest: Map<string, Measure> }>();

/** measureQuery's answer, computed once for a document, its variables and operation over the same sizes (it depends on nothing else). */
export function measureQueryOnce(...args: Parameters<typeof measureQuery>): Measure {
  const [, sizes, query, variables, operationName] = args;
  const key = requestKey(variables, operationName);
  if (key === null) return measureQuery(...args);
  let seen = measured.get(query);
  if (!seen || seen.sizes !== sizes) measured.set(query, (seen = { sizes, byRequest: new Map() }));
  let measure = seen.byRequest.get(key);
  if (!measure) {
    measure = measureQuery(...args);
    if (seen.byRequest.size >= MEASURES_PER_DOCUMENT) seen.byRequest.delete(seen.byRequest.keys().next().value!);
    seen.byRequest.set(key, measure);
  }
  return measure;
}

/** Variables and operation as a key; null for variables too deep to write as JSON (they are measured each time). */
function requestKey(variables: Record<string, unknown> | undefined, operationName: string | undefined): string | null {
  try {
    return `${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`;
  } catch {
    return null;
  }
}
