/**
 * Refreshing seeds/reference/natural-earth/ (run by hand: `npm run reference:natural-earth`,
 * never by the ingest): from Natural Earth's 1:10m "Admin 1 – States, Provinces" attribute
 * table, keep the columns the ingest reads for every region of the countries the curated
 * names file has places in (all of a country's regions, so that a match is checked for
 * uniqueness against the whole country); and for each of those countries the centroid of its
 * Natural Earth shape (world-atlas), for places matched as a whole territory (New Caledonia).
 */
import { readFileSync } from 'fs';
import { extname } from 'path';
import { parse } from 'csv-parse/sync';

/** The columns of admin-1.tsv, as Natural Earth names them. */
export const ADMIN1_COLUMNS = [
  'iso_a2',
  'adm1_code',
  'iso_3166_2',
  'name',
  'name_en',
  'name_alt',
  'gn_a1_code',
  'latitude',
  'longitude',
] as const;
/** The columns of admin-0.tsv. */
export const ADMIN0_COLUMNS = ['iso_a2', 'name', 'latitude', 'longitude'] as const;

export type SourceRecord = Record<string, unknown>;

/**
 * The records of a Natural Earth admin-1 table: the repository's GeoJSON
 * (geojson/ne_10m_admin_1_states_provinces.geojson: each feature's properties) or the
 * dbf's attribute table as CSV or TSV with a header row. Field names are matched without case.
 */
export function readAdmin1Source(path: string): SourceRecord[] {
  const text = readFileSync(path, 'utf8');
  const ext = extname(path).toLowerCase();
  const records: SourceRecord[] =
    ext === '.geojson' || ext === '.json'
      ? (JSON.parse(text) as { features: Array<{ properties: SourceRecord }> }).features.map((f) => f.properties)
      : parse<SourceRecord>(text, {
          bom: true,
          columns: true,
          delimiter: ext === '.tsv' ? '\t' : ',',
          quote: ext === '.tsv' ? false : '"',
        });
  const lower = records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v])));
  const missing = ADMIN1_COLUMNS.filter((c) => lower.length > 0 && !(c in lower[0]));
  if (lower.length === 0 || missing.length > 0)
    throw new Error(`${path}: not a Natural Earth admin-1 table (${lower.length} records; missing ${missing.join(', ') || 'nothing'})`);
  return lower;
}

/** A number as the dbf writes it ("-23.1363000000"), in its shortest form; throws on anything else. */
function coordinate(value: unknown, what: string): string {
  const n = Number(value);
  if (value === '' || value == null || !Number.isFinite(n)) throw new Error(`${what} is "${String(value)}", not a number`);
  return String(n);
}

const cell = (value: unknown) => {
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : value == null ? '' : JSON.stringify(value);
  const s = text.trim();
  if (/[\t\r\n]/.test(s)) throw new Error(`a value holds a tab or a line break: ${JSON.stringify(s)}`);
  return s === '-99' ? '' : s; // Natural Earth's "no value"
};

const tsv = (header: string[], columns: readonly string[], rows: string[][]) =>
  [...header.map((l) => `# ${l}`), columns.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n') + '\n';

/**
 * admin-1.tsv: every region of `countries` (ISO 3166-1 alpha-2), by country and Natural Earth's
 * adm1_code; a feature without a name (one in Russia) can be matched by no line and is left out.
 */
export function admin1Table(records: SourceRecord[], countries: Set<string>, header: string[]): { text: string; rows: number } {
  const rows = records
    .filter((r) => countries.has(cell(r.iso_a2)) && cell(r.name) !== '')
    .map((r) =>
      ADMIN1_COLUMNS.map((c) =>
        c === 'latitude' || c === 'longitude' ? coordinate(r[c], `${cell(r.adm1_code)} ${c}`) : cell(r[c]).normalize('NFC'),
      ),
    )
    .sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1], 'en', { numeric: true }));
  const found = new Set(rows.map((r) => r[0]));
  const none = [...countries].filter((c) => !found.has(c));
  if (none.length > 0) throw new Error(`Natural Earth has no regions for ${none.join(', ')}`);
  return { text: tsv(header, ADMIN1_COLUMNS, rows), rows: rows.length };
}

/** One country shape: its ISO 3166-1 alpha-2 code, Natural Earth's name and its centroid. */
export interface CountryPoint {
  country: string;
  name: string;
  lat: number;
  lng: number;
}

/** admin-0.tsv: one row per shape (Australia and its Ashmore and Cartier Islands are two), rounded to 6 decimals (about 0.1 m). */
export function admin0Table(points: CountryPoint[], header: string[]): string {
  const round = (x: number) => String(Math.round(x * 1e6) / 1e6);
  const rows = [...points]
    .sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name))
    .map((p) => [p.country, cell(p.name), round(p.lat), round(p.lng)]);
  return tsv(header, ADMIN0_COLUMNS, rows);
}
