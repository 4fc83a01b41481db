import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO } from '../../demo/sites.ts';
import { WELL_KNOWN } from '../../server/catalogue/seed/well-known-services.ts';
import { newContext, startDemoForTest, watchPage } from './demo-harness.ts';

/** Round-trip time the test gives every request, so that waves of requests stand apart clearly in time. */
const RTT = 200;

interface Recorded {
  url: URL;
  start: number;
  encoding?: string;
  type: string;
}

/**
 * Loads a page over a connection with RTT latency and a cold cache, and answers its requests grouped in waves:
 * a request that starts more than RTT/2 after the one before it waited for an answer, so it begins a new wave.
 */
async function loadInWaves(page: Page, url: string, ready: () => Promise<unknown>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: RTT, downloadThroughput: -1, uploadThroughput: -1 });
  const recorded: Recorded[] = [];
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    recorded.push({
      url: new URL(request.url()),
      start: request.timing().startTime,
      encoding: (await response?.allHeaders())?.['content-encoding'],
      type: request.resourceType(),
    });
  });
  await page.goto(url);
  await ready();
  // Nothing more arrives late (a second round of data after the first render).
  await page.waitForTimeout(3 * RTT);
  const requests = recorded.filter((request) => request.url.pathname !== '/favicon.ico').sort((a, b) => a.start - b.start);
  const waves: Recorded[][] = [];
  for (const request of requests) {
    const current = waves.at(-1);
    if (current && request.start - current.at(-1)!.start < RTT / 2) current.push(request);
    else waves.push([request]);
  }
  const describe = () => waves.map((wave, i) => `wave ${i}: ${wave.map((r) => r.url.pathname).join(' ')}`).join('\n');
  return { requests, waves, describe };
}

const kitScripts = (requests: Recorded[]) => requests.filter((request) => request.url.pathname.startsWith('/kit/'));

describe('what a town’s page loads, and when', () => {
  let browser: Browser;
  let stop: () => Promise<void>;
  before(async () => {
    ({ browser, stop } = await startDemoForTest());
  });
  after(() => stop());

  test('a form page loads its code and its data in two waves after the HTML, and no service list', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const { errors } = watchPage(page);
    const { requests, waves, describe } = await loadInWaves(
      page,
      `${DEMO.sites.syke}/antrag.html?service=${WELL_KNOWN.fundsacheMelden}`,
      () => page.getByRole('heading', { name: /Schritt 1 von \d+/ }).waitFor(),
    );
    assert.equal(waves[0].length, 1, describe());
    assert.equal(waves[0][0].type, 'document');
    assert.ok(waves.length <= 3, `the HTML, then at most two waves:\n${describe()}`);

    const paths = requests.map((request) => request.url.pathname);
    // Wave 1: the script tag's entry; wave 2: the element's code and its data, side by side.
    assert.ok(
      waves[1].some((request) => request.url.pathname === '/kit/rathaus.js'),
      describe(),
    );
    const second = waves[2].map((request) => request.url.pathname);
    assert.ok(
      second.some((path) => /^\/kit\/chunks\/application-form-/.test(path)),
      describe(),
    );
    assert.ok(second.includes(`/api/v1/forms/${WELL_KNOWN.fundsacheMelden}`), describe());
    assert.ok(second.includes(`/api/v1/municipalities/syke/services/${WELL_KNOWN.fundsacheMelden}`), describe());

    // Only what the form needs: not the service list's code, not the town's whole list of services.
    assert.ok(!paths.some((path) => path.includes('service-list')), describe());
    assert.ok(!paths.includes('/api/v1/municipalities/syke/services'), describe());
    // Every script compressed on the wire (Chromium asks loopback for gzip; browsers on HTTPS also for brotli).
    for (const script of kitScripts(requests)) assert.match(script.encoding ?? 'none', /^(br|gzip)$/, script.url.pathname);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a page with a service list loads the list and its data in two waves, and no form or tracker code', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const { errors } = watchPage(page);
    const { requests, waves, describe } = await loadInWaves(page, `${DEMO.sites.syke}/`, () =>
      page.locator('rathaus-service-list li h3').first().waitFor(),
    );
    assert.ok(waves.length <= 3, `the HTML, then at most two waves:\n${describe()}`);
    const second = waves[2].map((request) => request.url.pathname);
    assert.ok(
      second.some((path) => /^\/kit\/chunks\/service-list-/.test(path)),
      describe(),
    );
    assert.ok(second.includes('/api/v1/municipalities/syke/services'), describe());
    const paths = requests.map((request) => request.url.pathname);
    assert.ok(!paths.some((path) => /application-form|status-tracker|oidc/.test(path)), describe());
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('an element added after the page loaded gets its code then', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const { errors } = watchPage(page);
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
    await page.goto(`${DEMO.sites.syke}/status.html`);
    await page.locator('rathaus-status-tracker').getByRole('textbox').first().waitFor();
    assert.ok(!scripts.some((path) => path.includes('service-list')));
    await page.evaluate(() => {
      const list = document.createElement('rathaus-service-list');
      document.querySelector('main')!.append(list);
    });
    await page.locator('rathaus-service-list li h3').first().waitFor();
    assert.ok(scripts.some((path) => /^\/kit\/chunks\/service-list-/.test(path)));
    assert.deepEqual(errors, []);
    await context.close();
  });
});
