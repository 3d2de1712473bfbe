/**
 * The offline IDE in a real browser: headless Chromium opens GET /graphql with every
 * request to anything but the server refused, picks the first example tab, runs it
 * and sees its result.
 */
import type { Browser } from 'playwright-core';
import { describeWithBrowser, launchChromium, onlyOrigins } from '../browser';
import { startTestServer, type TestServer } from '../utils';

describeWithBrowser('offline IDE', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('serves GraphiQL from the server alone, with the examples as tabs, and runs a query', async () => {
    const page = await browser.newPage();
    const refused = await onlyOrigins(page, [server.origin]);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    const tabs = await page.locator('.graphiql-tab').allTextContents();
    expect(tabs.join(' ')).toContain('PrefectureMultilateral');
    for (const tab of ['NetworkOverTime', 'ShortestPath', 'EgoNetwork']) expect(tabs.join(' ')).toContain(tab);
    expect(tabs.length).toBeGreaterThanOrEqual(3);
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await result.getByText('totalCount').first().waitFor({ timeout: 30_000 });
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('"totalCount": 5');
    expect(text).toContain('北海道札幌市'); // CodeMirror renders only the visible lines
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
  });

  it('still answers GraphQL GET requests and JSON clients at /graphql', async () => {
    // Apollo's CSRF prevention stays on: a GET query needs a preflight-forcing header (the helper sends one).
    const get = await server.request<{ categories: unknown[] }>(
      { query: '{ categories { code } }' },
      { method: 'GET', headers: { accept: 'application/json' } },
    );
    expect(get.json().data?.categories).toHaveLength(9);
    const page = await server.fetch('/graphql', { headers: { accept: 'text/html' } });
    expect(page.text).toContain('graphiql.js');
  });
});
