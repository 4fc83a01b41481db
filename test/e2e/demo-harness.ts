import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/** The whole demo (sites, providers, backend, clerk view) on a fresh data folder, and Debian's Chromium. */
export async function startDemoForTest(): Promise<{ browser: Browser; stop(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'rathaus-e2e-'));
  process.env.DEMO_DATA_DIR = dataDir;
  process.env.RATHAUS_TODAY ??= '2026-11-25';
  const { startDemo } = await import('../../demo/start.ts');
  const demo = await startDemo({ quiet: true });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  return {
    browser,
    async stop() {
      await browser.close();
      await demo.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every page's console errors and failed requests, so that a test can insist there were none. */
export function watchPage(page: Page): { errors: string[] } {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Failed loads are reported below with their address; the console only repeats them without it.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { errors };
}

/** Every report of the browser that the page's Content-Security-Policy blocked something. */
export function watchCsp(page: Page): { violations: string[] } {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(`${page.url()}: ${message.text()}`);
  });
  return { violations };
}

/** Signs in at the provider's German page, as a citizen types it. */
export async function signInAtProvider(page: Page, username: string, password = username): Promise<void> {
  await page.getByLabel('Benutzername').fill(username);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', ...options });
}

export interface Scenario {
  /** A new browser context (a citizen's or a clerk's browser), closed when the scenario ends. */
  context(options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext>;
}

/**
 * Runs a test's browsers: the contexts it opens are closed afterwards and, if the test fails, a screenshot of
 * every open page is kept in test-results/failures/ to show where it stood.
 */
export async function scenario(browser: Browser, name: string, body: (scenario: Scenario) => Promise<void>): Promise<void> {
  const folder = join('test-results', 'failures');
  // Screenshots of an earlier failed run would tell about a failure that is no longer there.
  const stale = (await readdir(folder).catch(() => [])).filter((file) => file.startsWith(`${slug(name)}-`));
  await Promise.all(stale.map((file) => rm(join(folder, file))));
  const contexts: BrowserContext[] = [];
  try {
    await body({
      async context(options) {
        const context = await newContext(browser, options);
        contexts.push(context);
        return context;
      },
    });
  } catch (error) {
    await mkdir(folder, { recursive: true });
    const pages = contexts.flatMap((context) => context.pages());
    await Promise.all(
      pages.map((page, index) =>
        page.screenshot({ path: join(folder, `${slug(name)}-${index + 1}.png`), fullPage: true }).catch(() => undefined),
      ),
    );
    throw error;
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/** Polls `check` until it returns something other than undefined; for state outside the browser (e.g. webhooks). */
export async function waitUntil<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** True if `locator`'s element has the focus, looking through open shadow roots. */
export function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === element;
  });
}
