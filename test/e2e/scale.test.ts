/**
 * Statements per request do not grow with the data: every example runs the same number of
 * SQL statements over the real data and over synthetic data five times as large (loaded
 * by the normal loader), while its answers do grow.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DEFAULT_DATASET } from '../../src/db/load-dataset';
import type { Dataset } from '../../src/records/records';
import { synthesize } from '../../src/synth/synthesize';
import { EXAMPLES } from '../examples';
import { startTestServer, type TestServer } from '../utils';

const SCALE = 5;
let dir: string;
let real: TestServer;
let large: TestServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'teikei-scale-'));
  const file = join(dir, `synth-${SCALE}.json`);
  writeFileSync(file, JSON.stringify(synthesize(JSON.parse(readFileSync(DEFAULT_DATASET, 'utf8')) as Dataset, { scale: SCALE })));
  const limits = { maxCost: 10_000_000 };
  [real, large] = await Promise.all([
    startTestServer({ exposeSqlCount: true, limits }),
    startTestServer({ exposeSqlCount: true, dataset: file, limits }),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all([real?.stop(), large?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

it.each(EXAMPLES.map((e) => [e.file, e] as const))('%s runs as many statements over 1× and 5× the data', async (_file, example) => {
  const [a, b] = [await real.query(example.query, example.variables), await large.query(example.query, example.variables)];
  expect(a.errors ?? b.errors).toBeUndefined();
  expect(b.extensions!.sqlStatements).toBe(a.extensions!.sqlStatements);
});

it('finds five times the agreements at 5× the data', async () => {
  const query =
    '{ agreements(filter: { prefecture: "北海道", multilateral: true }, first: 1) { totalCount } stats { totals { agreements } } }';
  type Counts = { agreements: { totalCount: number }; stats: { totals: { agreements: number } } };
  const [a, b] = [await real.query<Counts>(query), await large.query<Counts>(query)];
  expect(b.data!.agreements.totalCount).toBe(SCALE * a.data!.agreements.totalCount);
  expect(b.data!.stats.totals.agreements).toBe(SCALE * a.data!.stats.totals.agreements);
});
