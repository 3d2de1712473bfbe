/**
 * A database the server created needs no schema change when it starts again: the schema
 * generator reads back exactly what it wrote (on SQLite, a difference rebuilds a whole table at
 * every start; MikroORM 6.6 misread a check constraint of three or more values and did so).
 */
import { openOrm } from '../../src/db/orm';
import { freshDatabase, type TestDatabase } from '../database';

let db: TestDatabase;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db.drop();
});

it('has nothing to update after it was created', async () => {
  const orm = await openOrm(db.url);
  try {
    expect(await orm.schema.getUpdateSchemaSQL({ safe: true, wrap: false })).toBe('');
  } finally {
    await orm.close();
  }
});
