/** Loading into a real SQLite file: once, in one transaction, refusing bad data untouched. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createHash } from 'crypto';
import { loadDatasetIfEmpty, replaceDataset, DEFAULT_DATASET } from '../../src/db/load-dataset';
import { openOrm, type Orm } from '../../src/db/orm';
import type { Dataset } from '../../src/records/records';
import { freshDatabase, type TestDatabase } from '../database';

const TABLES = ['country', 'municipality', 'agreement', 'agreement_party', 'category', 'listing', 'activity', 'contact', 'dataset_meta'];

async function counts(orm: Orm): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const t of TABLES) {
    const [row] = await orm.em.fork().getConnection().execute(`select count(*) as n from ${t}`);
    result[t] = Number(row.n);
  }
  return result;
}

/** A checksum of the data itself (every agreement, party and listing), to see that nothing changed. */
async function checksum(orm: Orm): Promise<string> {
  const conn = orm.em.fork().getConnection();
  const rows = [
    ...(await conn.execute('select key, title, signed_iso, background from agreement order by key')),
    ...(await conn.execute(
      'select a.key, m.key as municipality, p.side from agreement_party p join agreement a on a.pk = p.agreement_pk join municipality m on m.pk = p.municipality_pk order by a.key, p.position',
    )),
    ...(await conn.execute('select key, number, relisted from listing order by key')),
  ];
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

describe('loading the dataset', () => {
  let dir: string;
  let db: TestDatabase;
  let orm: Orm;
  const original = JSON.parse(readFileSync(DEFAULT_DATASET, 'utf8')) as Dataset;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'teikei-load-'));
    db = await freshDatabase();
    orm = await openOrm(db.url);
  });
  afterEach(async () => {
    await orm.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads everything once; a second start loads nothing', async () => {
    expect(await loadDatasetIfEmpty(orm)).toEqual({ loaded: true, agreements: 171, listings: 175 });
    const after = await counts(orm);
    expect(after).toMatchObject({ agreement: 171, listing: 175, category: 9, dataset_meta: 1 });
    const again = await loadDatasetIfEmpty(orm);
    expect(again.loaded).toBe(false);
    expect(await counts(orm)).toEqual(after);
  });

  it('refuses a record with a broken reference, naming it and its line, and writes nothing', async () => {
    const bad = structuredClone(original);
    bad.agreements[3].parties[1].municipality = 'XX/nowhere';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    await expect(loadDatasetIfEmpty(orm, file)).rejects.toThrow(
      `agreement ${bad.agreements[3].key} (004_e59d51f378d5a747.txt line ${bad.agreements[3].source.line}): party "XX/nowhere" is not a listed municipality`,
    );
    expect(Object.values(await counts(orm)).every((n) => n === 0)).toBe(true);
  });

  it('refuses a truncated file and a duplicate listing number', async () => {
    const truncated = join(dir, 'truncated.json');
    writeFileSync(truncated, readFileSync(DEFAULT_DATASET, 'utf8').slice(0, 5000));
    await expect(loadDatasetIfEmpty(orm, truncated)).rejects.toThrow(/truncated\.json is not valid JSON/);
    const dup = structuredClone(original);
    dup.listings[1].number = dup.listings[0].number;
    const file = join(dir, 'dup.json');
    writeFileSync(file, JSON.stringify(dup));
    await expect(loadDatasetIfEmpty(orm, file)).rejects.toThrow(/number 1 is used twice in category 1/);
    expect((await counts(orm)).agreement).toBe(0);
  });

  it('rolls back when the database refuses a row half-way, leaving the data as it was', async () => {
    const bad = structuredClone(original);
    // Validation does not look at activity texts; the database's NOT NULL refuses it after 100 agreements were inserted.
    Object.assign(bad.agreements[100], { activities: [{ text: null, period: null }] });
    const file = join(dir, 'insert-fails.json');
    writeFileSync(file, JSON.stringify(bad));
    await expect(loadDatasetIfEmpty(orm, file)).rejects.toThrow();
    expect(Object.values(await counts(orm)).every((n) => n === 0)).toBe(true);
  });

  it('replaces the data in one transaction; a bad file leaves it exactly as it was', async () => {
    await loadDatasetIfEmpty(orm);
    const [before, sum] = [await counts(orm), await checksum(orm)];
    const bad = structuredClone(original);
    Object.assign(bad.agreements[100], { activities: [{ text: null, period: null }] }); // refused by the database half-way
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    await expect(replaceDataset(orm, file)).rejects.toThrow();
    const invalid = structuredClone(original);
    invalid.listings[3].category = 42; // refused by validation, before anything is written
    writeFileSync(file, JSON.stringify(invalid));
    await expect(replaceDataset(orm, file)).rejects.toThrow(/category 42 is not listed/);
    expect(await counts(orm)).toEqual(before);
    expect(await checksum(orm)).toBe(sum);
    // A good file replaces it: one agreement fewer.
    const smaller = structuredClone(original);
    const dropped = smaller.agreements.pop()!;
    smaller.listings = smaller.listings.filter((l) => l.agreement !== dropped.key);
    writeFileSync(file, JSON.stringify(smaller));
    expect(await replaceDataset(orm, file)).toMatchObject({ loaded: true, agreements: 170 });
    expect((await counts(orm)).agreement).toBe(170);
    expect(await checksum(orm)).not.toBe(sum);
  });
});
