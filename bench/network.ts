/**
 * Run by hand (`npm run bench:network`): time to build the whole MUNICIPALITY network and
 * compute its figures, on the real data, and the figures a closing note quotes.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadDatasetIfEmpty } from '../src/db/load-dataset';
import { openOrm } from '../src/db/orm';
import { loadAgreementInputs } from '../src/modules/network/load-network';
import { buildGraph, computeFigures } from '../src/network/network-graph';

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 20);
  const dir = mkdtempSync(join(tmpdir(), 'teikei-bench-'));
  const orm = await openOrm(`sqlite:${join(dir, 'db.sqlite')}`);
  try {
    await loadDatasetIfEmpty(orm);
    const t0 = performance.now();
    const inputs = await loadAgreementInputs(orm.em.fork(), null);
    const loadMs = performance.now() - t0;
    const times: number[] = [];
    let last;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const graph = buildGraph(inputs, 'MUNICIPALITY');
      const figures = computeFigures(graph);
      times.push(performance.now() - start);
      last = { graph, figures };
    }
    times.sort((a, b) => a - b);
    if (!last) throw new Error('the benchmark needs at least one run');
    const { graph, figures } = last;
    const top = graph
      .mapNodes((k, a) => ({ key: k, label: a.label, betweenness: a.betweenness ?? 0, degree: a.degree }))
      .sort((a, b) => b.betweenness - a.betweenness)
      .slice(0, 10);
    console.log(
      JSON.stringify(
        {
          node: process.version,
          runs,
          loadMs: +loadMs.toFixed(1),
          computeMs: { min: +times[0].toFixed(1), median: +times[Math.floor(runs / 2)].toFixed(1), max: +times[runs - 1].toFixed(1) },
          figures,
          top10Betweenness: top.map((t) => `${t.label} ${t.betweenness.toFixed(4)} (degree ${t.degree})`),
        },
        null,
        2,
      ),
    );
  } finally {
    await orm.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
