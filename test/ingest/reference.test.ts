/** The reference files are checked like the survey: what does not fit stops the ingest, naming file and line. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { enrichPlaces, readReference } from '../../src/ingest/reference/enrich-places';
import { lookUp } from '../../src/ingest/reference/gazetteer';
import { insideCountry } from '../../src/ingest/reference/country-shapes';
import { defaultPaths } from '../../src/ingest/run-ingest';
import type { Dataset, MunicipalityRecord } from '../../src/records/records';

const paths = defaultPaths();
const dataset = JSON.parse(readFileSync(paths.output, 'utf8')) as Dataset;
/** The records as the registry makes them, before the reference step. */
const records: MunicipalityRecord[] = dataset.municipalities.map(({ reference: _, ...m }) => m);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'teikei-reference-'));
  cpSync(paths.reference, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Replace the first line of `file` that contains `find` (1-based line number returned). */
function edit(file: string, find: string, replace: (line: string) => string): number {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(find));
  if (i < 0) throw new Error(`${find} not in ${file}`);
  lines[i] = replace(lines[i]);
  writeFileSync(join(dir, file), lines.join('\n'));
  return i + 1;
}
const run = () => enrichPlaces(records, readReference(dir));

describe('the reference step', () => {
  it('reproduces the checked-in dataset', () => {
    expect(enrichPlaces(records, readReference(paths.reference))).toEqual(dataset.municipalities);
  });

  it('stops on a wrong check digit', () => {
    const line = edit('localgovjp/localgovjp-utf8.csv', ',札幌市,', (l) => l.replace(/011002$/, '011003'));
    expect(run).toThrow(new RegExp(`localgovjp-utf8\\.csv line ${line}: lgcode "011003" is not six digits with a valid check digit`));
  });

  it('stops on a code listed twice', () => {
    const line = edit('localgovjp/localgovjp-utf8.csv', ',函館市,', (l) => l.replace(/\d{6}$/, '011002'));
    expect(run).toThrow(new RegExp(`localgovjp-utf8\\.csv line ${line}: code 011002 is also on line 2`));
  });

  it('stops on a town hall outside Japan', () => {
    const line = edit('localgovjp/localgovjp-utf8.csv', ',青森市,', (l) => l.replace(/,40\.\d+,140\.\d+,/, ',37.57,126.98,'));
    expect(run).toThrow(new RegExp(`localgovjp-utf8\\.csv line ${line}: 37\\.57, 126\\.98 is not in Japan`));
  });

  it('stops on a place of the survey with no reference entry and no reason', () => {
    edit('localgovjp/localgovjp-utf8.csv', ',三戸町,', () => '');
    expect(run).toThrow(/JP\/青森県\/三戸町 \(青森県三戸町\) is not in localgovjp, nor in jp-merged\.tsv/);
  });

  it('stops on a foreign place without a line', () => {
    edit('place-names-en.tsv', 'CN/大連市\t', () => '');
    expect(run).toThrow(/CN\/大連市 \(大連市\) is not in place-names-en\.tsv/);
  });

  it('stops on a curated line whose key the data no longer has (a place merged or renamed)', () => {
    const line = edit('place-names-en.tsv', 'RU/沿海地方/ウラジオストク市\t', (l) =>
      l.replace('RU/沿海地方/ウラジオストク市', 'RU/沿海地方/浦塩市'),
    );
    expect(run).toThrow(new RegExp(`place-names-en\\.tsv line ${line}: no place has the key RU/沿海地方/浦塩市`));
  });

  it('stops on a gazetteer match that is not unique, or that lies outside its country', () => {
    // 大連市 has no parent to narrow by: two GeoNames places of the name in China is two too many.
    const line = edit('place-names-en.tsv', 'CN/大連市\t', (l) => l.replace('\tcity\t', '\tcity:Suzhou\t'));
    expect(run).toThrow(
      new RegExp(
        `place-names-en\\.tsv line ${line}: GeoNames \\(cities\\.json\\) has 2 places named "Suzhou" in CN \\(Suzhou \\[01\\]: [\\d.]+, [\\d.]+; Suzhou \\[04\\]`,
      ),
    );
    edit('place-names-en.tsv', 'CN/大連市\t', (l) => l.replace('city:Suzhou', 'city'));
    // Portland is narrowed to its parent, Oregon (GeoNames division OR): in Hawaii (HI) there is none.
    edit('natural-earth/admin-1.tsv', '\tUS-OR\t', (l) => l.replace('\tUS.OR\t', '\tUS.HI\t'));
    const portland = edit('place-names-en.tsv', 'US/オレゴン州/ポートランド市\t', (l) => l);
    expect(run).toThrow(
      new RegExp(
        `place-names-en\\.tsv line ${portland}: GeoNames \\(cities\\.json\\) has 0 places named "Portland" in US \\(GeoNames division HI, the parent's\\)`,
      ),
    );
    edit('natural-earth/admin-1.tsv', '\tUS-OR\t', (l) => l.replace('\tUS.HI\t', '\tUS.OR\t'));
    // Natural Earth gives two regions the English name Washington (the state and the District of Columbia).
    const washington = edit('place-names-en.tsv', 'US/ワシントン州\t', (l) => l.replace('state:Washington#US-WA', 'state'));
    expect(run).toThrow(
      new RegExp(`place-names-en\\.tsv line ${washington}: Natural Earth \\(admin-1\\) has 2 regions named "Washington" in US`),
    );
    edit('place-names-en.tsv', 'US/ワシントン州\t', (l) => l.replace('\tstate\t', '\tstate:Washington#US-WA\t'));
    // A region whose point lies in another country (Shandong's put on Seoul) stops the ingest at its row.
    const shandong = edit('natural-earth/admin-1.tsv', '\tCN-SD\t', (l) => l.replace(/\t[\d.]+\t[\d.]+$/, '\t37.57\t126.98'));
    expect(run).toThrow(new RegExp(`natural-earth/admin-1\\.tsv line ${shandong}: 37\\.57, 126\\.98 is not in CN`));
  });

  it('stops on a region without a name or with a point that is not a number', () => {
    const line = edit('natural-earth/admin-1.tsv', '\tCN-HN\t', (l) => l.replace(/\t27\.6667\t/, '\tnorth\t'));
    expect(run).toThrow(new RegExp(`natural-earth/admin-1\\.tsv line ${line}: latitude/longitude "north", "111\\.712" are not a point`));
  });

  it('stops on a merged municipality that is still in localgovjp', () => {
    const line = edit('jp-merged.tsv', 'JP/山梨県/高根町', (l) => l);
    edit('localgovjp/localgovjp-utf8.csv', ',北杜市,', (l) => `${l}\n19,山梨県,19999,高根町,たかねちょう,35.8,138.4,,,199991`);
    expect(run).toThrow(
      new RegExp(
        `jp-merged\\.tsv line ${line}: 高根町 is still in localgovjp \\(.*localgovjp-utf8\\.csv line \\d+\\): it was not merged away`,
      ),
    );
  });
});

describe('every gazetteer match', () => {
  it('is the only one of its name in its country (or its parent region) and lies inside the country', () => {
    const reference = readReference(paths.reference);
    const byKey = new Map(dataset.municipalities.map((m) => [m.key, m]));
    let matched = 0;
    for (const [key, line] of reference.names) {
      if (!line.match) continue;
      const m = byKey.get(key)!;
      const country = line.within ?? m.country;
      const candidates = lookUp(reference.naturalEarth, line.match.kind, country, line.match.name);
      const location = m.reference!.location!;
      const found = candidates.filter((c) => c.location.lat === location.lat && c.location.lng === location.lng);
      expect([key, found.length]).toEqual([key, 1]);
      // Several of that name in the country only where the parent's region tells them apart (Portland, Oregon).
      if (candidates.length > 1) expect([key, candidates.filter((c) => c.admin1 === found[0].admin1).length]).toEqual([key, 1]);
      expect([key, insideCountry(location, country)]).toEqual([key, true]);
      matched++;
    }
    expect(matched).toBeGreaterThan(150);
  });
});
