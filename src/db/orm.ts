/**
 * The ORM set up from `DATABASE_URL`: unset → the embedded SQLite file
 * `data/teikei.sqlite`; `sqlite:PATH` → that file (`sqlite::memory:` for tests);
 * `postgresql://…` → PostgreSQL, the scale-out path (stateless servers over one database).
 */
import 'reflect-metadata';
import { mkdirSync } from 'fs';
import { dirname, resolve } from 'path';
import { MikroORM, type EntityManager, type Options } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlDriver, PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { SqliteDriver } from '@mikro-orm/sqlite';
import { DEFAULT_CONFIG, type Config } from '../config';
import { inProject } from '../project-root';
import { ENTITIES } from './entities';
import { refuseIfCancelled, StatementCountingLogger } from './request-scope';

/** The ORM as the project uses it: an SQL driver with its EntityManager. */
export type Orm = MikroORM<SqliteDriver | PostgreSqlDriver, SqlEntityManager>;

const DEFAULT_DATABASE_FILE = inProject('data/teikei.sqlite');

/** Milliseconds an SQLite connection waits for a lock before it gives up. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;
/** Page cache of each SQLite connection, in KiB. */
const SQLITE_CACHE_KIB = 32 * 1024;

type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgresql'; url: string };

/** What a DATABASE_URL names; throws a clear error for anything else. */
function databaseTarget(databaseUrl: string | undefined): DatabaseTarget {
  if (!databaseUrl) return { kind: 'sqlite', file: DEFAULT_DATABASE_FILE };
  if (databaseUrl === 'sqlite::memory:') return { kind: 'sqlite', file: ':memory:' };
  if (databaseUrl.startsWith('sqlite:')) return { kind: 'sqlite', file: resolve(databaseUrl.slice('sqlite:'.length)) };
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return { kind: 'postgresql', url: databaseUrl };
  throw new Error(`DATABASE_URL "${databaseUrl}" is neither sqlite:PATH nor postgresql://user:password@host:port/database`);
}

/** True when the EntityManager talks to PostgreSQL (for the few statements written by hand). */
export function isPostgres(em: { getPlatform(): unknown }): boolean {
  return em.getPlatform() instanceof PostgreSqlPlatform;
}

type SqliteConnection = { run(sql: string, cb: (err: Error | null) => void): void };

/** How the ORM talks to its database (from the configuration). */
export type OrmSettings = Pick<Config, 'sqlitePoolSize' | 'debugSql'> & {
  /** On PostgreSQL, the longest a statement may run (a server: its request time-out), so that no request holds a connection past it. */
  statementTimeoutMs?: number;
};

/**
 * Open the database named by `databaseUrl` (see databaseTarget), create the schema if it is
 * missing, then run `setUp` (a data load, an index build, measurements) before anything is served.
 */
export async function openOrm(
  databaseUrl: string | undefined,
  settings: OrmSettings = DEFAULT_CONFIG,
  setUp: (orm: Orm) => Promise<void> = async () => undefined,
): Promise<Orm> {
  const target = databaseTarget(databaseUrl);
  const common: Options = {
    entities: ENTITIES,
    allowGlobalContext: false,
    loggerFactory: (options) => new StatementCountingLogger(options),
    onQuery: refuseIfCancelled,
    debug: settings.debugSql,
    discovery: { warnWhenNoEntities: true },
    // The full-text index is managed by src/modules/search, not by the ORM.
    schemaGenerator: { skipTables: [/^search_index/] },
  };
  const fail = (e: unknown) => (target.kind === 'sqlite' ? sqliteFileError(e as Error, target.file) : e);
  if (settings.statementTimeoutMs && target.kind === 'postgresql') {
    // Reading the catalogue, waiting for another server's schema lock, a load or a measurement may outlast
    // a request's time-out: set-up runs on connections without one, and serving on connections with it.
    await withOrm(await initOrm(target, common, { ...settings, statementTimeoutMs: undefined }), async (orm) => {
      await prepare(orm, target);
      await setUp(orm);
    });
    return await initOrm(target, common, settings);
  }
  const orm = await initOrm(target, common, settings).catch((e: unknown) => {
    throw fail(e);
  });
  try {
    await prepare(orm, target);
    await setUp(orm);
    return orm;
  } catch (e) {
    await orm.close(true).catch(() => undefined);
    throw fail(e);
  }
}

/** Create the database and its schema; check an SQLite file before anything is written to it. */
async function prepare(orm: Orm, target: DatabaseTarget): Promise<void> {
  await orm.schema.ensureDatabase();
  if (target.kind === 'sqlite') await checkSqliteIntegrity(orm, target.file);
  await createSchema(orm);
}

async function withOrm(orm: Orm, work: (orm: Orm) => Promise<void>): Promise<void> {
  try {
    await work(orm);
  } finally {
    await orm.close(true).catch(() => undefined);
  }
}

