/**
 * The ORM set up from `DATABASE_URL`: unset → the embedded SQLite file
 * `data/teikei.sqlite`; `sqlite:PATH` → that file (`sqlite::memory:` for tests).
 */
import 'reflect-metadata';
import { mkdirSync } from 'fs';
import { dirname, resolve } from 'path';
import { MikroORM } from '@mikro-orm/sqlite';
import { ENTITIES } from './entities';
import { StatementCountingLogger } from './statement-counter';

export const DEFAULT_DATABASE_FILE = 'data/teikei.sqlite';

/** The SQLite file a DATABASE_URL names; throws a clear error for what is not supported. */
export function sqliteFileOf(databaseUrl: string | undefined): string {
  if (!databaseUrl) return resolve(DEFAULT_DATABASE_FILE);
  if (databaseUrl === 'sqlite::memory:') return ':memory:';
  if (databaseUrl.startsWith('sqlite:')) return resolve(databaseUrl.slice('sqlite:'.length));
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL: PostgreSQL is not supported by this version yet; use sqlite:PATH or leave it unset.');
  }
  throw new Error(`DATABASE_URL "${databaseUrl}" is neither sqlite:PATH nor postgresql://…`);
}

/** Open the database and create the schema if it is missing. */
export async function openOrm(databaseUrl = process.env.DATABASE_URL): Promise<MikroORM> {
  const dbName = sqliteFileOf(databaseUrl);
  if (dbName !== ':memory:') mkdirSync(dirname(dbName), { recursive: true });
  const orm = await MikroORM.init({
    dbName,
    entities: ENTITIES,
    allowGlobalContext: false,
    loggerFactory: (options) => new StatementCountingLogger(options),
    debug: process.env.DEBUG_SQL === '1',
    discovery: { warnWhenNoEntities: true },
    // The full-text index is an FTS5 virtual table the ORM does not manage (src/modules/search).
    schemaGenerator: { skipTables: [/^search_index/] },
  });
  await orm.schema.ensureDatabase();
  await orm.schema.updateSchema({ safe: true });
  return orm;
}
