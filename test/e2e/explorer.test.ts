/// <reference lib="dom" />
/**
 * The explorer in a real browser (headless Chromium, other hosts refused): every view at desktop
 * and phone size with a screenshot, axe-core and a keyboard pass; the network's year replay
 * against the API; a click on a node; search → agreement page → its source line; deep links,
 * back and forward; bad ids, bad URL filters and a failing API.
 */
import type { Browser, Page } from 'playwright-core';
import { execFileSync } from 'child_process';
import { statSync } from 'fs';
import { EXPLORER_CSP } from '../../src/http/explorer/explorer-routes';
import { inProject } from '../../src/project-root';
import { toGlobalId } from '../../src/modules/shared/global-id';
import { startTestServer, type TestServer } from '../utils';
import { describeWithBrowser, launchChromium } from '../browser';
import {
  screenshot,
  seriousViolations,
  unreachableByKeyboard,
  VIEWPORTS,
  watchedPage,
  type ExplorerHook,
  type Watched,
} from './explorer-browser';

jest.setTimeout(240_000);

interface Figures {
  nodeCount: number;
  edgeCount: number;
}

describeWithBrowser('explorer', () => {
  let server: TestServer;
  let browser: Browser;
  const opened: Watched[] = [];

  beforeAll(async () => {
    // The suite's global set-up ran npm run build, which builds the explorer (web/build.mjs).
    server = await startTestServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A watched page; every one is checked for console errors and foreign requests at the end of its test. */
  async function open(viewport: { width: number; height: number } = VIEWPORTS[0], lang?: string): Promise<Watched> {
    const w = await watchedPage(browser, server.origin, viewport, lang);
    opened.push(w);
    return w;
  }
  afterEach(async () => {
    for (const w of opened.splice(0)) {
      await w.context.close();
      expect({ errors: w.errors, refused: w.refused }).toEqual({ errors: [], refused: [] });
    }
  });

  async function figures(filter: Record<string, unknown> | null): Promise<Figures> {
    const body = await server.query<{ network: { figures: Figures } }>(
      'query ($filter: AgreementFilter) { network(filter: $filter) { figures { nodeCount edgeCount } } }',
      { filter },
    );
    return body.data!.network.figures;
  }

  /** What the drawing shows, read at once and once it has settled (the same twice, 200 ms apart). */
  async function drawn(page: Page): Promise<{ nodes: number; edges: number; year: string }> {
    await page.getByTestId('network').waitFor();
    await page.waitForFunction(() => (window as unknown as { teikeiExplorer?: object }).teikeiExplorer !== undefined);
    const read = () =>
      page.evaluate(() => {
        const frame = document.querySelector('[data-testid=network]')!;
        return {
          nodes: Number(frame.getAttribute('data-drawn-nodes')),
          edges: Number(frame.getAttribute('data-drawn-edges')),
          year: frame.getAttribute('data-year')!,
        };
      });
    let last = await read();
    for (;;) {
      await page.waitForTimeout(200);
      const now = await read();
      if (JSON.stringify(now) === JSON.stringify(last)) return now;
      last = now;
    }
  }

  const shownFigures = async (page: Page, year: string) => {
    const panel = page.getByTestId('figures');
    await page.getByRole('heading', { name: year === 'all' ? '指標' : `指標（${year} 年時点）`, exact: true }).waitFor();
    await panel.waitFor();
    return { nodeCount: Number(await panel.getAttribute('data-nodes')), edgeCount: Number(await panel.getAttribute('data-edges')) };
  };

  it('is built by npm start only when its sources changed, and served with a CSP that allows this origin only', async () => {
    const index = inProject('dist/web/index.html');
    const before = statSync(index).mtimeMs;
    const output = execFileSync(process.execPath, [inProject('web/build.mjs')], { cwd: inProject(), encoding: 'utf8' });
    expect(output).toBe('');
    expect(statSync(index).mtimeMs).toBe(before);
    const page = await server.fetch('/', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    expect(EXPLORER_CSP).toContain("default-src 'self'");
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.text)![1];
    const asset = await server.fetch(script);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('replays the network: as of 2000 it has the API’s counts for signedTo 2000, fewer than at the latest year', async () => {
    const { page } = await open();
    await page.goto(`${server.origin}/?year=2000`);
    const at2000 = await figures({ signedTo: '2000' });
    expect(await drawn(page)).toEqual({ nodes: at2000.nodeCount, edges: at2000.edgeCount, year: '2000' });
    expect(await shownFigures(page, '2000')).toEqual(at2000);

    // The keyboard moves the slider: End is every agreement (undated too), one step back the latest year.
    const slider = page.getByRole('slider', { name: '年' });
    await slider.focus();
    await page.keyboard.press('End');
    await page.waitForURL(`${server.origin}/`);
    const all = await figures(null);
    expect(await drawn(page)).toEqual({ nodes: all.nodeCount, edges: all.edgeCount, year: 'all' });
    await page.keyboard.press('ArrowLeft');
    const latestYear = new URL(page.url()).searchParams.get('year')!;
    expect(latestYear).toMatch(/^\d{4}$/);
    const latest = await figures({ signedTo: latestYear });
    await page.waitForFunction((y) => document.querySelector('[data-testid=network]')?.getAttribute('data-year') === y, latestYear);
    expect(await drawn(page)).toEqual({ nodes: latest.nodeCount, edges: latest.edgeCount, year: latestYear });
    expect(latest.nodeCount).toBeGreaterThan(at2000.nodeCount);
    expect(latest.edgeCount).toBeGreaterThan(at2000.edgeCount);
    expect(await shownFigures(page, latestYear)).toEqual(latest);
  });

  it('opens the municipality page of a node clicked in the drawing', async () => {
    const body = await server.query<{ network: { nodes: Array<{ id: string; label: string; degree: number }> } }>(
      '{ network { nodes { id label degree } } }',
    );
    const top = [...body.data!.network.nodes].sort((a, b) => b.degree - a.degree)[0];
    const { page } = await open();
    await page.goto(`${server.origin}/`);
    await drawn(page);
    const at = await page.evaluate((id) => (window as unknown as { teikeiExplorer: ExplorerHook }).teikeiExplorer.nodePosition(id), top.id);
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x, at!.y);
    await page.mouse.click(at!.x, at!.y);
    await page.waitForURL(`${server.origin}/municipalities/${top.id}`);
    await page.getByRole('heading', { level: 1, name: top.label }).waitFor();
    expect(await page.getByTestId('degree').textContent()).toBe(String(top.degree));
  });

  it('finds 漂着 from the header with the keyboard and shows the agreement’s source document and line', async () => {
    const body = await server.query<{ search: Array<{ __typename: string; id?: string; title?: string }> }>(
      '{ search(text: "漂着", first: 20) { __typename ... on Agreement { id title } } }',
    );
    const hit = body.data!.search.find((h) => h.__typename === 'Agreement' && h.title!.includes('漂着'))!;
    const agreement = await server.query<{
      node: { title: string; source: { document: string; line: number }; parties: Array<{ municipality: { fullName: string } }> };
    }>('query ($id: ID!) { node(id: $id) { ... on Agreement { title source { document line } parties { municipality { fullName } } } } }', {
      id: hit.id,
    });
    const a = agreement.data!.node;
    expect(a.parties.map((p) => p.municipality.fullName)).toContain('長崎県');

    const { page } = await open();
    await page.goto(`${server.origin}/survey`);
    const search = page.getByRole('combobox', { name: '自治体・協定・取組を検索' });
    await search.focus();
    await page.keyboard.type('漂着');
    const options = page.getByRole('option');
    await options.first().waitFor();
    const texts = await options.allTextContents();
    const index = texts.findIndex((t) => t.startsWith(a.title));
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.origin}/agreements/${hit.id}`);
    const source = page.getByTestId('source-ref');
    await source.waitFor();
    expect(await source.textContent()).toContain(a.source.document);
    expect(await source.textContent()).toContain(`${a.source.line} 行目`);
    const firstLine = page.locator('.source-lines li').first();
    expect(await firstLine.textContent()).toBe(`${a.source.line}${(await firstLine.locator('.text').textContent())!}`);
    expect(await firstLine.locator('.text').textContent()).toContain(a.title);
    expect(await page.getByTestId('citation').textContent()).toContain(`/agreements/${hit.id}`);
  });

  it('draws one arc per tie between two placed parties on the map, lists the unplaced ones, and zooms to Japan', async () => {
    const body = await server.query<{
      network: {
        nodes: Array<{ id: string; lat: number | null; lng: number | null }>;
        edges: Array<{ source: { id: string }; target: { id: string } }>;
      };
    }>('{ network { nodes { id lat lng } edges { source { id } target { id } } } }');
    const { nodes, edges } = body.data!.network;
    const placed = new Set(nodes.filter((n) => n.lat != null && n.lng != null).map((n) => n.id));
    const ties = edges.filter((e) => placed.has(e.source.id) && placed.has(e.target.id)).length;
    expect(ties).toBeGreaterThan(0);
    const { page } = await open();
    await page.goto(`${server.origin}/map`);
    const map = page.getByTestId('map');
    await map.waitFor();
    expect(Number(await map.getAttribute('data-arcs'))).toBe(ties);
    expect(await page.locator('[data-testid=map] path.arc').count()).toBe(ties);
    expect(await page.locator('[data-testid=map] circle.place').count()).toBe(placed.size);
    expect(await page.locator('[data-testid=unplaced] li').count()).toBe(nodes.length - placed.size);
    await page.getByRole('button', { name: '日本' }).click();
    await page.waitForURL(`${server.origin}/map?view=japan`);
    expect(await page.locator('[data-testid=map] path.arc').count()).toBe(ties);
    await page.reload();
    expect(await page.getByRole('button', { name: '日本' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('restores a deep link on reload and on back and forward', async () => {
    const { page } = await open();
    const deep = `${server.origin}/?categories=9&colour=country&year=2005`;
    await page.goto(deep);
    const before = await drawn(page);
    expect(before.year).toBe('2005');
    await page.reload();
    expect(await drawn(page)).toEqual(before);
    expect(await page.getByRole('radio', { name: '国' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'その他' }).isChecked()).toBe(true);
    const at2005in9 = await figures({ categoryCodes: [9], signedTo: '2005' });
    expect(before).toEqual({ nodes: at2005in9.nodeCount, edges: at2005in9.edgeCount, year: '2005' });

    await page.getByRole('checkbox', { name: '教育' }).check();
    await page.waitForURL(`${server.origin}/?categories=1%2C9&colour=country&year=2005`);
    await page.locator('.top-nodes a').first().click();
    await page.waitForURL(/\/municipalities\//);
    await page.goBack();
    await page.waitForURL(`${server.origin}/?categories=1%2C9&colour=country&year=2005`);
    await page.goBack();
    await page.waitForURL(deep);
    expect(await drawn(page)).toEqual(before);
    await page.goForward();
    await page.waitForURL(`${server.origin}/?categories=1%2C9&colour=country&year=2005`);
    expect(await page.getByRole('checkbox', { name: '教育' }).isChecked()).toBe(true);
  });

  it('answers an unknown id with 404 and a not-found page that can search', async () => {
    const { page } = await open();
    for (const path of [`/municipalities/${toGlobalId('Municipality', 'JP/無い県')}`, '/agreements/not-an-id', '/no/such/page']) {
      const response = await page.goto(`${server.origin}${path}`);
      expect(response!.status()).toBe(404);
      await page.getByTestId('not-found').waitFor();
      expect(await page.getByRole('combobox').first().isVisible()).toBe(true);
    }
    // An agreement's id from before the keys were stable (#19) moved for good to the id it has now.
    const former = toGlobalId('Agreement', 'clair2012:6449');
    const now = await server.query<{ node: { id: string } }>('query ($id: ID!) { node(id: $id) { id } }', { id: former });
    expect(now.data!.node.id).not.toBe(former);
    const moved = await server.fetch(`/agreements/${former}?x=1`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe(`/agreements/${now.data!.node.id}?x=1`);
    expect((await server.fetch(`/agreements/${now.data!.node.id}`, { headers: { accept: 'text/html' } })).status).toBe(200);
  });

  it('ignores URL filters that do not parse and names them', async () => {
    const { page } = await open();
    await page.goto(`${server.origin}/?year=abc&countries=ZZ,CN&categories=12`);
    // An unknown country is known to be unknown once the list of countries has loaded.
    const notice = page.getByTestId('ignored').filter({ hasText: 'countries=ZZ' });
    await notice.waitFor();
    const text = (await notice.textContent())!;
    for (const part of ['year=abc', 'countries=ZZ', 'categories=12']) expect(text).toContain(part);
    const cn = await figures({ countries: ['CN'] });
    expect(await drawn(page)).toEqual({ nodes: cn.nodeCount, edges: cn.edgeCount, year: 'all' });
  });

  it('says so in words when the API fails, and retries', async () => {
    const { page } = await open();
    let fail = true;
    await page.route(`${server.origin}/graphql`, (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.fallback()));
    await page.goto(`${server.origin}/survey`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('データを取得できませんでした');
    fail = false;
    await page.getByRole('button', { name: '再試行' }).click();
    await page.getByTestId('survey-page').waitFor();
    // Failed requests are logged by the browser; they were the point here.
    opened[0].errors.length = 0;
  });

  it('switches the interface to English and back, defaulting to the browser’s language', async () => {
    const { page } = await open(VIEWPORTS[0], 'en-GB');
    await page.goto(`${server.origin}/survey`);
    await page.getByRole('heading', { level: 1, name: 'The survey in figures' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: '日本語' }).click();
    await page.getByRole('heading', { level: 1, name: '調査の集計' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '調査の集計' }).waitFor();
  });

  describe('every view', () => {
    const views: Array<[string, () => string, (page: Page) => Promise<unknown>]> = [
      ['network', () => '/', (page) => drawn(page)],
      ['network-bipartite', () => '/?projection=bipartite&colour=country', (page) => drawn(page)],
      [
        'municipality',
        () => `/municipalities/${toGlobalId('Municipality', 'JP/長崎県')}`,
        (page) => page.getByTestId('ego-network').waitFor(),
      ],
      ['agreement', () => `/agreements/${toGlobalId('Agreement', 'clair2012:6449')}`, (page) => page.getByTestId('source-ref').waitFor()],
      ['survey', () => '/survey', (page) => page.getByTestId('findings').waitFor()],
      ['map', () => '/map', (page) => page.getByTestId('map').waitFor()],
      ['map-japan', () => '/map?view=japan', (page) => page.getByTestId('map').waitFor()],
      ['not-found', () => '/municipalities/unknown', (page) => page.getByTestId('not-found').waitFor()],
    ];
    for (const viewport of VIEWPORTS) {
      it.each(views)(
        `%s at ${viewport.width}×${viewport.height}: screenshot, no serious accessibility violation, every control reachable by keyboard`,
        async (name, path, ready) => {
          const { page } = await open(viewport);
          await page.goto(`${server.origin}${path()}`);
          await ready(page);
          await page.waitForTimeout(300); // let the drawing settle for the picture
          await screenshot(page, name);
          expect(await seriousViolations(page)).toEqual([]);
          expect(await unreachableByKeyboard(page)).toEqual([]);
        },
      );
    }
  });
});
