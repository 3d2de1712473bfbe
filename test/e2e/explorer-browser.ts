/// <reference lib="dom" />
/**
 * Driving the explorer in headless Chromium (test/browser.ts): pages whose requests to any other
 * host are refused and recorded, console errors collected, axe-core run inside the page, keyboard
 * reachability checked by tabbing, screenshots saved under test-results/explorer/.
 */
import { mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inProject } from '../../src/project-root';
import { onlyOrigins } from '../browser';

/** Where the tests leave their screenshots (not committed). */
const SCREENSHOTS = inProject('test-results/explorer');
export const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Requests to another host (refused). */
  refused: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/** A new page of `origin` in its own context; `lang` sets the browser's language (the app's default). */
export async function watchedPage(
  browser: Browser,
  origin: string,
  viewport: { width: number; height: number },
  lang = 'ja-JP',
): Promise<Watched> {
  const context = await browser.newContext({ viewport, locale: lang, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const refused = await onlyOrigins(page, [origin, 'blob:', 'data:']);
  const errors: string[] = [];
  page.on('console', (m) => {
    // A page that answers 404 on purpose (the not-found page) logs the status; that is the test's point, not an error.
    if (m.type() === 'error' && !/status of 404/.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, refused, errors };
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is (rule id and the first elements). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (script-src 'self') does not apply.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.targets.join(', ')}`);
}

/**
 * The visible, enabled controls that Tab never reaches (pressing Tab until focus comes back
 * round or `max` presses). Each control is described by its tag and text.
 */
export async function unreachableByKeyboard(page: Page, max = 400): Promise<string[]> {
  const count = await page.evaluate(() => {
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])'),
    ).filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
    controls.forEach((el, i) => el.setAttribute('data-kbd', String(i)));
    (document.activeElement as HTMLElement | null)?.blur();
    return controls.length;
  });
  const reached = new Set<string>();
  for (let i = 0; i < max && reached.size < count; i++) {
    await page.keyboard.press('Tab');
    const k = await page.evaluate(() => document.activeElement?.getAttribute('data-kbd') ?? null);
    if (k != null) reached.add(k);
  }
  return page.evaluate(
    (seen) =>
      Array.from(document.querySelectorAll<HTMLElement>('[data-kbd]'))
        .filter((el) => !seen.includes(el.getAttribute('data-kbd')!))
        // Tab enters a group of radio buttons once, at its checked one; the arrow keys move inside it.
        .filter((el) => {
          const radio = el as HTMLInputElement;
          if (radio.type !== 'radio' || !radio.name) return true;
          const group = Array.from(document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${radio.name}"]`));
          return !group.some((r) => seen.includes(r.getAttribute('data-kbd')!));
        })
        .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`),
    [...reached],
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const { width, height } = page.viewportSize()!;
  const path = join(SCREENSHOTS, `${name}-${width}x${height}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** What the explorer exposes for tests and benchmarks (web/src/views/network/SigmaCanvas.tsx). */
export interface ExplorerHook {
  nodePosition(id: string): { x: number; y: number } | null;
  sigma: { getCamera(): { animate(state: object, opts?: object): Promise<void>; getState(): { x: number; y: number; ratio: number } } };
}
