/** Many requests at once, and several servers over one database. */
import { bootstrap } from '../../src/http/bootstrap';
import { EXAMPLES } from '../examples';
import { freshDatabase, TEST_POSTGRES } from '../database';
import { startTestServer } from '../utils';

it('answers 200 concurrent requests over loopback, all successfully (SQLite in WAL mode)', async () => {
  const server = await startTestServer();
  try {
    if (server.database.kind === 'sqlite') {
      const [mode] = await server.orm.em.fork().getConnection().execute('pragma journal_mode');
      expect(mode.journal_mode).toBe('wal');
      const [busy] = await server.orm.em.fork().getConnection().execute('pragma busy_timeout');
      expect(Number(Object.values(busy)[0])).toBeGreaterThan(0);
    }
    const queries = EXAMPLES.filter((e) => e.contract);
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const e = queries[i % queries.length];
        return server.request({ query: e.query, variables: e.variables }).then((res) => ({ status: res.status, body: res.json() }));
      }),
    );
    expect(responses.filter((r) => r.status !== 200 || r.body.errors)).toEqual([]);
  } finally {
    await server.stop();
  }
});

(TEST_POSTGRES ? it : it.skip)('two servers started together over one PostgreSQL load once and answer the same', async () => {
  const db = await freshDatabase();
  const [a, b] = await Promise.all([bootstrap({ port: 0, databaseUrl: db.url }), bootstrap({ port: 0, databaseUrl: db.url })]);
  try {
    expect([a.load.loaded, b.load.loaded].filter(Boolean)).toHaveLength(1);
    for (const e of EXAMPLES) {
      const ask = (url: string) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: e.query, variables: e.variables }),
        }).then((r) => r.json() as Promise<unknown>);
      const [x, y] = await Promise.all([ask(a.url), ask(b.url)]);
      expect(x).toEqual(y);
      expect((x as { errors?: unknown }).errors).toBeUndefined();
    }
  } finally {
    await a.stop();
    await b.stop();
    await db.drop();
  }
});
