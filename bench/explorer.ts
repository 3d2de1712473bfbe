/**
 * `npm run bench:explorer` (by hand): the explorer's figures in headless Chromium (Debian's) on
 * this machine: JavaScript of the first view (gzipped), navigation → interactive network, the
 * server's layout time for the real network, and frame times while panning the network of the
 * 10× synthetic data (`npm run synth -- --scale 10`'s data, made here into a temporary database).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { gzipSync } from 'zlib';
import type { Browser } from 'playwright-core';
import { DEFAULT_DATASET, loadDatasetIfEmpty, replaceDataset } from '../src/db/load-dataset';
import { openOrm } from '../src/db/orm';
import { loadAgreementInputs } from '../src/modules/network/load-network';
import { computeLayout } from '../src/network/layout';
import { buildGraph, computeFigures, type Projection } from '../src/network/network-graph';
import type { Dataset } from '../src/records/records';
import { synthesize } from '../src/synth/synthesize';
import { launchChromium } from '../test/browser';
import { watchedPage } from '../test/e2e/explorer-browser';
import { startServer } from './harness';

const RUNS = Number(process.env.EXPLORER_RUNS ?? 7);
const ms = (v: number) => `${v.toFixed(0)} ms`;
const stats = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { min: s[0], median: at(0.5), p95: at(0.95), max: s[s.length - 1], n: s.length };
};

/** Milliseconds of computeLayout on the network of `databaseUrl`'s data (median of `runs`), with its size. */
async function layoutTime(databaseUrl: string, projection: Projection, runs: number) {
  const orm = await openOrm(databaseUrl);
  try {
    const inputs = await loadAgreementInputs(orm.em.fork(), null);
    const times: number[] = [];
    let size = { nodes: 0, edges: 0 };
    for (let i = 0; i < runs; i++) {
      const graph = buildGraph(inputs, projection);
      computeFigures(graph);
      const started = performance.now();
      computeLayout(graph);
      times.push(performance.now() - started);
      size = { nodes: graph.order, edges: graph.size };
    }
    return { ...stats(times), ...size };
  } finally {
    await orm.close();
  }
}

/** JavaScript and CSS of the first view, and navigation → interactive network over `RUNS` fresh pages. */
async function firstView(browser: Browser, origin: string) {
  const times: number[] = [];
  let js = { raw: 0, gzip: 0, files: 0 };
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await watchedPage(browser, origin, { width: 1440, height: 900 });
    const scripts: Array<Promise<Buffer>> = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.body());
    });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => performance.getEntriesByName('network-interactive').length > 0, null, { timeout: 60_000 });
    times.push(await page.evaluate(() => performance.getEntriesByName('network-interactive')[0].startTime));
    const bodies = await Promise.all(scripts);
    js = {
      raw: bodies.reduce((n, b) => n + b.length, 0),
      gzip: bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
      files: bodies.length,
    };
    await context.close();
  }
  return { js, first: times[0], warm: stats(times.slice(1)) };
}

