/** Many requests at once (computed each, or identical ones once), and several servers over one database. */
import { bootstrap } from '../../src/http/bootstrap';
import { EXAMPLES } from '../examples';
import { freshDatabase, TEST_POSTGRES } from '../database';
import { startTestServer, type TestServer } from '../utils';

/** 200 requests at once, rotating through the contract's examples: every one answered, none timed out. */
async function twoHundredAtOnce(server: TestServer) {
  const queries = EXAMPLES.filter((e) => e.contract);
  const responses = await Promise.all(
    Array.from({ length: 200 }, (_, i) => {
      const e = queries[i % queries.length];
      return server
        .request({ query: e.query, variables: e.variables })
        .then((res) => ({ status: res.status, body: res.json(), cache: res.headers.get('x-response-cache') }));
    }),
  );
  expect(responses.filter((r) => r.status !== 200 || r.body.errors)).toEqual([]);
  return responses;
}

it('answers 200 concurrent requests over loopback, all successfully (SQLite in WAL mode), each computed', async () => {
  const server = await startTestServer({ responseCache: false });
  try {
    if (server.database.kind === 'sqlite') {
      const [mode] = await server.orm.em.fork().getConnection().execute('pragma journal_mode');
      expect(mode.journal_mode).toBe('wal');
      const [busy] = await server.orm.em.fork().getConnection().execute('pragma busy_timeout');
      expect(Number(Object.values(busy)[0])).toBeGreaterThan(0);
    }
    await twoHundredAtOnce(server);
  } finally {
    await server.stop();
  }
});

it('computes identical requests that arrive together once, and answers all of them (request coalescing)', async () => {
  const server = await startTestServer({ responseCache: true });
  try {
    const responses = await twoHundredAtOnce(server);
    const distinct = EXAMPLES.filter((e) => e.contract).length;
    const computed = responses.filter((r) => r.cache === 'miss');
    // Each distinct request computed once (a request may arrive after the first answer is stored: then a hit).
    expect(computed).toHaveLength(distinct);
    expect(responses.filter((r) => r.cache === 'coalesced').length).toBeGreaterThan(0);
    const first = new Map<string, unknown>();
    responses.forEach((r, i) => {
      const key = String(i % distinct);
      if (!first.has(key)) first.set(key, r.body);
      expect(r.body).toEqual(first.get(key));
    });
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
