/**
 * Natural Earth as vendored in seeds/reference/natural-earth/ (public domain): the first-level
 * regions (states, provinces, oblasts, 道, départements …) of every country the curated names
 * file has places in, with Natural Earth's label point, and each country's shape centroid.
 * A row whose point is not a number or lies outside its country stops the ingest naming file and line.
 */
import { join } from 'path';
import type { GeoPoint } from '../../records/records';
import { insideCountry } from './country-shapes';
import { ADMIN0_COLUMNS, ADMIN1_COLUMNS } from './natural-earth-extract';
import { failAt, readRows, type Row } from './reference-file';

export const NATURAL_EARTH_DIR = 'natural-earth';
export const ADMIN1_FILE = 'admin-1.tsv';
export const ADMIN0_FILE = 'admin-0.tsv';

/** One region (admin-1) of Natural Earth. */
interface Region {
  row: Row;
  /** ISO 3166-1 alpha-2 of its country. */
  country: string;
  /** Natural Earth's name ("Gyeonggi", "Bayern"). */
  name: string;
  /** Every name it goes by in Natural Earth: name, name_en and each alternate name (name_alt). */
  names: string[];
  /** ISO 3166-2 (US-WA), by which a curated line may tell two regions of one name apart. */
  iso31662: string;
  /** GeoNames' first-order division code (KR.13 → 13): the cities of the region in GeoNames carry it. */
  geoNamesAdmin1: string | null;
  location: GeoPoint;
}

/** One country or territory shape: its centroid. */
interface Territory {
  row: Row;
  country: string;
  name: string;
  location: GeoPoint;
}

export interface NaturalEarth {
  regions: Region[];
  territories: Territory[];
}

function point(row: Row, country: string): GeoPoint {
  const location = { lat: Number(row.cells.latitude), lng: Number(row.cells.longitude) };
  if (!Number.isFinite(location.lat) || !Number.isFinite(location.lng) || Math.abs(location.lat) > 90 || Math.abs(location.lng) > 180)
    failAt(row, `latitude/longitude "${row.cells.latitude}", "${row.cells.longitude}" are not a point`);
  if (!insideCountry(location, country)) failAt(row, `${location.lat}, ${location.lng} is not in ${country}`);
  return location;
}

function country(row: Row): string {
  const code = row.cells.iso_a2;
  if (!/^[A-Z]{2}$/.test(code)) failAt(row, `iso_a2 "${code}" is not an ISO 3166-1 alpha-2 code`);
  return code;
}

function region(row: Row): Region {
  const { name, name_en: nameEn, name_alt: alt, iso_3166_2: iso, gn_a1_code: gn } = row.cells;
  if (!name) failAt(row, 'no name');
  const code = country(row);
  const names = [...new Set([name, nameEn, ...alt.split('|')].map((n) => n.trim().normalize('NFC')).filter(Boolean))];
  return { row, country: code, name, names, iso31662: iso, geoNamesAdmin1: gn.split('.')[1] || null, location: point(row, code) };
}

function territory(row: Row): Territory {
  if (!row.cells.name) failAt(row, 'no name');
  const code = country(row);
  return { row, country: code, name: row.cells.name.normalize('NFC'), location: point(row, code) };
}

/** Read and check seeds/reference/natural-earth/ (`dir`: seeds/reference). */
export function readNaturalEarth(dir: string): NaturalEarth {
  const folder = join(dir, NATURAL_EARTH_DIR);
  return {
    regions: readRows(join(folder, ADMIN1_FILE), '\t', ADMIN1_COLUMNS).map(region),
    territories: readRows(join(folder, ADMIN0_FILE), '\t', ADMIN0_COLUMNS).map(territory),
  };
}
