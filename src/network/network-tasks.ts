/**
 * The heavy work on networks as plain tasks over serialisable data: building a graph and
 * computing its figures, the figures of a given graph (an ego network), and a drawing layout.
 * The same functions run in this thread (command-line tools, tests) or in worker threads
 * (the server: network-pool.ts), where they can be stopped at a deadline.
 */
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { computeLayout } from './layout';
import { buildGraph, computeFigures, type AgreementInput, type GraphFigures, type NetworkGraph, type Projection } from './network-graph';

export type NetworkTask =
  | { kind: 'network'; agreements: AgreementInput[]; projection: Projection }
  | { kind: 'figures'; graph: SerializedGraph }
  | { kind: 'layout'; graph: SerializedGraph };

export interface FiguredGraph {
  /** The graph with every node's figures in its attributes. */
  graph: SerializedGraph;
  figures: GraphFigures;
  /** Milliseconds the computation took. */
  computeMs: number;
}

export type Positions = Record<string, { x: number; y: number }>;

/** Run one task (what a worker thread does with each message). */
export function runNetworkTask(task: NetworkTask): FiguredGraph | Positions {
  const started = performance.now();
  if (task.kind === 'layout') {
    const graph = Graph.from(task.graph) as NetworkGraph;
    computeLayout(graph);
    const positions: Positions = {};
    graph.forEachNode((key, a) => (positions[key] = { x: a.x ?? 0, y: a.y ?? 0 }));
    return positions;
  }
  const graph = task.kind === 'network' ? buildGraph(task.agreements, task.projection) : (Graph.from(task.graph) as NetworkGraph);
  const figures = computeFigures(graph);
  return { graph: graph.export(), figures, computeMs: performance.now() - started };
}

/** Where network tasks run: in this thread or in a pool of worker threads. */
export interface NetworkComputer {
  network(agreements: AgreementInput[], projection: Projection, signal?: AbortSignal): Promise<FiguredGraph>;
  figures(graph: NetworkGraph, signal?: AbortSignal): Promise<FiguredGraph>;
  layout(graph: NetworkGraph, signal?: AbortSignal): Promise<Positions>;
  close(): Promise<void>;
}

/** Tasks run in this thread, one after another: for command-line tools, benchmarks and unit tests. */
export const inThisThread: NetworkComputer = {
  async network(agreements, projection) {
    return runNetworkTask({ kind: 'network', agreements, projection }) as FiguredGraph;
  },
  async figures(graph) {
    return runNetworkTask({ kind: 'figures', graph: graph.export() }) as FiguredGraph;
  },
  async layout(graph) {
    return runNetworkTask({ kind: 'layout', graph: graph.export() }) as Positions;
  },
  async close() {},
};
