/**
 * A fresh, empty database for one test: a temporary SQLite file, or, when
 * TEST_DATABASE_URL names a PostgreSQL server, a new database on it (dropped afterwards).
 * `.ci/run` runs the whole suite once each way.
 */
import { randomBytes } from 'crypto';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';

export interface TestDatabase {
  url: string;
  kind: 'sqlite' | 'postgresql';
  drop(): Promise<void>;
}

/** The PostgreSQL server the suite runs against, or null for SQLite. */
export const TEST_POSTGRES = process.env.TEST_DATABASE_URL?.startsWith('postgres') ? process.env.TEST_DATABASE_URL : null;

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const url = new URL(TEST_POSTGRES!);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function freshDatabase(): Promise<TestDatabase> {
  if (!TEST_POSTGRES) {
    const dir = mkdtempSync(join(tmpdir(), 'teikei-'));
    return { kind: 'sqlite', url: `sqlite:${join(dir, 'test.sqlite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `teikei_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  const url = new URL(TEST_POSTGRES);
  url.pathname = `/${name}`;
  return {
    kind: 'postgresql',
    url: url.toString(),
    // WITH (FORCE) ends sessions still on it; the role needs pg_signal_backend for other roles' (autovacuum).
    drop: () =>
      admin(async (c) => {
        await c.query(`drop database if exists ${name} with (force)`);
      }),
  };
}
