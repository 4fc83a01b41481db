import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { WELL_KNOWN } from '../../server/catalogue/seed/well-known-services.ts';
import { DEMO } from '../../demo/sites.ts';
import { expectAccessible } from './accessibility.ts';
import {
  BELLO,
  continueHundToReview,
  fillGeburtsurkundeToReview,
  fillHundUpToHalter,
  fillHundWithKeyboard,
  samplePdf,
  stepHeading,
} from './application-forms.ts';
import { ClerkView, webhookInbox } from './clerk-view.ts';
import { hasFocus, scenario, signInAtProvider, startDemoForTest, waitUntil, watchCsp, watchPage } from './demo-harness.ts';
import { press, tabTo, typeInto } from './keyboard.ts';
import { StepScreenshots } from './step-screenshots.ts';

const HUND_FORM = `${DEMO.sites.diepholz}/antrag.html?service=${WELL_KNOWN.hundAnmelden}`;
const REFERENCE = /^[A-Z]{2,4}-2026-\d{6}$/;
const QUESTION = 'Bitte reichen Sie die Prüfungsbescheinigung der Rettungshundestaffel nach.';

/** The service's entry in a service list, by its exact name. */
function serviceItem(list: Locator, name: string): Locator {
  return list.getByRole('listitem').filter({ has: list.page().getByRole('heading', { name, exact: true, level: 3 }) });
}

/** The application with this reference number in a status tracker. */
function applicationCard(page: Page, reference: string): Locator {
  return page
    .locator('rathaus-status-tracker')
    .getByRole('article')
    .filter({ has: page.getByText(reference, { exact: true }) });
}

