/**
 * Headless Chromium for browser tests: Debian's `chromium` driven by playwright-core (its own
 * browser download cannot work here). On a machine without Chromium the tests say so and are
 * skipped; CI installs it, and there they must run.
 */
import { existsSync } from 'fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `describe` where Chromium is (or in CI, where its absence must fail), else `describe.skip` with a warning. */
export function describeWithBrowser(name: string, fn: () => void): void {
  const available = existsSync(CHROMIUM) || Boolean(process.env.CI);
  if (!available) console.warn(`${name}: browser tests skipped, no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)`);
  (available ? describe : describe.skip)(name, fn);
}

/** Chromium as the project runs it: headless, no sandbox (root in CI), no background traffic to other hosts. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Refuse every request from `page` to a host other than `origins`; returns the refused URLs as they happen. */
export async function onlyOrigins(page: Page, origins: string[]): Promise<string[]> {
  const refused: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (origins.some((o) => url.startsWith(o))) return route.continue();
    refused.push(url);
    return route.abort();
  });
  return refused;
}
