/**
 * #14: CSV exports neutralise formula injection. A crafted dataset whose places and agreement
 * carry formulas in their names and title (=HYPERLINK(…), +1, -2+3, @SUM, a leading tab or
 * carriage return) is loaded by the normal loader and exported through /export/network.csv
 * and /export/nodes.csv: every such text cell comes back with an apostrophe in front, and the
 * number columns (a negative longitude among them) stay plain numbers.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parse } from 'csv-parse/sync';
import { DEFAULT_DATASET } from '../../src/db/load-dataset';
import type { Dataset } from '../../src/records/records';
import { startTestServer, type TestServer } from '../utils';

const CRAFTED = {
  'CN/大連市': { fullName: '=HYPERLINK("http://example.com/?leak","click")', name: '+1', nameEn: '@SUM(A1:A9)' },
  'US/オレゴン州/ポートランド市': { fullName: '\tcmd', name: '-2+3', nameEn: '\r=1' },
};
const TITLE = "=cmd|' /C calc'!A0";
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_COLUMNS = [
  'weight',
  'start',
  'lat',
  'lng',
  'year',
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'pagerank',
  'community',
];

let dir: string;
let server: TestServer;
let craftedAgreement: string;

beforeAll(async () => {
  const data = JSON.parse(readFileSync(DEFAULT_DATASET, 'utf8')) as Dataset;
  for (const m of data.municipalities) {
    const crafted = CRAFTED[m.key as keyof typeof CRAFTED];
    if (!crafted) continue;
    m.fullName = crafted.fullName;
    m.name = crafted.name;
    m.reference!.nameEn = crafted.nameEn;
  }
  const agreement = data.agreements.find((a) => a.parties.some((p) => p.municipality === 'CN/大連市'))!;
  agreement.title = TITLE;
  craftedAgreement = agreement.key;
  dir = mkdtempSync(join(tmpdir(), 'teikei-csv-injection-'));
  const file = join(dir, 'crafted.json');
  writeFileSync(file, JSON.stringify(data));
  server = await startTestServer({ dataset: file });
});

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function exported(file: string, query = ''): Promise<{ raw: string; rows: Array<Record<string, string>> }> {
  const res = await server.fetch(`/export/${file}${query}`);
  expect(res.status).toBe(200);
  const rows = parse<Record<string, string>>(res.text, { comment: '#', comment_no_infix: true, columns: true });
  return { raw: res.text, rows };
}

/** No text cell starts a formula; every number cell is a number. */
function expectSafe(rows: Array<Record<string, string>>) {
  for (const row of rows)
    for (const [column, cell] of Object.entries(row)) {
      if (NUMBER_COLUMNS.includes(column)) {
        if (cell !== '') expect([column, cell, Number.isFinite(Number(cell))]).toEqual([column, cell, true]);
      } else expect([column, cell, FORMULA_START.test(cell)]).toEqual([column, cell, false]);
    }
}

it('nodes.csv writes the crafted names as text and the coordinates as numbers', async () => {
  const { raw, rows } = await exported('nodes.csv');
  expect(raw).toMatch(/^# Text cells that begin with = \+ - @ tab or carriage return start with an apostrophe/m);
  const dalian = rows.find((r) => r.id === 'CN/大連市')!;
  expect(dalian).toMatchObject({ label: `'${CRAFTED['CN/大連市'].fullName}`, name: "'+1", nameEn: "'@SUM(A1:A9)" });
  const portland = rows.find((r) => r.id === 'US/オレゴン州/ポートランド市')!;
  expect(portland).toMatchObject({ label: "'\tcmd", name: "'-2+3", nameEn: "'\r=1" });
  expect(Number(portland.lng)).toBeCloseTo(-122.68, 1);
  // In the file itself: the crafted cells quoted with the apostrophe inside, the longitude a bare negative number.
  const line = raw.split('\r\n').find((l) => l.startsWith('US/オレゴン州/ポートランド市,'))!;
  expect(line).toContain(`,"'\tcmd",MUNICIPALITY,"'-2+3",LOCALITY,US,,"'\r=1",`);
  expect(line).toMatch(/,45\.\d+,-122\.\d+,/);
  expectSafe(rows);
});

it('network.csv writes the crafted labels of both ends as text', async () => {
  const { rows } = await exported('network.csv');
  const edges = rows.filter((r) => r.source === 'CN/大連市' || r.target === 'CN/大連市');
  expect(edges.length).toBeGreaterThan(0);
  for (const e of edges) expect(e.source === 'CN/大連市' ? e.source_label : e.target_label).toBe(`'${CRAFTED['CN/大連市'].fullName}`);
  expect(rows.some((r) => r.source_label === "'\tcmd" || r.target_label === "'\tcmd")).toBe(true);
  expectSafe(rows);
});

it('the bipartite node list writes a crafted agreement title as text', async () => {
  const { rows } = await exported('nodes.csv', '?projection=BIPARTITE');
  const agreement = rows.find((r) => r.id === craftedAgreement)!;
  expect(agreement).toMatchObject({ nodeKind: 'AGREEMENT', label: `'${TITLE}`, name: `'${TITLE}` });
  expectSafe(rows);
});
