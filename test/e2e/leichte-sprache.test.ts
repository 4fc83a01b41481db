import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Browser, Request } from 'playwright-core';
import { WELL_KNOWN } from '../../server/catalogue/seed/well-known-services.ts';
import { DEMO } from '../../demo/sites.ts';
import { expectAccessible } from './accessibility.ts';
import { hasFocus, scenario, startDemoForTest, watchPage } from './demo-harness.ts';
import { tabTo } from './keyboard.ts';

const FUNDSACHE_FORM = `${DEMO.sites.syke}/antrag.html?service=${WELL_KNOWN.fundsacheMelden}`;

// Issue 12: the citizen chooses Leichte Sprache with the switch at the top of a widget; every widget of the page
// follows, and so do the site's next pages in the same tab, but nothing stays behind for the next person.
describe('the "Leichte Sprache" switch (issue 12)', () => {
  let browser: Browser;
  let stop: () => Promise<void>;
  before(async () => {
    ({ browser, stop } = await startDemoForTest());
  });
  after(() => stop());

  test('a keyboard user turns on Leichte Sprache for the whole page, keeps it on the next page of the tab, and turns it off', () =>
    scenario(browser, 'leichte-sprache switch', async (s) => {
      const context = await s.context({ viewport: { width: 1024, height: 768 }, bypassCSP: true });
      const page = await context.newPage();
      const { errors } = watchPage(page);
      await page.goto(`${DEMO.sites.syke}/`);
      const list = page.locator('rathaus-service-list');
      const login = page.locator('rathaus-login-button');
      await list.getByText(/\d+ Leistungen gefunden/).waitFor();
      const toggle = list.getByRole('button', { name: 'Leichte Sprache' });
      assert.equal(await toggle.getAttribute('aria-pressed'), 'false');

      // The switch is the widget's first tab stop, right before the search.
      await tabTo(page, toggle);
      await page.keyboard.press('Enter');
      await list.getByRole('searchbox', { name: 'Was suchen Sie?' }).waitFor();
      await list.getByText(/Wir haben \d+ Sachen gefunden\./).waitFor();
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
      assert.equal(await hasFocus(toggle), true, 'the focus stays on the switch');
      await expectAccessible(page, 'the service list in Leichte Sprache');
      await mkdir('docs/screenshots', { recursive: true });
      await page.screenshot({ path: 'docs/screenshots/leichte-sprache-service-list.png' });
      await page.keyboard.press('Tab');
      assert.equal(await hasFocus(list.getByRole('searchbox', { name: 'Was suchen Sie?' })), true, 'the search follows the switch');
      // The compact login button has no switch of its own: it follows the page's choice.
      await login.getByRole('button', { name: 'Anmelden', exact: true }).click();
      await login.getByText('Wie wollen Sie sich anmelden?').waitFor();

      // The next page of the site, in the same tab: the form starts in Leichte Sprache, its switch pressed.
      const formRequests: string[] = [];
      const noteFormRequest = (request: Request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith('/api/v1/forms/')) formRequests.push(`${url.pathname}${url.search}`);
      };
      page.on('request', noteFormRequest);
      await page.goto(FUNDSACHE_FORM);
      const form = page.locator('rathaus-application-form');
      await form.getByText('Bei diesen Feldern steht: muss ausgefüllt werden.').waitFor();
      page.off('request', noteFormRequest);
      // The script tag's entry asks for the form with its Leichte Sprache texts at once, not for the German first.
      assert.deepEqual(formRequests, [`/api/v1/forms/${WELL_KNOWN.fundsacheMelden}?texts=de-x-ls`]);
      const formToggle = form.getByRole('button', { name: 'Leichte Sprache' });
      assert.equal(await formToggle.getAttribute('aria-pressed'), 'true');
      await expectAccessible(page, 'the form in Leichte Sprache');
      // Only for this tab: nothing in a cookie or in localStorage for the next person at a shared computer.
      assert.deepEqual(await context.cookies(), []);
      assert.equal(await page.evaluate(() => localStorage.getItem('rathaus-language')), null);
      const otherTab = await context.newPage();
      await otherTab.goto(`${DEMO.sites.syke}/`);
      await otherTab
        .locator('rathaus-service-list')
        .getByText(/\d+ Leistungen gefunden/)
        .waitFor();
      await otherTab.close();

      // Turned off again from the form: back to the page's German, here and on the next page.
      await tabTo(page, formToggle);
      await page.keyboard.press('Space');
      await form.getByText('Pflichtfelder sind mit „(Pflichtfeld)“ gekennzeichnet.').waitFor();
      assert.equal(await formToggle.getAttribute('aria-pressed'), 'false');
      assert.equal(await hasFocus(formToggle), true, 'the focus stays on the switch');
      await page.goto(`${DEMO.sites.syke}/`);
      await list.getByText(/\d+ Leistungen gefunden/).waitFor();
      assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
      assert.deepEqual(errors, []);
    }));
});
