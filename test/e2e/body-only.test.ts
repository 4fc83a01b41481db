import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { DEMO } from '../../demo/sites.ts';
import { newContext, signInAtProvider, startDemoForTest, watchPage } from './demo-harness.ts';

// Stuhr's demo site is the body-only variant of the README's snippet: its CMS strips <meta> tags, so the API,
// the town and the sign-in providers are all attributes and child elements in the page body.
describe('a body-only page (a CMS that strips everything outside the body)', () => {
  let browser: Browser;
  let stop: () => Promise<void>;
  before(async () => {
    ({ browser, stop } = await startDemoForTest());
  });
  after(() => stop());

  test('signs the citizen in with providers written inside the login button, and lists their applications', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const { errors } = watchPage(page);
    await page.goto(`${DEMO.sites.stuhr}/status.html`);
    assert.equal(await page.locator('head meta[name^="rathaus-"], meta[name^="rathaus-"]').count(), 0, 'the page has no rathaus meta tags');
    assert.equal(await page.locator('head script').count(), 0, 'the kit script is in the body too');

    const login = page.locator('rathaus-login-button');
    await login.getByRole('button', { name: 'Anmelden' }).click();
    await login.getByRole('button', { name: 'Anmelden mit Bürgerkonto Landkreis Diepholz' }).click();
    await page.waitForURL(`${DEMO.buergerkonto}/**`);
    await signInAtProvider(page, 'erika');
    // The relative redirect-uri ("/anmelden.html") brought the citizen to Stuhr's callback page, which sent them back.
    await page.waitForURL(`${DEMO.sites.stuhr}/status.html`);
    await login.getByText('Angemeldet als Erika Mustermann').waitFor();
    // The tracker found the API through its own `api` attribute and asks it with the new sign-in.
    // (A fresh demo: Erika has applied for nothing yet; an error would show an alert instead.)
    await page.locator('rathaus-status-tracker').getByText('Sie haben noch keine Anträge gestellt.').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('without JavaScript the page says where else to go: the Bürgerbüro', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${DEMO.sites.stuhr}/`);
    const fallback = page.getByRole('link', { name: 'Bürgerbüro der Gemeinde Stuhr' });
    await fallback.waitFor();
    assert.match((await page.locator('main').innerText()).replace(/\s+/g, ' '), /Online-Dienste braucht Ihr Browser JavaScript/);
    await context.close();
  });
});
