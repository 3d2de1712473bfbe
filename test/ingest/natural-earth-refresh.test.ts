/**
 * `npm run reference:natural-earth` (the compiled program, as a maintainer runs it): from a
 * Natural Earth admin-1 table it writes seeds/reference/natural-earth/ as checked in. Fed the
 * vendored table itself, as TSV or as GeoJSON with other countries and a nameless feature
 * mixed in, it reproduces both files byte for byte.
 */
import { spawnSync } from 'child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parse } from 'csv-parse/sync';
import { inProject } from '../../src/project-root';

const vendored = inProject('seeds/reference/natural-earth');
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'teikei-natural-earth-'));
  cpSync(inProject('seeds/reference'), join(dir, 'reference'), { recursive: true });
  rmSync(join(dir, 'reference/natural-earth'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function refresh(source: string) {
  return spawnSync(
    'node',
    [inProject('dist/src/cli/refresh-natural-earth.js'), '--admin1', source, '--reference', join(dir, 'reference')],
    {
      encoding: 'utf8',
    },
  );
}

it('rewrites the vendored files from a TSV table', () => {
  const source = join(dir, 'ne_10m_admin_1_states_provinces.tsv');
  writeFileSync(source, read(vendored, 'admin-1.tsv').replace(/^#.*\n/gm, ''));
  const run = refresh(source);
  expect(run.stderr).toBe('');
  expect(run.stdout).toMatch(/wrote .*admin-1\.tsv \(\d+ regions\) and admin-0\.tsv \(\d+ territor(y|ies)\)/);
  expect(read(join(dir, 'reference/natural-earth'), 'admin-1.tsv')).toBe(read(vendored, 'admin-1.tsv'));
  expect(read(join(dir, 'reference/natural-earth'), 'admin-0.tsv')).toBe(read(vendored, 'admin-0.tsv'));
});

it('reads the repository GeoJSON, whatever the case of its fields, and keeps only the countries of the data', () => {
  const rows = parse<Record<string, string>>(read(vendored, 'admin-1.tsv'), { columns: true, delimiter: '\t', comment: '#', quote: false });
  const features = [
    ...rows.map((r) => ({
      type: 'Feature',
      properties: {
        ...r,
        NAME_EN: r.name_en,
        name_en: undefined,
        latitude: Number(r.latitude),
        longitude: Number(r.longitude).toFixed(10),
        scalerank: 3,
      },
      geometry: null,
    })),
    { type: 'Feature', properties: { ...rows[0], iso_a2: 'AR', name: 'Salta', latitude: -25, longitude: -64.5 }, geometry: null },
    { type: 'Feature', properties: { ...rows[0], name: '', latitude: 0, longitude: 0 }, geometry: null },
  ];
  const source = join(dir, 'ne_10m_admin_1_states_provinces.geojson');
  writeFileSync(source, JSON.stringify({ type: 'FeatureCollection', features }));
  expect(refresh(source).status).toBe(0);
  expect(read(join(dir, 'reference/natural-earth'), 'admin-1.tsv')).toBe(read(vendored, 'admin-1.tsv'));
});

it('refuses a table that is not Natural Earth admin-1, or that lacks a country of the data', () => {
  const other = join(dir, 'places.csv');
  writeFileSync(other, 'name,lat,lng\nSalta,-25,-64.5\n');
  expect(refresh(other).stderr).toMatch(/not a Natural Earth admin-1 table \(1 records; missing iso_a2, adm1_code/);
  const source = join(dir, 'admin-1.tsv');
  writeFileSync(source, read(vendored, 'admin-1.tsv').replace(/^(#|NC\t).*\n/gm, ''));
  const run = refresh(source);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/Natural Earth has no regions for NC/);
});
