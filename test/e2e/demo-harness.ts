import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The whole demo (sites, providers, backend, clerk view) on a fresh data folder, and Debian's Chromium. */
export async function startDemoForTest(): Promise<{ browser: Browser; stop(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'rathaus-e2e-'));
  process.env.DEMO_DATA_DIR = dataDir;
  process.env.RATHAUS_TODAY ??= '2026-11-25';
  const { startDemo } = await import('../../demo/start.ts');
  const demo = await startDemo({ quiet: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
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

/** Signs in at the provider's German page, as a citizen types it. */
export async function signInAtProvider(page: Page, username: string, password = username): Promise<void> {
  await page.getByLabel('Benutzername').fill(username);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', ...options });
}
