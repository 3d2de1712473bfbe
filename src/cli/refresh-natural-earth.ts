/**
 * `npm run reference:natural-earth -- --admin1 PATH`: rewrite seeds/reference/natural-earth/
 * from Natural Earth's 1:10m admin-1 table (PATH: the natural-earth-vector repository's
 * geojson/ne_10m_admin_1_states_provinces.geojson, or the shapefile's attribute table as CSV
 * or TSV) and world-atlas's admin-0 shapes, for the countries of seeds/reference/place-names-en.tsv.
 * Run by hand when refreshing the reference data (no network; the ingest only reads the result).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { parseArgs } from 'util';
import { geoCentroid } from 'd3-geo';
import { inProject } from '../project-root';
import { shapesOf } from '../ingest/reference/country-shapes';
import { readCuratedPlaces } from '../ingest/reference/curated-places';
import { admin0Table, admin1Table, readAdmin1Source, type CountryPoint } from '../ingest/reference/natural-earth-extract';
import { ADMIN0_FILE, ADMIN1_FILE, NATURAL_EARTH_DIR } from '../ingest/reference/natural-earth';

/**
 * The foreign countries and territories the curated names file has places in (Japan is
 * localgovjp's), and those of its lines that match a whole territory (`country`).
 */
function countriesOfNames(referenceDir: string): { all: Set<string>; whole: Set<string> } {
  const all = new Set<string>();
  const whole = new Set<string>();
  for (const [key, line] of readCuratedPlaces(referenceDir).names) {
    const country = line.within ?? key.split('/')[0];
    if (country !== 'JP') all.add(country);
    if (key.split('/')[0] !== 'JP') all.add(key.split('/')[0]);
    if (line.match?.kind === 'country') whole.add(country);
  }
  return { all, whole };
}

/** The spherical centroid of each Natural Earth shape of each country. */
function countryPoints(countries: Set<string>): CountryPoint[] {
  return [...countries].flatMap((country) => {
    const shapes = shapesOf(country);
    if (shapes.length === 0) throw new Error(`world-atlas has no shape for ${country}`);
    return shapes.map((shape) => {
      const [lng, lat] = geoCentroid(shape);
      return { country, name: shape.properties.name, lat, lng };
    });
  });
}

/** Run the refresh; returns the summary line. */
export function refreshNaturalEarth(argv: string[]): string {
  const { values } = parseArgs({
    args: argv,
    options: { admin1: { type: 'string' }, reference: { type: 'string', default: inProject('seeds/reference') } },
  });
  if (!values.admin1) throw new Error('--admin1 PATH is required (ne_10m_admin_1_states_provinces.geojson, .csv or .tsv)');
  const referenceDir = values.reference;
  const { all: countries, whole } = countriesOfNames(referenceDir);
  const atlas = (JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')) as { version: string }).version;
  const admin1 = admin1Table(readAdmin1Source(values.admin1), countries, [
    'Natural Earth 1:10m Admin 1 - States, Provinces (public domain): every region of the countries that',
    "place-names-en.tsv has places in. latitude, longitude: Natural Earth's own label point of the region.",
    'Written by npm run reference:natural-earth; source, version and licence in seeds/reference/README.md.',
  ]);
  // Only the territories a line matches as a whole: the centroid of a country with overseas parts (France) lies at sea.
  const admin0 = admin0Table(countryPoints(whole), [
    `The territories place-names-en.tsv matches as a whole: Natural Earth 1:10m admin-0 shapes (world-atlas ${atlas},`,
    "public domain). latitude, longitude: the shape's spherical centroid (d3-geo geoCentroid).",
    'Written by npm run reference:natural-earth; source, version and licence in seeds/reference/README.md.',
  ]);
  const out = join(referenceDir, NATURAL_EARTH_DIR);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, ADMIN1_FILE), admin1.text);
  writeFileSync(join(out, ADMIN0_FILE), admin0);
  return `wrote ${join(out, ADMIN1_FILE)} (${admin1.rows} regions) and ${ADMIN0_FILE} (${whole.size} ${whole.size === 1 ? 'territory' : 'territories'}); record the source's commit and date in seeds/reference/README.md, then run npm run ingest`;
}

if (require.main === module) {
  try {
    console.log(refreshNaturalEarth(process.argv.slice(2)));
  } catch (e) {
    console.error(`reference:natural-earth failed: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
