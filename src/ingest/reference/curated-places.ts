/**
 * The two curated reference files, one line per place, keyed by municipality key:
 * - place-names-en.tsv: every place that Japan's reference does not list (foreign places
 *   and organisations): its English name, and where a gazetteer has it (`state`, `city`, `country`,
 *   `city:The Gazetteer's Name`, `state:Name#ISO-3166-2`, or `-` with the reason in `note`).
 * - jp-merged.tsv: Japanese municipalities merged away: the successor (named as the
 *   reference names it, in the same prefecture), the date and the official reading.
 */
import { join } from 'path';
import type { GazetteerKind } from './gazetteer';
import { failAt, readRows, type Row } from './reference-file';

const NAMES_FILE = 'place-names-en.tsv';
const MERGED_FILE = 'jp-merged.tsv';

export interface NameLine {
  row: Row;
  nameEn: string | null;
  /** Where to look in the gazetteer; null: nowhere (`note` says why). */
  match: { kind: GazetteerKind; name: string } | null;
  /** ISO 3166-1 alpha-2 of the territory the place lies in, when it is not its country's (NC for Nouméa). */
  within: string | null;
  note: string | null;
}

export interface MergedLine {
  row: Row;
  successor: string;
  date: string;
  reading: string;
  note: string | null;
}

function byKey<T extends { row: Row }>(rows: Row[], read: (row: Row) => T): Map<string, T> {
  const lines = new Map<string, T>();
  for (const row of rows) {
    const key = row.cells.key;
    if (!key) failAt(row, 'no key');
    if (lines.has(key)) failAt(row, `${key} is also on line ${lines.get(key)!.row.line}`);
    lines.set(key, read(row));
  }
  return lines;
}

function readNameLine(row: Row): NameLine {
  const { nameEn, match, within, note } = row.cells;
  const m = /^(country|state|city)(?::(.+))?$/.exec(match);
  if (match !== '-' && !m) failAt(row, `match "${match}" is not country, state or city (optionally :NAME or :NAME#CODE), or -`);
  if (!nameEn && !note) failAt(row, 'a place without an English name needs the reason in note');
  if (m && !m[2] && !nameEn) failAt(row, `match "${match}" looks up the English name, and there is none`);
  if (within && !/^[A-Z]{2}$/.test(within)) failAt(row, `within "${within}" is not an ISO 3166-1 alpha-2 code`);
  return {
    row,
    nameEn: nameEn || null,
    match: m ? { kind: m[1] as GazetteerKind, name: m[2] ?? nameEn } : null,
    within: within || null,
    note: note || null,
  };
}

function readMergedLine(row: Row): MergedLine {
  const { successor, date, reading, note } = row.cells;
  if (!successor) failAt(row, 'no successor');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) failAt(row, `date "${date}" is not YYYY-MM-DD`);
  if (!reading) failAt(row, 'no reading');
  return { row, successor, date, reading, note: note || null };
}

/** The curated reference files of `dir` (seeds/reference), by municipality key. */
export function readCuratedPlaces(dir: string): { names: Map<string, NameLine>; merged: Map<string, MergedLine> } {
  return {
    names: byKey(readRows(join(dir, NAMES_FILE), '\t', ['key', 'nameEn', 'match', 'within', 'note']), readNameLine),
    merged: byKey(readRows(join(dir, MERGED_FILE), '\t', ['key', 'successor', 'date', 'reading', 'note']), readMergedLine),
  };
}