/** Frame times (ms between animation frames) while the camera pans across the network for about four seconds. */
async function panFrames(browser: Browser, origin: string) {
  const { context, page } = await watchedPage(browser, origin, { width: 1440, height: 900 });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => performance.getEntriesByName('network-interactive').length > 0, null, { timeout: 120_000 });
  const drawn = await page.getByTestId('network').getAttribute('data-drawn-nodes');
  const edges = await page.getByTestId('network').getAttribute('data-drawn-edges');
  const frames = await page.evaluate(async () => {
    const sigma = (window as unknown as { teikeiExplorer: { sigma: { getCamera(): { animate(s: object, o: object): Promise<void> } } } })
      .teikeiExplorer.sigma;
    const camera = sigma.getCamera();
    const deltas: number[] = [];
    let last = performance.now();
    let running = true;
    const tick = (now: number) => {
      deltas.push(now - last);
      last = now;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    for (const [x, y, ratio] of [
      [0.3, 0.3, 0.5],
      [0.7, 0.4, 0.5],
      [0.6, 0.8, 0.3],
      [0.5, 0.5, 1],
    ])
      await camera.animate({ x, y, ratio }, { duration: 1000 });
    running = false;
    return deltas.slice(2); // the first frames measure the start, not the pan
  });
  await context.close();
  return { nodes: Number(drawn), edges: Number(edges), frames: stats(frames) };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'teikei-explorer-bench-'));
  const browser = await launchChromium();
  try {
    const real = `sqlite:${join(dir, 'real.sqlite')}`;
    const orm = await openOrm(real);
    await loadDatasetIfEmpty(orm);
    await orm.close();
    const synth = `sqlite:${join(dir, 'synth-10.sqlite')}`;
    const synthFile = join(dir, 'synth-10.json');
    writeFileSync(synthFile, JSON.stringify(synthesize(JSON.parse(readFileSync(DEFAULT_DATASET, 'utf8')) as Dataset, { scale: 10 })));
    const sOrm = await openOrm(synth);
    await replaceDataset(sOrm, synthFile);
    await sOrm.close();

    const layout1 = await layoutTime(real, 'MUNICIPALITY', 20);
    const layoutB = await layoutTime(real, 'BIPARTITE', 20);
    const layout10 = await layoutTime(synth, 'MUNICIPALITY', 5);

    const server = await startServer(4631, real, {});
    const view = await firstView(browser, 'http://127.0.0.1:4631');
    const pan1 = await panFrames(browser, 'http://127.0.0.1:4631');
    server.kill();
    const server10 = await startServer(4632, synth, {});
    const pan10 = await panFrames(browser, 'http://127.0.0.1:4632');
    server10.kill();

    console.log(
      `Explorer in headless Chromium ${browser.version()} (software WebGL), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, 2 cores:\n`,
    );
    console.log('| figure | target | measured |');
    console.log('|---|---|---|');
    console.log(
      `| JavaScript of the first view (${view.js.files} file, gzip -9) | ≤ 350 KB | ${(view.js.gzip / 1024).toFixed(0)} KB (${(view.js.raw / 1024).toFixed(0)} KB raw) |`,
    );
    console.log(
      `| navigation → interactive network, warm server (median of ${view.warm.n}; max) | ≤ 1.5 s | ${ms(view.warm.median)} (max ${ms(view.warm.max)}) |`,
    );
    console.log(`| navigation → interactive network, first visit after start (network and layout computed) | | ${ms(view.first)} |`);
    console.log(
      `| layout of the real network (${layout1.nodes} nodes, ${layout1.edges} edges; median of ${layout1.n}, max) | ≤ 200 ms | ${ms(layout1.median)} (max ${ms(layout1.max)}) |`,
    );
    console.log(`| layout, BIPARTITE (${layoutB.nodes} nodes, ${layoutB.edges} edges) | | ${ms(layoutB.median)} |`);
    console.log(`| layout at 10× (${layout10.nodes} nodes, ${layout10.edges} edges; median of ${layout10.n}) | | ${ms(layout10.median)} |`);
    console.log(
      `| frame time while panning the real network (${pan1.nodes} nodes, ${pan1.edges} edges; ${pan1.frames.n} frames) | | median ${pan1.frames.median.toFixed(1)} ms, p95 ${pan1.frames.p95.toFixed(1)} ms, max ${pan1.frames.max.toFixed(1)} ms (≈ ${(1000 / pan1.frames.median).toFixed(0)} fps) |`,
    );
    console.log(
      `| frame time while panning at 10× (${pan10.nodes} nodes, ${pan10.edges} edges drawn; ${pan10.frames.n} frames) | | median ${pan10.frames.median.toFixed(1)} ms, p95 ${pan10.frames.p95.toFixed(1)} ms, max ${pan10.frames.max.toFixed(1)} ms (≈ ${(1000 / pan10.frames.median).toFixed(0)} fps) |`,
    );
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
