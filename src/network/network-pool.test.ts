import Graph from 'graphology';
import { NetworkPool } from './network-pool';
import { inThisThread } from './network-tasks';
import { buildGraph, type AgreementInput, type NetworkGraph } from './network-graph';

const party = (key: string, country = 'JP') => ({
  key,
  name: key,
  fullName: key,
  kind: 'CITY',
  country,
  side: country === 'JP' ? 'DOMESTIC' : 'FOREIGN',
  code: null,
  nameEn: null,
  lat: null,
  lng: null,
});

/** A ring of `n` sister-city agreements: n parties, n edges. */
function ring(n: number): AgreementInput[] {
  return Array.from({ length: n }, (_, i) => ({
    key: `a${i}`,
    id: `a${i}`,
    title: `agreement ${i}`,
    year: 1990 + (i % 20),
    kind: 'SISTER_CITY',
    categoryCodes: [],
    parties: [party(`p${i}`), party(`p${(i + 1) % n}`, 'KR')],
  }));
}

/**
 * One agreement among `n` parties: a small message (n parties) whose MUNICIPALITY projection is a
 * clique of n(n−1)/2 edges. The memory is outgrown while computing, not while receiving the input:
 * Node 24 aborts the whole process when a worker's heap runs out while it deserialises a message.
 */
function clique(n: number): AgreementInput[] {
  const parties = Array.from({ length: n }, (_, i) => party(`p${i}`, i % 2 ? 'KR' : 'JP'));
  return [{ key: 'm', id: 'm', title: 'multilateral', year: 2000, kind: 'FIELD_AGREEMENT', categoryCodes: [], parties }];
}

describe('network computations in worker threads', () => {
  let pool: NetworkPool;
  beforeAll(() => {
    pool = new NetworkPool({ threads: 1, memoryMb: 256 });
  });
  afterAll(() => pool.close());

  it('computes the same graph, figures and layout as this thread does', async () => {
    const agreements = ring(12);
    const [there, here] = await Promise.all([pool.network(agreements, 'MUNICIPALITY'), inThisThread.network(agreements, 'MUNICIPALITY')]);
    expect(there.figures).toEqual(here.figures);
    expect(Graph.from(there.graph).order).toBe(12);
    const graph = Graph.from(there.graph) as NetworkGraph;
    expect(await pool.layout(graph)).toEqual(await inThisThread.layout(graph));
  });

  it('stops a computation at its deadline and keeps serving the next one', async () => {
    // Big enough to take seconds: betweenness over 60,000 nodes and edges.
    const slow = pool.network(ring(60_000), 'MUNICIPALITY', AbortSignal.timeout(300));
    const started = Date.now();
    await expect(slow).rejects.toThrow(/aborted/i);
    expect(Date.now() - started).toBeLessThan(3000);
    const next = await pool.network(ring(5), 'MUNICIPALITY');
    expect(next.figures.nodeCount).toBe(5);
  });

  it('keeps the event loop free while a worker computes', async () => {
    const stop = new AbortController();
    const heavy = pool.network(ring(20_000), 'MUNICIPALITY', stop.signal).catch(() => null);
    // Timers keep firing on time while the thread works.
    const lags: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = Date.now();
      await new Promise((r) => setTimeout(r, 20));
      lags.push(Date.now() - t - 20);
    }
    expect(Math.max(...lags)).toBeLessThan(200);
    stop.abort();
    await heavy;
  });

  it('fails a computation that outgrows its memory instead of growing the process', async () => {
    const small = new NetworkPool({ threads: 1, memoryMb: 64 });
    try {
      await expect(small.network(clique(5000), 'MUNICIPALITY', AbortSignal.timeout(60_000))).rejects.toThrow(/memory|terminated|aborted/i);
      expect((await small.network(ring(4), 'MUNICIPALITY')).figures.nodeCount).toBe(4);
    } finally {
      await small.close();
    }
  });
});

it('builds the same graph as buildGraph in this thread (the worker only moves the work)', async () => {
  const agreements = ring(6);
  const result = await inThisThread.network(agreements, 'BIPARTITE');
  expect(Graph.from(result.graph).order).toBe(buildGraph(agreements, 'BIPARTITE').order);
});
