/** A second start over the same database file loads nothing and serves the same answers. */
import { bootstrap } from '../../src/http/bootstrap';
import { freshDatabase } from '../database';

it('starts twice over one SQLite file: loads once, search and ids survive the restart', async () => {
  const db = await freshDatabase();
  const databaseUrl = db.url;
  const ask = async (url: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ agreements(filter: { search: "漂着" }) { nodes { id } } search(text: "ケチケメート", first: 1) { __typename } }',
      }),
    });
    return res.json() as Promise<unknown>;
  };
  try {
    const first = await bootstrap({ port: 0, databaseUrl });
    expect(first.load.loaded).toBe(true);
    const before = await ask(first.url);
    await first.stop();
    const second = await bootstrap({ port: 0, databaseUrl });
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- jest's asymmetric matchers are typed any
    expect(second.load).toMatchObject({ loaded: false, reason: expect.stringMatching(/^already loaded/) });
    expect(await ask(second.url)).toEqual(before);
    await second.stop();
    expect((before as { data: { agreements: { nodes: unknown[] } } }).data.agreements.nodes).toHaveLength(1);
  } finally {
    await db.drop();
  }
});
