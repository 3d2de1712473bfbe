/**
 * The network view's state as URL query parameters: read leniently (a value that does not parse
 * is ignored and named, never fatal) and written back the same way, so every view has a stable URL.
 */
import type { AgreementFilter } from '../../generated/graphql';

type Projection = 'MUNICIPALITY' | 'BIPARTITE';
export type Colouring = 'community' | 'country';

export interface NetworkParams {
  categories: number[];
  countries: string[];
  multilateral: boolean | null;
  source: string | null;
  projection: Projection;
  colour: Colouring;
  /** The network as of this year; null: every agreement, undated ones included. */
  year: number | null;
}

/** A query parameter that was ignored, and why. */
interface Ignored {
  name: string;
  value: string;
  reason: 'year' | 'category' | 'country' | 'multilateral' | 'source' | 'projection' | 'colour';
}

const list = (v: string | null) =>
  v
    ? v
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

/**
 * Read the view's parameters; `known` holds the ISO codes of the countries and the file names of the source
 * documents (null while they load: accepted as written).
 */
export function readNetworkParams(
  query: URLSearchParams,
  known: { countries: ReadonlySet<string>; documents: ReadonlySet<string> } | null,
): { params: NetworkParams; ignored: Ignored[] } {
  const ignored: Ignored[] = [];
  const categories: number[] = [];
  for (const c of list(query.get('categories'))) {
    const n = Number(c);
    if (Number.isInteger(n) && n >= 1 && n <= 9) categories.push(n);
    else ignored.push({ name: 'categories', value: c, reason: 'category' });
  }
  const codes: string[] = [];
  for (const c of list(query.get('countries'))) {
    const code = c.toUpperCase();
    if (/^[A-Z]{2}$/.test(code) && (!known || known.countries.has(code))) codes.push(code);
    else ignored.push({ name: 'countries', value: c, reason: 'country' });
  }
  let multilateral: boolean | null = null;
  const m = query.get('multilateral');
  if (m === 'true' || m === 'false') multilateral = m === 'true';
  else if (m) ignored.push({ name: 'multilateral', value: m, reason: 'multilateral' });
  let source: string | null = null;
  const s = query.get('source');
  if (s && (!known || known.documents.has(s))) source = s;
  else if (s) ignored.push({ name: 'source', value: s, reason: 'source' });
  let projection: Projection = 'MUNICIPALITY';
  const p = query.get('projection');
  if (p?.toUpperCase() === 'BIPARTITE') projection = 'BIPARTITE';
  else if (p && p.toUpperCase() !== 'MUNICIPALITY') ignored.push({ name: 'projection', value: p, reason: 'projection' });
  let colour: Colouring = 'community';
  const c = query.get('colour');
  if (c === 'country') colour = 'country';
  else if (c && c !== 'community') ignored.push({ name: 'colour', value: c, reason: 'colour' });
  let year: number | null = null;
  const y = query.get('year');
  if (y && /^\d{4}$/.test(y) && Number(y) >= 1900 && Number(y) <= 2100) year = Number(y);
  else if (y) ignored.push({ name: 'year', value: y, reason: 'year' });
  return {
    params: {
      categories: [...new Set(categories)].sort((a, b) => a - b),
      countries: [...new Set(codes)],
      multilateral,
      source,
      projection,
      colour,
      year,
    },
    ignored,
  };
}

/** The parameters as a query-string record (defaults left out). */
export function networkQuery(p: NetworkParams): Record<string, string | undefined> {
  return {
    categories: p.categories.join(',') || undefined,
    countries: p.countries.join(',') || undefined,
    multilateral: p.multilateral == null ? undefined : String(p.multilateral),
    source: p.source ?? undefined,
    projection: p.projection === 'BIPARTITE' ? 'bipartite' : undefined,
    colour: p.colour === 'country' ? 'country' : undefined,
    year: p.year == null ? undefined : String(p.year),
  };
}

/** The API filter of everything but the year (the drawing replays the years over one layout). */
export function filterOf(p: NetworkParams): AgreementFilter | null {
  const f: AgreementFilter = {};
  if (p.categories.length) f.categoryCodes = p.categories;
  if (p.countries.length) f.countries = p.countries;
  if (p.multilateral != null) f.multilateral = p.multilateral;
  if (p.source) f.sources = [p.source];
  return Object.keys(f).length ? f : null;
}

/** The same filter as /export/… parameters, with the year as signedTo. */
export function exportQuery(p: NetworkParams): Record<string, string | undefined> {
  return {
    categoryCodes: p.categories.join(',') || undefined,
    countries: p.countries.join(',') || undefined,
    multilateral: p.multilateral == null ? undefined : String(p.multilateral),
    sources: p.source ?? undefined,
    signedTo: p.year == null ? undefined : String(p.year),
    projection: p.projection === 'BIPARTITE' ? 'BIPARTITE' : undefined,
  };
}
