/**
 * #15 through the API: every mention of an agreement is a source the filter searches, each
 * listing serves its own sheet, every dated event and caption is served; #19: ids from the
 * listing, and the former ids (from the line) still resolve.
 */
import { toGlobalId } from '../../src/modules/shared/global-id';
import { startTestServer, type TestServer } from '../utils';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

type Agreement = { id: string; title: string; sources: Array<{ document: string; line: number }> };

it('finds an agreement by any document that mentions it, and serves every mention', async () => {
  const body = await server.query<{ agreements: { nodes: Agreement[] } }>(
    '{ agreements(filter: { sources: ["000_d45dbe772e49bc07.txt"] }, first: 100) { nodes { id title sources { document line } } } }',
  );
  const nodes = body.data!.agreements.nodes;
  expect(nodes).toHaveLength(9); // 8 of its own and the survey's 7.33, which it names again
  const nakhodka = nodes.find((a) => a.id === toGlobalId('Agreement', 'clair2012:7.33'))!;
  expect(nakhodka.sources).toEqual([
    { document: '004_e59d51f378d5a747.txt', line: 4788 },
    { document: '000_d45dbe772e49bc07.txt', line: 56 },
  ]);
});

it('serves each listing its own sheet: 8.6 has its own phone number, the agreement the first sheet’s', async () => {
  const body = await server.query<{
    node: { contacts: Array<{ phone: string }>; listings: Array<{ number: number; sheet: { contacts: Array<{ phone: string }> } }> };
  }>(
    `{ node(id: "${toGlobalId('Agreement', 'clair2012:6.5')}") { ... on Agreement { contacts { phone } listings { number sheet { contacts { phone } } } } } }`,
  );
  const a = body.data!.node;
  expect(a.contacts[0].phone).toBe('044-200-2363');
  expect(a.listings.map((l) => [l.number, l.sheet.contacts[0].phone])).toEqual([
    [5, '044-200-2363'],
    [6, '044-200-3739'],
  ]);
});

it('serves every dated event, captions and headings', async () => {
  const body = await server.query<{
    node: { events: Array<{ label: string | null; line: number; date: { iso: string } }> };
    maizuru: { links: Array<{ url: string; caption: string | null }> };
  }>(
    `{ node(id: "${toGlobalId('Agreement', 'clair2012:7.36')}") { ... on Agreement { events { label line date { iso } } } }
       maizuru: node(id: "${toGlobalId('Agreement', 'clair2012:7.34')}") { ... on Agreement { links { url caption } } } }`,
  );
  expect(body.data!.node.events).toEqual([
    { label: '黒竜江省', line: 4901, date: { iso: '1989-11-11' } },
    { label: '吉林省', line: 4902, date: { iso: '1989-11-13' } },
    { label: '遼寧省', line: 4903, date: { iso: '1989-11-15' } },
  ]);
  expect(body.data!.maizuru.links.map((l) => l.caption)).toEqual(['【京都府HP】', '【舞鶴市HP】']);
});

it('keys survey agreements by their first listing; an id built from the former line key still resolves', async () => {
  const former = toGlobalId('Agreement', 'clair2012:378');
  const body = await server.query<{ old: { id: string; formerIds: string[] } | null }>(
    `{ old: node(id: "${former}") { ... on Agreement { id formerIds } } }`,
  );
  expect(body.data!.old).toEqual({ id: toGlobalId('Agreement', 'clair2012:1.1'), formerIds: [former] });
});
