import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { DEMO } from '../../demo/sites.ts';
import { newContext, signInAtProvider, startDemoForTest, watchPage } from './demo-harness.ts';

describe('signing in with OpenID Connect across the towns’ sites', () => {
  let browser: Browser;
  let stop: () => Promise<void>;
  before(async () => {
    ({ browser, stop } = await startDemoForTest());
  });
  after(() => stop());

  test('signs in on Diepholz, is known on Syke without a password, and signs out everywhere', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const { errors } = watchPage(page);
    await page.goto(`${DEMO.sites.diepholz}/status.html`);
    const login = page.locator('rathaus-login-button');
    await login.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Anmelden mit Bürgerkonto Landkreis Diepholz' }).click();
    await page.waitForURL(`${DEMO.buergerkonto}/**`);
    await signInAtProvider(page, 'erika');
    // Back on the page the citizen left, not on the callback page.
    await page.waitForURL(`${DEMO.sites.diepholz}/status.html`);
    await login.getByText('Angemeldet als Erika Mustermann').waitFor();
    assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('oidc')).length), 0, 'no tokens in localStorage');

    // Syke is another site: "Anmelden" completes through the provider's own session, without a password.
    await page.goto(`${DEMO.sites.syke}/`);
    await page.locator('rathaus-login-button').getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Anmelden mit Bürgerkonto Landkreis Diepholz' }).click();
    await page.waitForURL(`${DEMO.sites.syke}/`);
    await page.locator('rathaus-login-button').getByText('Angemeldet als Erika Mustermann').waitFor();

    // Abmelden ends the session at the provider too: the next sign-in, on any site, asks for the password again.
    await page.locator('rathaus-login-button').getByRole('button', { name: 'Abmelden' }).click();
    await page.waitForURL(`${DEMO.sites.syke}/`);
    await page.locator('rathaus-login-button').getByRole('button', { name: 'Anmelden' }).waitFor();
    assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('oidc') || key.startsWith('rathaus'))), []);
    await page.goto(`${DEMO.sites.stuhr}/`);
    await page.locator('rathaus-login-button').getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Anmelden mit Bürgerkonto Landkreis Diepholz' }).click();
    await page.waitForURL(`${DEMO.buergerkonto}/**`);
    await page.getByLabel('Passwort').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a citizen who cancels at the provider returns with a clear message and can try again', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${DEMO.sites.stuhr}/`);
    await page.locator('rathaus-login-button').getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Anmelden mit Servicekonto Niedersachsen' }).click();
    await page.waitForURL(`${DEMO.servicekonto}/**`);
    await page.getByRole('button', { name: 'Abbrechen und zurück' }).click();
    await page.waitForURL(`${DEMO.sites.stuhr}/`);
    const login = page.locator('rathaus-login-button');
    await login.getByRole('alert').getByText('Sie haben die Anmeldung abgebrochen').waitFor();
    await login.getByRole('button', { name: 'Erneut anmelden' }).waitFor();
    assert.doesNotMatch(page.url(), /error=|state=|code=/);
    await context.close();
  });
});