/** The timeline entries of an application card, as text. */
async function timeline(card: Locator): Promise<string[]> {
  return (await card.getByRole('listitem').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** Opens a mail in the demo's mailbox by its subject, once it has arrived (the outbox sends it within seconds). */
async function openMail(page: Page, subject: string): Promise<void> {
  const link = page.getByRole('link', { name: subject, exact: true });
  await page.goto(`${DEMO.mail}/`);
  await waitUntil(`the mail "${subject}"`, async () => ((await link.count()) === 1 ? true : (await page.reload(), undefined)), 30_000);
  await link.click();
}

/** Marks the page, so that a test can tell later that it was not reloaded. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { notReloaded?: boolean }).notReloaded = true));
}

async function isSamePage(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);
}

describe('a citizen’s journey across the county’s sites', () => {
  let browser: Browser;
  let stop: () => Promise<void>;
  before(async () => {
    ({ browser, stop } = await startDemoForTest());
  });
  after(() => stop());

  test('applies for "Hund anmelden" on Diepholz’s strict-CSP site, and follows the clerk’s answers live on Syke', () =>
    scenario(browser, 'journey', async (s) => {
      const shots = new StepScreenshots('journey');
      const nachweis = samplePdf('pruefung-rettungshund.pdf');
      const page = await (await s.context({ viewport: { width: 1024, height: 768 } })).newPage();
      const { errors } = watchPage(page);
      const { violations } = watchCsp(page);
      const passwords: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && /\/interaction\/[^/]+\/login$/.test(request.url())) passwords.push(request.url());
      });

      // 1. Diepholz's old CMS page: search "Hundesteuer", find "Hund anmelden", choose it.
      await page.goto(`${DEMO.sites.diepholz}/`);
      const list = page.locator('rathaus-service-list');
      await list.getByRole('searchbox', { name: 'Leistung suchen' }).fill('Hundesteuer');
      const hund = serviceItem(list, 'Hund anmelden');
      await hund.getByText('Online möglich').waitFor();
      await shots.take(page, 'diepholz-suche-hundesteuer');
      await hund.getByRole('button', { name: /^Online beantragen\s*:\s*Hund anmelden$/ }).click();
      await page.waitForURL(HUND_FORM);

      // 2. The form needs a sign-in at level "niedrig": the Bürgerkonto, as Erika; back on the form, prefilled.
      const form = page.locator('rathaus-application-form');
      const gate = form.locator('[part="sign-in-required"]');
      await gate.getByRole('heading', { name: 'Anmeldung erforderlich' }).waitFor();
      assert.match(await gate.innerText(), /Vertrauensniveau „niedrig“/);
      await shots.take(page, 'formular-anmeldung-erforderlich');
      // Two providers on this site: the citizen chooses, as with the login button.
      await gate.getByRole('button', { name: 'Anmelden mit Servicekonto Niedersachsen' }).waitFor();
      await gate.getByRole('button', { name: 'Anmelden mit Bürgerkonto Landkreis Diepholz' }).click();
      await page.waitForURL(`${DEMO.buergerkonto}/**`);
      await shots.take(page, 'buergerkonto-anmelden');
      await signInAtProvider(page, 'erika');
      await page.waitForURL(HUND_FORM);
      await page.locator('rathaus-login-button').getByText('Angemeldet als Erika Mustermann').waitFor();

      await fillHundUpToHalter(form, nachweis);
      assert.equal(await form.getByLabel('Vornamen').inputValue(), 'Erika');
      assert.equal(await form.getByLabel('Familienname').inputValue(), 'Mustermann');
      await shots.take(page, 'halter-aus-dem-konto');
      await continueHundToReview(form);
      const review = form.locator('[part="review"]');
      for (const answer of [BELLO.name, BELLO.chipnummer, nachweis.name, 'Lange Straße 12'])
        assert.match(await review.innerText(), new RegExp(answer));
      await shots.take(page, 'angaben-pruefen');
      await form.getByRole('button', { name: 'Absenden' }).click();

      // 3. The receipt's reference number; the clerk of Diepholz sees the application and its attachment, the
      //    specialist procedure got the signed webhook.
      const receipt = form.locator('[part="receipt"]');
      await receipt.getByRole('heading', { name: 'Antrag gesendet' }).waitFor();
      const reference = (await receipt.locator('[part="reference"]').innerText()).trim();
      assert.match(reference, REFERENCE);
      assert.equal(await receipt.locator('[part="access-code"]').count(), 0, 'a signed-in citizen gets no access code');
      await shots.take(page, 'eingangsbestaetigung');

      const clerk = await ClerkView.signIn(await s.context({ viewport: { width: 1024, height: 768 } }), 'Stadt Diepholz');
      const row = clerk.page.getByRole('row').filter({ hasText: reference });
      assert.deepEqual(
        (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim()).filter((_, i) => i !== 3),
        [reference, 'Hund anmelden', 'Eingegangen', '1'],
      );
      await clerk.open(reference);
      const attachment = clerk.page.getByRole('link', { name: nachweis.name });
      const download = await clerk.page.request.get(new URL((await attachment.getAttribute('href'))!, DEMO.clerk).href);
      assert.equal(download.headers()['content-type'], 'application/pdf');
      assert.deepEqual(await download.body(), nachweis.buffer);
      await shots.take(clerk.page, 'sachbearbeitung-antrag');
      const submitted = await waitUntil('the application.submitted webhook', async () =>
        (await webhookInbox('diepholz')).find((message) => message.reference === reference && message.type === 'application.submitted'),
      );
      assert.equal(submitted.signatureValid, true);

      // 4. The clerk works on it and asks a question.
      await clerk.setStatus('In Bearbeitung');
      await clerk.setStatus('Rückfrage', QUESTION);
      await shots.take(clerk.page, 'sachbearbeitung-rueckfrage');

      // 5. Syke is another site: signing in there needs no password; its tracker shows the Diepholz case.
      await page.goto(`${DEMO.sites.syke}/status.html`);
      const login = page.locator('rathaus-login-button');
      await login.getByRole('button', { name: 'Anmelden' }).click();
      await login.getByRole('button', { name: 'Anmelden mit Bürgerkonto Landkreis Diepholz' }).click();
      await page.waitForURL(`${DEMO.sites.syke}/status.html`);
      await login.getByText('Angemeldet als Erika Mustermann').waitFor();
      assert.equal(passwords.length, 1, 'the password was typed once, on Diepholz');
      const card = applicationCard(page, reference);
      await card.locator('[part="status"]').filter({ hasText: 'Rückfrage' }).waitFor();
      assert.match(await card.innerText(), /Stadt Diepholz/);
      const entries = await timeline(card);
      assert.deepEqual(
        entries.map((entry) => /^(Eingegangen|In Bearbeitung|Rückfrage)/.exec(entry)?.[0]),
        ['Eingegangen', 'In Bearbeitung', 'Rückfrage'],
      );
      assert.match(entries[2], new RegExp(`Nachricht der Verwaltung: ${QUESTION}`));
      await shots.take(page, 'syke-meine-antraege');

      await markPage(page);
      await clerk.setStatus('Abgeschlossen', 'Ihr Hund ist angemeldet. Bescheid und Steuermarke kommen per Post.');
      await card.locator('[part="status"]').filter({ hasText: 'Abgeschlossen' }).waitFor();
      assert.equal(await isSamePage(page), true, 'the status appeared without a reload');
      await page
        .locator('rathaus-status-tracker')
        .getByRole('status')
        .filter({ hasText: `Antrag ${reference}: Abgeschlossen` })
        .waitFor({ state: 'attached' });
      assert.equal((await timeline(card)).length, 4);
      await shots.take(page, 'syke-live-abgeschlossen');

      const changes = await waitUntil('three status-changed webhooks', async () => {
        const found = (await webhookInbox('diepholz')).filter(
          (message) => message.reference === reference && message.type === 'application.status-changed',
        );
        return found.length === 3 ? found : undefined;
      });
      assert.ok(changes.every((message) => message.signatureValid));
      assert.deepEqual(violations, [], 'no Content-Security-Policy violation');
      assert.deepEqual(errors, []);
    }));
  test('works with the keyboard only, at a phone’s width of 360 px and in English, with no WCAG 2.1 AA violation in any state', () =>
    scenario(browser, 'journey keyboard', async (s) => {
      const shots = new StepScreenshots('journey-keyboard');
      const nachweis = samplePdf('rescue-dog-certificate.pdf');
      // axe-core is injected as a script, which Diepholz's CSP forbids: this context bypasses the CSP, the
      // journey above checks the kit under it.
      const page = await (await s.context({ viewport: { width: 360, height: 780 }, bypassCSP: true })).newPage();
      const { errors } = watchPage(page);
      /** Switches the page to English the way a multilingual CMS does, before the citizen interacts. */
      const inEnglish = () => page.evaluate(() => void (document.documentElement.lang = 'en'));
      const fitsPhone = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

      await page.goto(`${DEMO.sites.diepholz}/`);
      await inEnglish();
      const list = page.locator('rathaus-service-list');
      const search = list.getByRole('searchbox', { name: 'Search services' });
      await expectAccessible(page, 'the service list');
      // The widget's first tab stop is the "Leichte Sprache" switch (German on English pages too), then the search.
      const toggle = list.getByRole('button', { name: 'Leichte Sprache' });
      await tabTo(page, toggle);
      assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
      await page.keyboard.press('Tab');
      assert.equal(await hasFocus(search), true, 'the search follows the switch');
      await typeInto(page, search, 'Hundesteuer');
      const hund = serviceItem(list, 'Hund anmelden');
      await hund.getByText('Available online').waitFor();
      await expectAccessible(page, 'the search results');
      await shots.take(page, 'search-results');
      assert.equal(await fitsPhone(), true, 'the service list fits 360 px');
      await press(page, hund.getByRole('button', { name: /^Apply online\s*:\s*Hund anmelden$/ }));
      await page.waitForURL(HUND_FORM);

      await inEnglish();
      const form = page.locator('rathaus-application-form');
      const gate = form.locator('[part="sign-in-required"]');
      await gate.getByRole('heading', { name: 'Sign-in required' }).waitFor();
      await expectAccessible(page, 'the form asking to sign in');
      await press(page, gate.getByRole('button', { name: 'Sign in with Bürgerkonto Landkreis Diepholz' }));
      await page.waitForURL(`${DEMO.buergerkonto}/**`);
      await expectAccessible(page, 'the provider’s sign-in page');
      await typeInto(page, page.getByLabel('Benutzername'), 'erika');
      await typeInto(page, page.getByLabel('Passwort'), 'erika');
      await page.keyboard.press('Enter');
      await page.waitForURL(HUND_FORM);

      await inEnglish();
      await stepHeading(form, 'Step 1 of 7').waitFor();
      // "Continue" on an empty step: the error summary takes the focus.
      await press(page, form.getByRole('button', { name: 'Continue', exact: true }));
      const summary = form.getByRole('alert').filter({ hasText: 'There is a problem' });
      await summary.waitFor();
      await expectAccessible(page, 'the first step with its errors');
      assert.equal(await hasFocus(summary), true, 'the error summary takes the focus');
      await shots.take(page, 'step-1-errors');
      await fillHundWithKeyboard(page, form, nachweis, { next: 'Continue', review: 'Check your answers' }, (step) =>
        expectAccessible(page, `the step "${step}"`),
      );
      const answers = await form.locator('[part="review"]').innerText();
      for (const answer of ['Bello', '1 April 2021', nachweis.name, 'Erika', 'Mustermann', '12 August 1964'])
        assert.ok(answers.includes(answer), answer);
      await expectAccessible(page, 'the review page');
      await shots.take(page, 'review');
      assert.equal(await fitsPhone(), true, 'the form fits 360 px');
      await press(page, form.getByRole('button', { name: 'Send', exact: true }));
      const receipt = form.locator('[part="receipt"]');
      await receipt.getByRole('heading', { name: 'Application sent' }).waitFor();
      assert.equal(
        await hasFocus(receipt.getByRole('heading', { name: 'Application sent' })),
        true,
        'the receipt’s heading takes the focus',
      );
      const reference = (await receipt.locator('[part="reference"]').innerText()).trim();
      assert.match(reference, REFERENCE);
      await expectAccessible(page, 'the receipt');
      await shots.take(page, 'receipt');

      const clerk = await ClerkView.signIn(await s.context(), 'Stadt Diepholz');
      await clerk.open(reference);
      await clerk.setStatus('Rückfrage', QUESTION);

      await page.goto(`${DEMO.sites.syke}/status.html`);
      await inEnglish();
      const login = page.locator('rathaus-login-button');
      await press(page, login.getByRole('button', { name: 'Sign in', exact: true }));
      await press(page, login.getByRole('button', { name: 'Sign in with Bürgerkonto Landkreis Diepholz' }));
      // Back from the provider, the new page starts in the language of its HTML.
      await login.getByText('Angemeldet als Erika Mustermann').waitFor();
      assert.equal(page.url(), `${DEMO.sites.syke}/status.html`);
      await inEnglish();
      await login.getByText('Signed in as Erika Mustermann').waitFor();
      const card = applicationCard(page, reference);
      await card.locator('[part="status"]').filter({ hasText: 'Question from the office' }).waitFor();
      assert.match(await card.innerText(), new RegExp(`Message from the office: ${QUESTION}`));
      await expectAccessible(page, 'the tracker with a question from the office');
      assert.equal(await fitsPhone(), true, 'the tracker fits 360 px');

      await markPage(page);
      await clerk.setStatus('Abgeschlossen');
      await card.locator('[part="status"]').filter({ hasText: 'Completed' }).waitFor();
      assert.equal(await isSamePage(page), true, 'the status appeared without a reload');
      await expectAccessible(page, 'the tracker after the live update');
      await shots.take(page, 'tracker-live');
      assert.deepEqual(errors, []);
    }));
  test('has no WCAG 2.1 AA violation in any state of the German journey, the sign-in and the clerk’s view', () =>
    scenario(browser, 'journey axe', async (s) => {
      const page = await (await s.context({ viewport: { width: 1024, height: 768 }, bypassCSP: true })).newPage();
      const { errors } = watchPage(page);
      await page.goto(`${DEMO.sites.diepholz}/`);
      const list = page.locator('rathaus-service-list');
      await list.getByText(/\d+ Leistungen gefunden/).waitFor();
      await expectAccessible(page, 'the service list');
      await list.getByRole('searchbox', { name: 'Leistung suchen' }).fill('Hundesteuerbescheid für Katzen');
      await list.getByRole('button', { name: 'Suche und Filter zurücksetzen' }).waitFor();
      await expectAccessible(page, 'a search without results');
      const login = page.locator('rathaus-login-button');
      await login.getByRole('button', { name: 'Anmelden' }).click();
      await login.getByRole('button', { name: 'Anmelden mit Servicekonto Niedersachsen' }).waitFor();
      await expectAccessible(page, 'the login button offering two providers');

      await page.goto(HUND_FORM);
      const form = page.locator('rathaus-application-form');
      await form.getByRole('heading', { name: 'Anmeldung erforderlich' }).waitFor();
      await expectAccessible(page, 'the form asking to sign in');
      await form.getByRole('button', { name: 'Anmelden mit Bürgerkonto Landkreis Diepholz' }).click();
      await page.waitForURL(`${DEMO.buergerkonto}/**`);
      await signInAtProvider(page, 'erika', 'falsch');
      await page.getByRole('alert').filter({ hasText: 'Benutzername oder Passwort ist falsch.' }).waitFor();
      await expectAccessible(page, 'the provider’s sign-in page with a wrong password');
      await signInAtProvider(page, 'erika');
      await page.waitForURL(HUND_FORM);
      await form.getByRole('button', { name: 'Weiter' }).click();
      await form.getByRole('alert').filter({ hasText: 'Es gibt ein Problem' }).waitFor();
      await expectAccessible(page, 'the first step with its errors');
      // With the errors shown, each click on the next field clears the error of the field just left: the click
      // must still land (a radio button checked on the first click).
      await fillHundUpToHalter(form, samplePdf('nachweis.pdf'), (step) => expectAccessible(page, `the step "${step}"`));
      await continueHundToReview(form, (step) => expectAccessible(page, `the step "${step}"`));
      await expectAccessible(page, 'the review page');
      await form.getByRole('button', { name: 'Absenden' }).click();
      const receipt = form.locator('[part="receipt"]');
      await receipt.getByRole('heading', { name: 'Antrag gesendet' }).waitFor();
      const reference = (await receipt.locator('[part="reference"]').innerText()).trim();
      await expectAccessible(page, 'the receipt');

      // The clerk's view has a CSP of its own.
      const clerkContext = await s.context({ viewport: { width: 1024, height: 768 }, bypassCSP: true });
      const clerkLogin = await clerkContext.newPage();
      await clerkLogin.goto(`${DEMO.clerk}/`);
      await expectAccessible(clerkLogin, 'the clerk’s sign-in page');
      await clerkLogin.close();
      const clerk = await ClerkView.signIn(clerkContext, 'Stadt Diepholz');
      await expectAccessible(clerk.page, 'the clerk’s list of applications');
      await clerk.open(reference);
      await expectAccessible(clerk.page, 'the clerk’s application page');
      await clerk.setStatus('Rückfrage', QUESTION);
      await expectAccessible(clerk.page, 'the clerk’s application page after a status change');

      await page.goto(`${DEMO.sites.diepholz}/status.html`);
      await applicationCard(page, reference).locator('[part="status"]').filter({ hasText: 'Rückfrage' }).waitFor();
      await expectAccessible(page, 'the tracker with a question from the office');
      assert.deepEqual(
        errors.filter((error) => !error.startsWith(`HTTP 401: ${DEMO.buergerkonto}/interaction/`)),
        [],
      );
    }));
  test('an anonymous citizen orders a Geburtsurkunde in Stuhr and follows it by reference number and access code', () =>
    scenario(browser, 'anonymous geburtsurkunde', async (s) => {
      const shots = new StepScreenshots('journey-anonymous');
      const page = await (await s.context({ viewport: { width: 1024, height: 768 } })).newPage();
      const { errors } = watchPage(page);
      await page.goto(`${DEMO.sites.stuhr}/`);
      const list = page.locator('rathaus-service-list');
      await list.getByRole('searchbox', { name: 'Leistung suchen' }).fill('Geburtsschein');
      await serviceItem(list, 'Geburtsurkunde bestellen')
        .getByRole('button', { name: /^Online beantragen\s*:\s*Geburtsurkunde bestellen$/ })
        .click();
      await page.waitForURL(`${DEMO.sites.stuhr}/antrag.html?service=${WELL_KNOWN.geburtsurkunde}`);

      // No sign-in asked for: the form starts at once.
      const form = page.locator('rathaus-application-form');
      await stepHeading(form, 'Schritt 1 von 5').waitFor();
      assert.equal(await form.locator('[part="sign-in-required"]').count(), 0);
      await expectAccessible(page, 'the first step of "Geburtsurkunde bestellen"');
      await fillGeburtsurkundeToReview(form);
      await expectAccessible(page, 'the review page');
      await form.getByRole('button', { name: 'Absenden' }).click();
      const receipt = form.locator('[part="receipt"]');
      await receipt.getByRole('heading', { name: 'Antrag gesendet' }).waitFor();
      const reference = (await receipt.locator('[part="reference"]').innerText()).trim();
      const accessCode = (await receipt.locator('[part="access-code"]').innerText()).trim();
      assert.match(reference, REFERENCE);
      assert.match(accessCode, /^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/);
      assert.match(await receipt.innerText(), /Den Zugangscode können wir Ihnen nicht noch einmal mitteilen/);
      await expectAccessible(page, 'the receipt with the access code');
      await shots.take(page, 'eingangsbestaetigung-mit-zugangscode');

      // The confirmation e-mail, read in the demo's mailbox (its own site: the citizen's mail program). The axe check
      // needs its script on a page whose CSP allows no script at all, hence bypassCSP there.
      const mailbox = await (await s.context({ bypassCSP: true })).newPage();
      await openMail(mailbox, `Eingangsbestätigung ${reference}: Geburtsurkunde bestellen`);
      const mail = mailbox.locator('main');
      await mail.getByText('deniz.yilmaz@example.de').waitFor();
      assert.match(await mail.innerText(), new RegExp(`Zugangscode: ${accessCode}`));
      await expectAccessible(mailbox, 'the confirmation e-mail in the demo mailbox');
      const link = await mail.getByRole('link', { name: `${DEMO.sites.stuhr}/status.html?reference=${reference}` }).getAttribute('href');
      assert.equal(link, `${DEMO.sites.stuhr}/status.html?reference=${reference}`);
      // The citizen follows it in the browser.
      await page.goto(link);
      const tracker = page.locator('rathaus-status-tracker');
      const lookup = tracker.locator('[part="lookup-form"]');
      // The link filled in the reference; the access code is never in a link.
      await waitUntil('the reference from the link', async () =>
        (await lookup.getByLabel('Aktenzeichen').inputValue()) === reference ? true : undefined,
      );
      assert.equal(await lookup.getByLabel('Zugangscode').inputValue(), '');
      await lookup.getByRole('button', { name: 'Stand anzeigen' }).click();
      await tracker.getByText('Bitte geben Sie den Zugangscode ein.').waitFor();
      await expectAccessible(page, 'the lookup form with its errors');
      await lookup.getByLabel('Zugangscode').fill('AAAA-BBBB-CCCC');
      await lookup.getByRole('button', { name: 'Stand anzeigen' }).click();
      await tracker
        .getByRole('alert')
        .filter({ hasText: 'Zu diesem Aktenzeichen und Zugangscode haben wir keinen Antrag gefunden.' })
        .waitFor();
      await expectAccessible(page, 'a lookup that found nothing');
      // As read off the printed receipt: lower case is fine.
      await lookup.getByLabel('Zugangscode').fill(accessCode.toLowerCase());
      await lookup.getByRole('button', { name: 'Stand anzeigen' }).click();
      const card = applicationCard(page, reference);
      await card.getByRole('heading', { name: 'Geburtsurkunde bestellen' }).waitFor();
      assert.match(await card.innerText(), /Gemeinde Stuhr/);
      assert.equal((await card.locator('[part="status"]').innerText()).trim(), 'Eingegangen');
      await expectAccessible(page, 'the looked-up application');

      await markPage(page);
      const clerk = await ClerkView.signIn(await s.context(), 'Gemeinde Stuhr');
      await clerk.open(reference);
      await clerk.setStatus('In Bearbeitung', 'Ihr Geburtseintrag liegt uns vor. Die Urkunde geht morgen zur Post.');
      await card.locator('[part="status"]').filter({ hasText: 'In Bearbeitung' }).waitFor();
      assert.match(await card.innerText(), /Die Urkunde geht morgen zur Post/);
      assert.equal(await isSamePage(page), true, 'the status appeared without a reload');
      await shots.take(page, 'status-ohne-anmeldung');
      // The change is mailed too, with the office's message.
      await openMail(mailbox, `Ihr Antrag ${reference}: In Bearbeitung`);
      assert.match(await mailbox.locator('main').innerText(), /Die Urkunde geht morgen zur Post/);
      assert.deepEqual(
        errors.filter((error) => !error.startsWith(`HTTP 404: ${DEMO.api}/api/v1/applications/${reference}`)),
        [],
        'only the deliberately wrong access code failed',
      );
    }));

  test('each town’s theme styles the kit, shown in the README’s screenshots', () =>
    scenario(browser, 'themes', async (s) => {
      const page = await (await s.context({ viewport: { width: 1024, height: 768 } })).newPage();
      const colours: Record<string, string> = {};
      for (const town of ['diepholz', 'syke', 'stuhr'] as const) {
        await page.goto(`${DEMO.sites[town]}/`);
        const list = page.locator('rathaus-service-list');
        const search = list.getByRole('searchbox', { name: 'Leistung suchen' });
        await search.fill('Hund');
        await search.blur();
        const apply = serviceItem(list, 'Hund anmelden').getByRole('button', { name: /Online beantragen/ });
        await apply.waitFor();
        colours[town] = await apply.evaluate((button) => getComputedStyle(button).backgroundColor);
        await mkdir('docs/screenshots', { recursive: true });
        await page.screenshot({ path: `docs/screenshots/themes-${town}.png` });
      }
      assert.deepEqual(colours, { diepholz: 'rgb(139, 0, 0)', syke: 'rgb(46, 125, 50)', stuhr: 'rgb(20, 33, 61)' });
    }));
});
