/**
 * Every foreign-key column has an index that starts with it, on the database the suite runs
 * against (SQLite, or PostgreSQL with TEST_DATABASE_URL): loaders read children by their
 * parent's key, and PostgreSQL, unlike SQLite, does not index foreign keys by itself.
 */
import { openOrm, isPostgres, type Orm } from '../../src/db/orm';
import { freshDatabase, type TestDatabase } from '../database';

interface ForeignKey {
  table: string;
  column: string;
}

/** Foreign-key columns, and the columns that lead an index, as the database's catalog tells. */
async function catalog(orm: Orm): Promise<{ foreignKeys: ForeignKey[]; indexed: Set<string> }> {
  const conn = orm.em.getConnection();
  if (isPostgres(orm.em)) {
    const foreignKeys = await conn.execute<ForeignKey[]>(
      `select c.conrelid::regclass::text as "table", a.attname as "column"
         from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
        where c.contype = 'f' and c.connamespace = 'public'::regnamespace`,
    );
    const leading = await conn.execute<ForeignKey[]>(
      `select i.indrelid::regclass::text as "table", a.attname as "column"
         from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
         join pg_class t on t.oid = i.indrelid
        where t.relnamespace = 'public'::regnamespace`,
    );
    return { foreignKeys, indexed: new Set(leading.map((l) => `${l.table}.${l.column}`)) };
  }
  const tables = await conn.execute<Array<{ name: string }>>(
    `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like '%virtual table%'`,
  );
  const foreignKeys: ForeignKey[] = [];
  const indexed = new Set<string>();
  for (const { name } of tables) {
    for (const fk of await conn.execute<Array<{ from: string }>>(`pragma foreign_key_list(\`${name}\`)`)) {
      foreignKeys.push({ table: name, column: fk.from });
    }
    for (const index of await conn.execute<Array<{ name: string }>>(`pragma index_list(\`${name}\`)`)) {
      const [first] = await conn.execute<Array<{ name: string }>>(`pragma index_info(\`${index.name}\`)`);
      if (first) indexed.add(`${name}.${first.name}`);
    }
  }
  return { foreignKeys, indexed };
}

let db: TestDatabase;
let orm: Orm;

beforeAll(async () => {
  db = await freshDatabase();
  orm = await openOrm(db.url);
});

afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

it('indexes every foreign-key column (the first column of some index)', async () => {
  const { foreignKeys, indexed } = await catalog(orm);
  // The schema's foreign keys are there to be checked: the loaders' parent columns among them.
  expect(foreignKeys.map((fk) => `${fk.table}.${fk.column}`)).toEqual(
    expect.arrayContaining([
      'agreement_party.agreement_pk',
      'agreement_party.municipality_pk',
      'activity.agreement_pk',
      'contact.agreement_pk',
      'contact.municipality_pk',
      'listing.agreement_pk',
      'listing.category_code',
      'municipality.parent_pk',
      'municipality.successor_pk',
      'municipality.country_code',
    ]),
  );
  expect(foreignKeys.filter((fk) => !indexed.has(`${fk.table}.${fk.column}`))).toEqual([]);
});
