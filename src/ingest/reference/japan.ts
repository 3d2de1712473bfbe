/**
 * Japan's local governments from code4fukui/localgovjp (CC0; seeds/reference/localgovjp):
 * prefectures (prefjp-utf8.csv) and municipalities (localgovjp-utf8.csv) with their
 * 全国地方公共団体コード, kana reading, town-hall coordinates and homepage. Reading checks
 * the files as the survey is checked: a code without a valid check digit, a code or a
 * name listed twice, a coordinate outside Japan stops the ingest naming file and line.
 */
import { join } from 'path';
import type { GeoPoint } from '../../records/records';
import { insideCountry } from './country-shapes';
import { isValidLocalGovCode } from './local-gov-code';
import { failAt, readRows, type Row } from './reference-file';

/** One local government as the reference lists it. */
export interface LocalGov {
  row: Row;
  /** Path below Japan, as in a municipality key: 北海道, 北海道/札幌市, 大阪府/大阪市/北区. */
  path: string;
  name: string;
  code: string;
  reading: string;
  location: GeoPoint;
  homepage: string | null;
  /** The English name the reference gives (prefectures only: Hokkaido, Tokyo). */
  nameEn: string | null;
}

const PREFECTURES_FILE = 'prefjp-utf8.csv';
const MUNICIPALITIES_FILE = 'localgovjp-utf8.csv';

function point(row: Row): GeoPoint {
  const location = { lat: Number(row.cells.lat), lng: Number(row.cells.lng) };
  if (!Number.isFinite(location.lat) || !Number.isFinite(location.lng))
    failAt(row, `lat/lng "${row.cells.lat}", "${row.cells.lng}" are not numbers`);
  if (!insideCountry(location, 'JP')) failAt(row, `${location.lat}, ${location.lng} is not in Japan`);
  return location;
}

function code(row: Row): string {
  // prefjp writes the prefectures' codes without the leading zero (10006 for 010006).
  const value = row.cells.lgcode.padStart(6, '0');
  if (!isValidLocalGovCode(value)) failAt(row, `lgcode "${row.cells.lgcode}" is not six digits with a valid check digit`);
  return value;
}

/** Every local government of Japan by path (北海道/札幌市); throws naming file and line for a wrong row. */
export function readLocalGovs(dir: string): Map<string, LocalGov> {
  const byPath = new Map<string, LocalGov>();
  const byCode = new Map<string, Row>();
  const add = (gov: LocalGov) => {
    const other = byCode.get(gov.code);
    if (other) failAt(gov.row, `code ${gov.code} is also on line ${other.line}`);
    if (byPath.has(gov.path)) failAt(gov.row, `${gov.path} is also on line ${byPath.get(gov.path)!.row.line}`);
    byCode.set(gov.code, gov.row);
    byPath.set(gov.path, gov);
  };
  for (const row of readRows(join(dir, PREFECTURES_FILE), ',', ['pref', 'prefkana', 'pref_en', 'url', 'lgcode', 'lat', 'lng'])) {
    const c = row.cells;
    add({
      row,
      path: c.pref,
      name: c.pref,
      code: code(row),
      reading: c.prefkana,
      location: point(row),
      homepage: c.url || null,
      nameEn: c.pref_en,
    });
  }
  for (const row of readRows(join(dir, MUNICIPALITIES_FILE), ',', ['pref', 'city', 'citykana', 'lat', 'lng', 'url', 'lgcode'])) {
    const c = row.cells;
    // A designated city's ward is written "札幌市 中央区", its reading "さっぽろし ちゅうおうく".
    const levels = c.city.split(/\s+/);
    const readings = c.citykana.split(/\s+/);
    if (levels.length !== readings.length) failAt(row, `"${c.city}" and its reading "${c.citykana}" have different numbers of parts`);
    add({
      row,
      path: [c.pref, ...levels].join('/'),
      name: levels[levels.length - 1],
      code: code(row),
      reading: readings[readings.length - 1],
      location: point(row),
      homepage: c.url || null,
      nameEn: null,
    });
  }
  return byPath;
}
