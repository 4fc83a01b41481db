import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { DEMO } from '../../demo/sites.ts';
import { WELL_KNOWN } from '../../server/catalogue/seed/well-known-services.ts';
import { fillHundUpToHalter, samplePdf, stepHeading } from './application-forms.ts';
import { newContext, scenario, signInAtProvider, startDemoForTest, watchCsp, watchPage } from './demo-harness.ts';

const HUND_FORM = `${DEMO.sites.diepholz}/antrag.html?service=${WELL_KNOWN.hundAnmelden}`;
const WOHNSITZ_FORM = `${DEMO.sites.syke}/antrag.html?service=${WELL_KNOWN.wohnsitzAnmelden}`;

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
    assert.equal(
      await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('oidc')).length),
      0,
      'no tokens in localStorage',
    );

    // Syke is another site: "Anmelden" completes through the provider's own session, without a password.
    await page.goto(`${DEMO.sites.syke}/`);
    await page.locator('rathaus-login-button').getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Anmelden mit Bürgerkonto Landkreis Diepholz' }).click();
    await page.waitForURL(`${DEMO.sites.syke}/`);
    await page.locator('rathaus-login-button').getByText('Angemeldet als Erika Mustermann').waitFor();

    // Abmelden ends the session at the provider too: the next sign-in, on any site, asks for the password again.
    // The page shows "signed out" before it leaves for the provider, so wait for the round trip itself.
    const atProvider = page.waitForEvent(
      'framenavigated',
      (frame) => frame === page.mainFrame() && frame.url().startsWith(DEMO.buergerkonto),
    );
    await page.locator('rathaus-login-button').getByRole('button', { name: 'Abmelden' }).click();
    await atProvider;
    await page.waitForURL(`${DEMO.sites.syke}/`);
    await page.locator('rathaus-login-button').getByRole('button', { name: 'Anmelden' }).waitFor();
    assert.deepEqual(
      await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('oidc') || key.startsWith('rathaus'))),
      [],
    );
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
  test('asks a citizen signed in at level "niedrig" to sign in again at the same provider for "Wohnsitz anmelden", then lets them fill it in', () =>
    scenario(browser, 'step-up', async (s) => {
      const page = await (await s.context()).newPage();
      const { errors } = watchPage(page);
      await page.goto(`${DEMO.sites.syke}/`);
      const login = page.locator('rathaus-login-button');
      await login.getByRole('button', { name: 'Anmelden' }).click();
      await login.getByRole('button', { name: 'Anmelden mit Servicekonto Niedersachsen' }).click();
      await page.waitForURL(`${DEMO.servicekonto}/**`);
      await signInAtProvider(page, 'jonas');
      await login.getByText('Angemeldet als Jonas Schröder').waitFor();

      await page.goto(WOHNSITZ_FORM);
      const form = page.locator('rathaus-application-form');
      const gate = form.locator('[part="sign-in-required"]');
      await gate.getByRole('heading', { name: 'Anmeldung erforderlich' }).waitFor();
      assert.match(
        await gate.innerText(),
        /Sie sind mit dem Vertrauensniveau „niedrig“ angemeldet\. Für diese Leistung ist das Vertrauensniveau „substanziell“ nötig/,
      );
      assert.equal(await form.getByRole('textbox').count(), 0, 'nothing to fill in yet');

      // The provider knows Jonas, but asks for the password again because a higher level is requested.
      await gate.getByRole('button', { name: 'Mit Vertrauensniveau „substanziell“ anmelden' }).click();
      await page.waitForURL(`${DEMO.servicekonto}/**`);
      assert.match(await page.locator('main').innerText(), /Verlangt wird das Vertrauensniveau „substan[tz]iell“/);
      // Jonas's account cannot reach that level: back on the form, which explains it again.
      await signInAtProvider(page, 'jonas');
      await page.waitForURL(WOHNSITZ_FORM);
      await login.getByText('Angemeldet als Jonas Schröder').waitFor();
      await gate.getByText('Sie sind mit dem Vertrauensniveau „niedrig“ angemeldet.', { exact: false }).waitFor();

      // Erika's account can.
      await gate.getByRole('button', { name: 'Mit Vertrauensniveau „substanziell“ anmelden' }).click();
      await page.waitForURL(`${DEMO.servicekonto}/**`);
      await signInAtProvider(page, 'erika');
      await page.waitForURL(WOHNSITZ_FORM);
      await login.getByText('Angemeldet als Erika Mustermann').waitFor();
      await stepHeading(form, 'Schritt 1 von').waitFor();
      assert.equal(await gate.count(), 0);
      assert.ok((await form.getByRole('textbox').count()) > 0, 'the form can be filled in');
      assert.deepEqual(errors, []);
    }));

  test('lets a citizen signed in at level "substanziell" from the login button fill in "Wohnsitz anmelden" at once', () =>
    scenario(browser, 'substantial sign-in', async (s) => {
      const page = await (await s.context()).newPage();
      await page.goto(`${DEMO.sites.syke}/`);
      const login = page.locator('rathaus-login-button');
      await login.getByRole('button', { name: 'Anmelden' }).click();
      await login.getByRole('button', { name: 'Anmelden mit Bürgerkonto Landkreis Diepholz' }).click();
      await page.waitForURL(`${DEMO.buergerkonto}/**`);
      await signInAtProvider(page, 'erika');
      await login.getByText('Angemeldet als Erika Mustermann').waitFor();
      await page.goto(WOHNSITZ_FORM);
      const form = page.locator('rathaus-application-form');
      await stepHeading(form, 'Schritt 1 von').waitFor();
      assert.equal(await form.locator('[part="sign-in-required"]').count(), 0);
    }));

  test('keeps what was typed when the sign-in expires during a form, and shows it again after signing in', () =>
    scenario(browser, 'expiry', async (s) => {
      const context = await s.context();
      // The kit's timers run on the page's clock: fifteen minutes pass in a moment.
      await context.clock.install();
      const page = await context.newPage();
      await page.goto(HUND_FORM);
      const form = page.locator('rathaus-application-form');
      const login = page.locator('rathaus-login-button');
      await form.getByRole('button', { name: 'Anmelden mit Bürgerkonto Landkreis Diepholz' }).click();
      await page.waitForURL(`${DEMO.buergerkonto}/**`);
      await signInAtProvider(page, 'erika');
      await page.waitForURL(HUND_FORM);
      await form.getByLabel('Name des Hundes').fill('Bello');
      await form.getByLabel('Rasse').fill('Dackel');

      // The provider has ended the session behind the token: renewing it with the refresh token fails.
      await page.route(`${DEMO.buergerkonto}/token`, async (route) => {
        if (!new URLSearchParams(route.request().postData() ?? '').get('grant_type')?.startsWith('refresh_token')) return route.continue();
        await route.fulfill({
          status: 400,
          contentType: 'application/json',
          headers: { 'access-control-allow-origin': DEMO.sites.diepholz },
          body: JSON.stringify({ error: 'invalid_grant', error_description: 'grant request is invalid' }),
        });
      });
      // The access token lives fifteen minutes; two minutes before, the kit tries to renew it and warns.
      await page.clock.fastForward('13:10');
      await login.getByRole('alert').filter({ hasText: 'Ihre Anmeldung läuft bald ab. Ihre Eingaben bleiben erhalten.' }).waitFor();
      await page.clock.fastForward('02:00');
      await login
        .getByRole('alert')
        .filter({ hasText: 'Ihre Anmeldung ist abgelaufen. Ihre Eingaben sind gespeichert; bitte melden Sie sich erneut an.' })
        .waitFor();
      const gate = form.locator('[part="sign-in-required"]');
      assert.match(await gate.innerText(), /Ihre bisherigen Eingaben bleiben dabei erhalten\./);

      // Nothing is lost by a reload either; signing in again (the provider still knows Erika) shows it all.
      await page.reload();
      await gate.getByRole('button', { name: 'Anmelden mit Bürgerkonto Landkreis Diepholz' }).click();
      await page.waitForURL(HUND_FORM);
      await form.locator('[part="notice"]').getByText('Wir haben Ihre bisherigen Eingaben wiederhergestellt.').waitFor();
      assert.equal(await form.getByLabel('Name des Hundes').inputValue(), 'Bello');
      assert.equal(await form.getByLabel('Rasse').inputValue(), 'Dackel');
    }));

  test('fills the Halter/in step of "Hund anmelden" from Erika’s account and locks what the office takes from it', () =>
    scenario(browser, 'prefill', async (s) => {
      const page = await (await s.context()).newPage();
      const { errors } = watchPage(page);
      const form = page.locator('rathaus-application-form');
      const hundForm = `${DEMO.sites.stuhr}/antrag.html?service=${WELL_KNOWN.hundAnmelden}`;
      await page.goto(hundForm);
      await form.getByRole('button', { name: 'Anmelden mit Bürgerkonto Landkreis Diepholz' }).click();
      await page.waitForURL(`${DEMO.buergerkonto}/**`);
      await signInAtProvider(page, 'erika');
      await page.waitForURL(hundForm);
      await fillHundUpToHalter(form, samplePdf('nachweis.pdf'));

      const fields = {
        Vornamen: { value: 'Erika', locked: true },
        Familienname: { value: 'Mustermann', locked: true },
        Geburtsdatum: { value: '1964-08-12', locked: true },
        'Straße und Hausnummer': { value: 'Lange Straße 12', locked: true },
        PLZ: { value: '49356', locked: true },
        Ort: { value: 'Diepholz', locked: true },
        'E-Mail-Adresse': { value: 'erika.mustermann@example.de', locked: false },
        Telefon: { value: '+49 4441 123456', locked: false },
      };
      const shown: Record<string, { value: string; locked: boolean }> = {};
      for (const label of Object.keys(fields)) {
        const field = form.getByLabel(new RegExp(`^${label}( \\(Pflichtfeld\\))?$`));
        shown[label] = { value: await field.inputValue(), locked: !(await field.isEditable()) };
      }
      assert.deepEqual(shown, fields);
      // The citizen may still correct the contact details.
      await form.getByLabel('Telefon').fill('04206 123456');
      await form.getByLabel('Vornamen').press('X');
      assert.equal(await form.getByLabel('Vornamen').inputValue(), 'Erika');
      assert.deepEqual(errors, []);
    }));

  test('a provider that fails brings the citizen back with a clear message, never a raw error or an empty widget', () =>
    scenario(browser, 'provider error', async (s) => {
      const page = await (await s.context()).newPage();
      const { violations } = watchCsp(page);
      // The Bürgerkonto is having a bad day: first it answers the authorization request with an error, as OAuth
      // does; then it sends back a code for a sign-in the page never started.
      const answers = [
        (state: string) => ({
          error: 'temporarily_unavailable',
          error_description: 'upstream dependency failure (adapter timeout)',
          state,
        }),
        () => ({ code: 'f4k3-c0d3', state: 'a-state-from-another-sign-in' }),
      ];
      await page.route(
        (url) => url.origin === DEMO.buergerkonto && url.pathname === '/auth',
        async (route) => {
          const request = new URL(route.request().url());
          const back = new URL(request.searchParams.get('redirect_uri')!);
          back.search = new URLSearchParams({ ...answers.shift()!(request.searchParams.get('state')!), iss: DEMO.buergerkonto }).toString();
          await route.fulfill({ status: 303, headers: { location: back.href } });
        },
      );
      await page.goto(HUND_FORM);
      const form = page.locator('rathaus-application-form');
      const login = page.locator('rathaus-login-button');
      await form.getByRole('button', { name: 'Anmelden mit Bürgerkonto Landkreis Diepholz' }).click();

      await login.getByRole('alert').filter({ hasText: 'Die Anmeldung hat nicht geklappt. Bitte versuchen Sie es erneut.' }).waitFor();
      assert.equal(page.url(), HUND_FORM, 'back on the form, without code, state or error in the address');
      await login.getByRole('button', { name: 'Erneut anmelden' }).waitFor();
      // The form still says what it needs and offers the sign-in again.
      await form.getByRole('button', { name: 'Anmelden mit Bürgerkonto Landkreis Diepholz' }).waitFor();
      assert.doesNotMatch(await page.locator('main').innerText(), /temporarily_unavailable|adapter timeout|Error/);

      await login.getByRole('button', { name: 'Erneut anmelden' }).click();
      const callback = page.waitForEvent(
        'framenavigated',
        (frame) => frame === page.mainFrame() && frame.url().startsWith(`${DEMO.sites.diepholz}/anmelden.html`),
      );
      await login.getByRole('button', { name: 'Anmelden mit Bürgerkonto Landkreis Diepholz' }).click();
      await callback;
      await page.waitForURL(HUND_FORM);
      await login.getByRole('alert').filter({ hasText: 'Die Anmeldung hat nicht geklappt. Bitte versuchen Sie es erneut.' }).waitFor();
      assert.equal(page.url(), HUND_FORM);
      assert.equal(answers.length, 0, 'both answers were given');
      assert.doesNotMatch(await page.locator('main').innerText(), /state|f4k3|Error/i);
      await form.getByRole('button', { name: 'Anmelden mit Bürgerkonto Landkreis Diepholz' }).waitFor();
      assert.deepEqual(violations, []);
    }));
});