type PgConnection = { query(sql: string, cb: (err: Error | null) => void): void };

async function initOrm(target: DatabaseTarget, common: Options, settings: OrmSettings): Promise<Orm> {
  let orm: Orm;
  if (target.kind === 'postgresql') {
    const timeout = settings.statementTimeoutMs;
    orm = (await MikroORM.init({
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: target.url,
      pool: timeout
        ? {
            afterCreate: (conn: PgConnection, done: (err: Error | null, conn: PgConnection) => void) =>
              conn.query(`set statement_timeout = ${timeout}`, (e) => done(e, conn)),
          }
        : undefined,
    })) as Orm;
  } else {
    if (target.file !== ':memory:') mkdirSync(dirname(target.file), { recursive: true });
    orm = (await MikroORM.init({
      ...common,
      driver: SqliteDriver,
      dbName: target.file,
      pool: {
        // Several connections read side by side (WAL); a memory database must stay one connection.
        min: 1,
        max: target.file === ':memory:' ? 1 : settings.sqlitePoolSize,
        // WAL lets readers go on while a load writes; the busy time-out makes writers wait instead of failing; 32 MiB
        // of page cache a connection (SQLite's default is 2 MiB) keeps a 100× database's hot pages in the process:
        // the showcase's filter at 100× went from 6.5 to 3.1 ms, every page having been a read from the OS.
        afterCreate: (conn: SqliteConnection, done: (err: Error | null, conn: SqliteConnection) => void) => {
          conn.run('pragma journal_mode = WAL', (e1) => {
            if (e1) return done(e1, conn);
            conn.run(`pragma busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`, (e2) =>
              conn.run('pragma foreign_keys = ON', (e3) =>
                conn.run(`pragma cache_size = -${SQLITE_CACHE_KIB}`, (e4) => done(e2 ?? e3 ?? e4, conn)),
              ),
            );
          });
        },
      },
    })) as Orm;
  }
  return orm;
}

/** A damaged SQLite file opens, and most queries then fail: check it before serving from it. */
async function checkSqliteIntegrity(orm: Orm, file: string): Promise<void> {
  if (file === ':memory:') return;
  const rows = await orm.em.getConnection().execute<Array<Record<string, string>>>('pragma quick_check');
  const problems = rows.map((r) => Object.values(r)[0]).filter((v) => v !== 'ok');
  if (problems.length) {
    throw new Error(`the SQLite file ${file} is damaged (${problems[0]}); restore it, or delete it to load the data again`);
  }
}

/** SQLite's errors name no file: say which, and what to do. */
function sqliteFileError(e: Error, file: string): Error {
  if (/SQLITE_CANTOPEN/.test(e.message))
    return new Error(`cannot open the SQLite file ${file}: check that its folder exists and is writable (${e.message})`);
  if (/SQLITE_NOTADB|SQLITE_CORRUPT/.test(e.message))
    return new Error(`the SQLite file ${file} is not a usable database (${e.message}); restore it, or delete it to load the data again`);
  return e;
}

/** Lock id that serialises schema changes, loads and index builds between servers sharing one PostgreSQL. */
const SCHEMA_LOCK = 20120801;

/**
 * Take, for the rest of the transaction `tx`, the lock that serialises schema changes, data
 * loads and search-index builds between servers sharing one database: PostgreSQL's advisory
 * lock, or on SQLite a write (which holds the database's write lock until the transaction ends).
 */
export async function lockForWriting(tx: EntityManager): Promise<void> {
  const conn = tx.getConnection();
  const trx = tx.getTransactionContext<Knex.Transaction>();
  if (isPostgres(tx)) {
    // A server's statement time-out bounds requests, not a load, an index build or the wait for another server's.
    await conn.execute('set local statement_timeout = 0', [], 'run', trx);
    await conn.execute(`select pg_advisory_xact_lock(${SCHEMA_LOCK})`, [], 'run', trx);
  } else await conn.execute(`delete from dataset_meta where name = '-'`, [], 'run', trx);
}

/**
 * Create or update the schema. On PostgreSQL servers may start together, so the change is
 * computed and applied under an advisory lock, in one transaction: the second finds nothing to do.
 */
async function createSchema(orm: Orm): Promise<void> {
  if (!isPostgres(orm.em)) {
    await orm.schema.updateSchema({ safe: true });
    return;
  }
  await orm.em.fork().transactional(async (tx) => {
    await lockForWriting(tx);
    const conn = tx.getConnection();
    const trx = tx.getTransactionContext<Knex.Transaction>();
    const sql = await orm.schema.getUpdateSchemaSQL({ safe: true, wrap: false });
    if (sql.trim()) await conn.execute(sql, [], 'run', trx);
  });
}
