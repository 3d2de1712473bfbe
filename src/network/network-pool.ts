/**
 * Network computations in worker threads (piscina): the event loop keeps answering /healthz and
 * other requests while a network is computed, a computation past its deadline is stopped (its
 * thread is terminated), and each thread has a memory budget, so one heavy request cannot take
 * the server's memory. The worker runs compiled code: dist/src/network/network-worker.js.
 */
import { existsSync } from 'fs';
import { availableParallelism } from 'os';
import { join, relative } from 'path';
import Piscina from 'piscina';
import { PROJECT_ROOT } from '../project-root';
import type { NetworkGraph, Projection } from './network-graph';
import type { AgreementInput } from './network-graph';
import type { FiguredGraph, NetworkComputer, NetworkTask, Positions } from './network-tasks';

export interface NetworkPoolOptions {
  /** Worker threads at most (default: one fewer than the cores, at least one). */
  threads?: number;
  /** Heap of each worker thread, in MiB: a task that needs more fails instead of growing the process. */
  memoryMb: number;
}

/** The compiled worker: beside this file when running from dist/, else in dist/ (the test suite builds it first). */
function workerFile(): string {
  const compiled = __filename.endsWith('.js')
    ? join(__dirname, 'network-worker.js')
    : join(PROJECT_ROOT, 'dist', relative(PROJECT_ROOT, __dirname), 'network-worker.js');
  if (!existsSync(compiled)) throw new Error(`the network worker ${compiled} is missing: run npm run build`);
  return compiled;
}

export class NetworkPool implements NetworkComputer {
  private readonly pool: Piscina;

  constructor(options: NetworkPoolOptions) {
    const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
    this.pool = new Piscina({
      filename: workerFile(),
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb },
    });
  }

  private run<T>(task: NetworkTask, signal?: AbortSignal): Promise<T> {
    return this.pool.run(task, { signal: signal ?? null }) as Promise<T>;
  }

  network(agreements: AgreementInput[], projection: Projection, signal?: AbortSignal): Promise<FiguredGraph> {
    return this.run({ kind: 'network', agreements, projection }, signal);
  }

  figures(graph: NetworkGraph, signal?: AbortSignal): Promise<FiguredGraph> {
    return this.run({ kind: 'figures', graph: graph.export() }, signal);
  }

  layout(graph: NetworkGraph, signal?: AbortSignal): Promise<Positions> {
    return this.run({ kind: 'layout', graph: graph.export() }, signal);
  }

  /** Threads running or waiting for work (for tests and diagnostics). */
  get threads(): number {
    return this.pool.threads.length;
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
