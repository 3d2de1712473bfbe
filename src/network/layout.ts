/**
 * Positions for drawing a network: ForceAtlas2 from seeded starting points, so the same graph
 * always gets the same picture (computed the first time a client asks, in a worker thread, and
 * cached with the network; the explorer draws them and keeps them fixed while it replays the years).
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import seedrandom from 'seedrandom';
import type { NetworkGraph } from './network-graph';

/** Seed of the starting positions. */
const LAYOUT_SEED = 'teikei-graph-layout';

/** Iterations of ForceAtlas2: enough for the real network (a few hundred nodes) to settle (bench/explorer.ts times it). */
const ITERATIONS = 150;

/** From this many nodes on, Barnes–Hut's approximation of repulsion (n log n) pays for its overhead. */
const BARNES_HUT_FROM = 500;

/**
 * Write `x` and `y` into every node's attributes. Starting points are drawn from a seeded
 * generator in the graph's node order after sorting the keys, so insertion order does not matter.
 */
export function computeLayout(graph: NetworkGraph): void {
  if (graph.order === 0) return;
  const random = seedrandom(LAYOUT_SEED);
  const keys = graph.nodes().sort();
  // Start on a disc whose area grows with the graph, as ForceAtlas2 expects (about one unit per node).
  const radius = Math.sqrt(graph.order) * 10;
  for (const key of keys) {
    const angle = random() * 2 * Math.PI;
    const r = radius * Math.sqrt(random());
    graph.mergeNodeAttributes(key, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  }
  if (graph.size === 0) return;
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, {
    iterations: ITERATIONS,
    getEdgeWeight: 'weight',
    // Strong gravity keeps the many small components (pairs of sister cities) near the centre instead of drifting off.
    settings: { ...settings, gravity: 1, strongGravityMode: true, scalingRatio: 4, barnesHutOptimize: graph.order >= BARNES_HUT_FROM },
  });
  graph.updateEachNodeAttributes((_key, a) => ({ ...a, x: round(a.x!), y: round(a.y!) }));
}

/** Two decimals are plenty for drawing and keep the answers short. */
const round = (v: number) => Math.round(v * 100) / 100;
