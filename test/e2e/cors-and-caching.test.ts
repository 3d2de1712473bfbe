/**
 * Dashboards on other origins: CORS preflights and answers, HTTP caching of GET queries with an
 * ETag bound to the data version (304 on revalidation, a new ETag after a re-import), and a real
 * page on another origin fetching the showcase in headless Chromium.
 */
import { createServer, type Server } from 'http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Browser } from 'playwright-core';
import { DEFAULT_DATASET, replaceDataset } from '../../src/db/load-dataset';
import type { Dataset } from '../../src/records/records';
import { describeWithBrowser, launchChromium, onlyOrigins } from '../browser';
import { EXAMPLES } from '../examples';
import { startTestServer, type TestServer } from '../utils';

const showcase = EXAMPLES.find((e) => e.file === 'prefecture-multilateral.graphql')!;
const DASHBOARD = 'http://localhost:5173';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ dataVersionPollMs: 50 });
});
afterAll(() => server.stop());

describe('CORS', () => {
  it('answers a preflight from another origin with 204, the allowed methods and headers, and a max age', async () => {
    const res = await server.fetch('/graphql', {
      method: 'OPTIONS',
      headers: { origin: DASHBOARD, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/content-type/);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/apollo-require-preflight/);
    expect(res.headers.get('access-control-max-age')).toBe('86400');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets scripts on any origin read answers, their ETag and request id; exports too', async () => {
    const post = await server.request({ query: '{ categories { code } }' }, { headers: { origin: DASHBOARD } });
    expect(post.headers.get('access-control-allow-origin')).toBe('*');
    expect(post.headers.get('access-control-expose-headers')).toMatch(/etag/i);
    expect(post.headers.get('access-control-expose-headers')).toMatch(/x-request-id/i);
    const cached = await server.request({ query: '{ categories { code } }' }, { headers: { origin: DASHBOARD } });
    expect(cached.headers.get('x-response-cache')).toBe('hit');
    expect(cached.headers.get('access-control-allow-origin')).toBe('*');
    const csv = await server.fetch('/export/network.csv?countries=KR', { headers: { origin: DASHBOARD } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('with CORS_ORIGINS allows only the listed origins, including for cached answers', async () => {
    const restricted = await startTestServer({ corsOrigins: [DASHBOARD] });
    try {
      for (let i = 0; i < 2; i++) {
        const allowed = await restricted.request({ query: '{ categories { code } }' }, { headers: { origin: DASHBOARD } });
        expect(allowed.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
        expect(allowed.headers.get('vary')).toMatch(/origin/i);
        const other = await restricted.request({ query: '{ categories { code } }' }, { headers: { origin: 'http://evil.test' } });
        expect(other.headers.get('access-control-allow-origin')).toBeNull();
      }
    } finally {
      await restricted.stop();
    }
  });
});

describe('HTTP caching of GET queries', () => {
  it('sends Cache-Control and an ETag, answers If-None-Match with 304, with and without the response cache', async () => {
    const uncached = await startTestServer({ responseCache: false });
    try {
      for (const s of [server, uncached]) {
        const op = { query: showcase.query, variables: showcase.variables };
        const first = await s.request(op, { method: 'GET' });
        expect(first.status).toBe(200);
        expect(first.headers.get('cache-control')).toBe('public, max-age=300');
        const etag = first.headers.get('etag')!;
        expect(etag).toMatch(/^"[\w-]{27}"$/);
        const again = await s.request(op, { method: 'GET', headers: { 'if-none-match': etag } });
        expect(again.status).toBe(304);
        expect(again.text).toBe('');
        const stale = await s.request(op, { method: 'GET', headers: { 'if-none-match': '"something-else"' } });
        expect(stale.status).toBe(200);
        expect(stale.headers.get('etag')).toBe(etag);
      }
    } finally {
      await uncached.stop();
    }
  });

  it('gives a new ETag once the data is re-imported', async () => {
    const op = { query: '{ agreements(first: 1) { nodes { title } } }' };
    const before = (await server.request(op, { method: 'GET' })).headers.get('etag')!;
    const data = JSON.parse(readFileSync(DEFAULT_DATASET, 'utf8')) as Dataset;
    data.agreements[0].title = `${data.agreements[0].title}（改）`;
    const dir = mkdtempSync(join(tmpdir(), 'teikei-etag-'));
    try {
      writeFileSync(join(dir, 'changed.json'), JSON.stringify(data));
      await replaceDataset(server.orm, join(dir, 'changed.json'));
      await new Promise((r) => setTimeout(r, 300)); // the server polls the data version every 50 ms here
      const after = await server.request(op, { method: 'GET', headers: { 'if-none-match': before } });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(before);
    } finally {
      await replaceDataset(server.orm, DEFAULT_DATASET);
      rmSync(dir, { recursive: true });
    }
  });

  it('never puts caching headers on an answer with errors', async () => {
    const res = await server.request({ query: '{ agreements(first: 5, after: "nonsense") { totalCount } }' }, { method: 'GET' });
    expect(res.json().errors?.[0].extensions?.code).toBe('BAD_CURSOR');
    expect(res.headers.get('etag')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describeWithBrowser('a dashboard on another origin, in Chromium', () => {
  let browser: Browser;
  let page: Server;
  let pageOrigin: string;
  beforeAll(async () => {
    browser = await launchChromium();
    // The dashboard: a page on its own port (another origin) that fetches the showcase with POST and with GET.
    const html = `<!doctype html><meta charset="utf-8"><title>dashboard</title><body><p id="post">…</p><p id="get">…</p><script>
      const api = ${JSON.stringify(server.url)};
      const query = ${JSON.stringify(showcase.query)};
      const variables = ${JSON.stringify(showcase.variables)};
      fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })
        .then((r) => r.json()).then((b) => { document.getElementById('post').textContent = 'POST ' + b.data.agreements.totalCount; });
      const url = api + '?' + new URLSearchParams({ query, variables: JSON.stringify(variables) });
      fetch(url, { headers: { 'apollo-require-preflight': 'true' } })
        .then((r) => r.json()).then((b) => { document.getElementById('get').textContent = 'GET ' + b.data.agreements.totalCount; });
    </script>`;
    page = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    pageOrigin = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => page?.close(resolve));
  });

  it('fetches the showcase with POST and GET and renders the count; the preflights are 204', async () => {
    const expected = (await server.query<{ agreements: { totalCount: number } }>(showcase.query, showcase.variables)).data!.agreements
      .totalCount;
    const tab = await browser.newPage();
    const refused = await onlyOrigins(tab, [pageOrigin, server.origin]);
    const preflights: number[] = [];
    tab.on('response', (r) => {
      if (r.request().method() === 'OPTIONS') preflights.push(r.status());
    });
    const errors: string[] = [];
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.goto(pageOrigin);
    await tab.getByText(`POST ${expected}`).waitFor({ timeout: 20_000 });
    await tab.getByText(`GET ${expected}`).waitFor({ timeout: 20_000 });
    expect(new URL(pageOrigin).origin).not.toBe(server.origin);
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    // Chromium may answer a repeated preflight from its cache; every one that went out was a 204.
    expect(preflights.every((s) => s === 204)).toBe(true);
    const direct = await server.fetch('/graphql', {
      method: 'OPTIONS',
      headers: { origin: pageOrigin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'apollo-require-preflight' },
    });
    expect(direct.status).toBe(204);
  });
});
