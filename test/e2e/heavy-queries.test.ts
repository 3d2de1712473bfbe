/**
 * Small documents that fan out over the real graph: the query cost weighs each list by the rows it
 * can really return (and each network by what computing it costs), so they are refused at once
 * instead of holding the server; the sizes follow the data when it is replaced.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DEFAULT_DATASET, replaceDataset } from '../../src/db/load-dataset';
import type { Dataset } from '../../src/records/records';
import { synthesize } from '../../src/synth/synthesize';
import { startTestServer, type TestServer } from '../utils';

const PARTNERS = '{ network { nodes { municipality { partners { partners { partners { partners { partners { name } } } } } } } } }';
const EGO_IN_EGO =
  '{ network { nodes { municipality { network(depth: 4) { nodes { municipality { network(depth: 4) { nodes { label } } } } } } } } }';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ dataVersionPollMs: 50 });
});
afterAll(() => server.stop());

it.each([
  ['five levels of partners under every network node', PARTNERS],
  ['ego networks inside ego networks', EGO_IN_EGO],
])('refuses %s at once, saying what it would cost', async (_what, query) => {
  const started = Date.now();
  const res = await server.request({ query });
  expect(res.status).toBe(400);
  const error = res.json().errors?.[0];
  expect(error?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  expect(error?.extensions?.cost as number).toBeGreaterThan(10 * (error?.extensions?.maxCost as number));
  expect(Date.now() - started).toBeLessThan(2000);
  expect((await server.fetch('/healthz')).status).toBe(200);
});

it('still answers what dashboards ask: the whole network, and a municipality with its partners and agreements', async () => {
  const network = await server.query('{ network { figures { nodeCount } nodes { label degree } edges { weight } } }');
  expect(network.errors).toBeUndefined();
  const page = await server.query(
    '{ municipalities(first: 100) { nodes { name partners { name } agreements(first: 10) { nodes { title parties { side } } } } } }',
  );
  expect(page.errors).toBeUndefined();
});

it('measures the data again when it is replaced: the same query costs more over more data', async () => {
  const query = '{ network { nodes { municipality { partners { name } } } } }';
  expect((await server.query(query)).errors).toBeUndefined(); // within the default limit
  // Under a limit of 1 every query is refused, and the refusal says what it would cost.
  const small = await startTestServer({ dataVersionPollMs: 50, limits: { maxCost: 1 } });
  const costOf = async () => (await small.request({ query })).json().errors?.[0].extensions?.cost as number;
  const dir = mkdtempSync(join(tmpdir(), 'teikei-cost-'));
  try {
    const before = await costOf();
    const real = JSON.parse(readFileSync(DEFAULT_DATASET, 'utf8')) as Dataset;
    writeFileSync(join(dir, 'x3.json'), JSON.stringify(synthesize(real, { scale: 3 })));
    await replaceDataset(small.orm, join(dir, 'x3.json'));
    let after = before;
    for (let i = 0; i < 50 && after === before; i++) {
      await new Promise((r) => setTimeout(r, 100));
      after = await costOf();
    }
    expect(after).toBeGreaterThan(2 * before);
  } finally {
    await small.stop();
    rmSync(dir, { recursive: true });
  }
});
