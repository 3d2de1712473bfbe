/** A second start over the same database file loads nothing and serves the same answers. */
import { bootstrap } from '../../src/http/bootstrap';
import { DEFAULT_CONFIG } from '../../src/config';
import { openOrm } from '../../src/db/orm';
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

it('starts over a database made before Agreement.activityNotes existed: the column is added with its default', async () => {
  const db = await freshDatabase();
  try {
    const first = await bootstrap({ port: 0, databaseUrl: db.url });
    await first.stop();
    // The database as a server before the column wrote it: rows in agreement, no activity_notes.
    await openOrm(db.url, DEFAULT_CONFIG, (orm) =>
      orm.em
        .getConnection()
        .execute('alter table agreement drop column activity_notes')
        .then(() => undefined),
    ).then((orm) => orm.close());
    const second = await bootstrap({ port: 0, databaseUrl: db.url });
    const res = await fetch(second.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ agreements(first: 1) { nodes { activityNotes { text } } } }' }),
    });
    expect(((await res.json()) as { data: unknown }).data).toEqual({ agreements: { nodes: [{ activityNotes: [] }] } });
    await second.stop();
  } finally {
    await db.drop();
  }
});
