import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/status-tracker/status-tracker.ts';
import type { RathausStatusTracker } from '../../../src/elements/status-tracker/status-tracker.ts';
import { pageSession } from '../../../src/session/session.ts';
import { downloadedModules } from '../support/page.ts';
import {
  addHostileStyles,
  allInShadow,
  changeStatus,
  ENGLISH_DATE_TIME,
  focused,
  GERMAN_DATE_TIME,
  inShadow,
  liveRegion,
  lookUp,
  recordRequests,
  submitFundsache,
  textOf,
} from './status-tracker/helpers.ts';

// No login provider on this page: the session settles on "signed-out" and the tracker offers the lookup form.
async function anonymousTracker(lang?: string): Promise<RathausStatusTracker> {
  await waitUntil(() => pageSession().snapshot.status === 'signed-out', 'the page session did not settle');
  const el = await fixture<RathausStatusTracker>(html`<rathaus-status-tracker lang=${lang ?? 'de'}></rathaus-status-tracker>`);
  // The tracker's code loads on demand; the form is there once it has.
  await waitUntil(() => inShadow(el, 'form'), 'the lookup form did not appear');
  return el;
}

const entries = (el: RathausStatusTracker) => allInShadow(el, '[part="entry"] .entry-status').map(textOf);

/** Modules of the tracker's behaviour the page has downloaded so far. */
const runtimeModules = () => downloadedModules(/(status-tracker\/tracker-runtime|api\/status-stream)\.ts/);

describe('rathaus-status-tracker, looked up without signing in', () => {
  it('does not download its behaviour until a tracker is on the page', async () => {
    expect(customElements.get('rathaus-status-tracker')).to.not.equal(undefined);
    expect(runtimeModules()).to.deep.equal([]);
    const el = await anonymousTracker();
    expect(runtimeModules()).to.have.length(2);
    // Its styles came with it.
    expect(getComputedStyle(inShadow(el, '[part="lookup-form"]')!).display).to.equal('grid');
  });

  it('offers a form with labelled fields for reference number and access code, saying both are on the receipt', async () => {
    const el = await anonymousTracker();
    expect(textOf(inShadow(el, 'h2'))).to.equal('Stand Ihres Antrags abfragen');
    const form = inShadow(el, 'form[part="lookup-form"]')!;
    expect(form).not.to.equal(null);
    const reference = inShadow<HTMLInputElement>(el, '#reference')!;
    const accessCode = inShadow<HTMLInputElement>(el, '#accessCode')!;
    expect(textOf(inShadow(el, 'label[for="reference"]'))).to.equal('Aktenzeichen');
    expect(textOf(inShadow(el, 'label[for="accessCode"]'))).to.equal('Zugangscode');
    expect(textOf(inShadow(el, '#reference-hint'))).to.contain('Eingangsbestätigung');
    expect(textOf(inShadow(el, '#accessCode-hint'))).to.contain('Eingangsbestätigung');
    expect(reference.getAttribute('aria-describedby')).to.equal('reference-hint');
    expect(accessCode.getAttribute('aria-describedby')).to.equal('accessCode-hint');
    expect(textOf(inShadow(el, 'form button[type="submit"]'))).to.equal('Stand anzeigen');
    await expect(el).to.be.accessible();
  });

  it('moves through the form in reading order with the Tab key', async () => {
    const el = await anonymousTracker();
    inShadow<HTMLInputElement>(el, '#reference')!.focus();
    const order = [focused(el)?.id];
    await sendKeys({ press: 'Tab' });
    order.push(focused(el)?.id);
    await sendKeys({ press: 'Tab' });
    order.push(focused(el)?.getAttribute('type') ?? undefined);
    expect(order).to.deep.equal(['reference', 'accessCode', 'submit']);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)?.id).to.equal('accessCode');
  });

  it('finds an anonymous Fundsache by reference and a lower-case access code, with a German timeline', async () => {
    const receipt = await submitFundsache();
    const el = await anonymousTracker();
    await lookUp(el, receipt.reference, receipt.accessCode!.toLowerCase());
    await waitUntil(() => inShadow(el, '[part="application"]'), 'the application did not appear');
    const article = inShadow(el, '[part="application"]')!;
    expect(textOf(article.querySelector('h3'))).to.equal('Fundsache melden');
    expect(textOf(inShadow(el, '[part="reference"]'))).to.equal(receipt.reference);
    expect(textOf(article)).to.contain('Stadt Syke');
    expect(textOf(inShadow(el, '[part="status"]'))).to.equal('Eingegangen');
    expect(inShadow(el, 'ol[part="timeline"]')).not.to.equal(null);
    expect(entries(el)).to.deep.equal(['Eingegangen']);
    expect(textOf(inShadow(el, '[part="entry"] time'))).to.match(GERMAN_DATE_TIME);
    // The answer appears below the form: focus goes to it so that a screen reader reads it.
    expect(focused(el)).to.equal(article.querySelector('h3'));
    await expect(el).to.be.accessible();
  });

  it("follows the looked-up application live: In Bearbeitung, then a Rückfrage with the office's message", async () => {
    const receipt = await submitFundsache();
    const el = await anonymousTracker();
    await lookUp(el, receipt.reference, receipt.accessCode!);
    await waitUntil(() => inShadow(el, '[part="application"]'), 'the application did not appear');

    let changed = oneEvent(el, 'rathaus-status-change');
    await changeStatus(receipt.reference, { status: 'in-bearbeitung' });
    expect((await changed).detail).to.deep.equal({ reference: receipt.reference, status: 'in-bearbeitung' });
    await el.updateComplete;
    expect(entries(el)).to.deep.equal(['Eingegangen', 'In Bearbeitung']);
    expect(textOf(inShadow(el, '[part="status"]'))).to.equal('In Bearbeitung');
    expect(textOf(liveRegion(el))).to.equal(`Antrag ${receipt.reference}: In Bearbeitung`);

    changed = oneEvent(el, 'rathaus-status-change');
    await changeStatus(receipt.reference, { status: 'rueckfrage', message: 'Bitte reichen Sie ein Foto nach.' });
    expect((await changed).detail).to.deep.equal({ reference: receipt.reference, status: 'rueckfrage' });
    await el.updateComplete;
    expect(entries(el)).to.deep.equal(['Eingegangen', 'In Bearbeitung', 'Rückfrage']);
    expect(textOf(inShadow(el, '[part="status"]'))).to.equal('Rückfrage');
    expect(textOf(inShadow(el, '[part="entry"]:last-child [part="message"]'))).to.equal(
      'Nachricht der Verwaltung: Bitte reichen Sie ein Foto nach.',
    );
    expect(textOf(liveRegion(el))).to.contain(`Antrag ${receipt.reference}: Rückfrage`);
    expect(textOf(liveRegion(el))).to.contain('Bitte reichen Sie ein Foto nach.');
    for (const time of allInShadow(el, '[part="entry"] time')) expect(textOf(time)).to.match(GERMAN_DATE_TIME);
    await expect(el).to.be.accessible();
  });

  it('says clearly when reference and access code do not belong together, and moves focus to that message', async () => {
    const receipt = await submitFundsache();
    const el = await anonymousTracker();
    await lookUp(el, receipt.reference, 'AAAA-BBBB-CCCC');
    await waitUntil(() => inShadow(el, '#lookup-error'), 'no message appeared');
    const message = inShadow(el, '#lookup-error')!;
    expect(textOf(message)).to.contain('Zu diesem Aktenzeichen und Zugangscode haben wir keinen Antrag gefunden');
    expect(message.getAttribute('role')).to.equal('alert');
    expect(focused(el)).to.equal(message);
    expect(inShadow(el, '[part="application"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('catches a malformed reference and a missing code before asking the backend, focusing the first wrong field', async () => {
    const { requests, restore } = recordRequests();
    try {
      const el = await anonymousTracker();
      await lookUp(el, 'SYK-26-123', '');
      await el.updateComplete;
      const reference = inShadow<HTMLInputElement>(el, '#reference')!;
      expect(reference.getAttribute('aria-invalid')).to.equal('true');
      expect(reference.getAttribute('aria-describedby')).to.equal('reference-hint reference-error');
      expect(textOf(inShadow(el, '#reference-error'))).to.contain('SYK-2026-000123');
      expect(textOf(inShadow(el, '#accessCode-error'))).to.equal('Bitte geben Sie den Zugangscode ein.');
      expect(focused(el)).to.equal(reference);
      await aTimeout(200);
      expect(requests.filter(({ url }) => url.includes('/applications'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('offers a retry when the backend cannot be reached, and shows the application once it answers', async () => {
    const receipt = await submitFundsache();
    const el = await anonymousTracker();
    // Port 9 refuses connections: the same failure as being offline.
    el.api = 'http://127.0.0.1:9/api/v1';
    await lookUp(el, receipt.reference, receipt.accessCode!);
    await waitUntil(() => inShadow(el, '[part="error"] button'), 'no error appeared');
    const error = inShadow(el, '[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.contain('Die Daten konnten nicht geladen werden');
    await expect(el).to.be.accessible();

    el.removeAttribute('api');
    el.api = undefined;
    const retry = inShadow<HTMLButtonElement>(el, '[part="error"] button')!;
    expect(textOf(retry)).to.equal('Erneut versuchen');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inShadow(el, '[part="application"]'), 'the retry did not show the application');
    expect(textOf(inShadow(el, '[part="reference"]'))).to.equal(receipt.reference);
  });

  it('stops following when removed from the page and catches up on what it missed when put back', async () => {
    const receipt = await submitFundsache();
    const el = await anonymousTracker();
    await lookUp(el, receipt.reference, receipt.accessCode!);
    await waitUntil(() => inShadow(el, '[part="application"]'), 'the application did not appear');
    const parent = el.parentElement!;
    el.remove();
    await changeStatus(receipt.reference, { status: 'in-bearbeitung' });
    await aTimeout(300);
    expect(entries(el)).to.deep.equal(['Eingegangen']);
    parent.append(el);
    await waitUntil(() => entries(el).length === 2, 'the missed change did not arrive', { timeout: 5000 });
    expect(entries(el)).to.deep.equal(['Eingegangen', 'In Bearbeitung']);
  });

  it('keeps working controls and its own lettering under an aggressive host stylesheet', async () => {
    const style = addHostileStyles();
    try {
      const el = await anonymousTracker();
      const input = inShadow<HTMLInputElement>(el, '#reference')!;
      const button = inShadow<HTMLButtonElement>(el, 'form button')!;
      const heading = inShadow(el, 'h2')!;
      expect(getComputedStyle(heading).textTransform).to.equal('none');
      expect(getComputedStyle(heading).letterSpacing).to.equal('normal');
      expect(getComputedStyle(input).display).to.equal('block');
      expect(getComputedStyle(input).boxSizing).to.equal('border-box');
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(11, 92, 171)');
      expect(getComputedStyle(button).textTransform).to.equal('none');
      // 62.5 % on <html> must not shrink the controls below a usable touch size (2.75em of the inherited size).
      expect(input.getBoundingClientRect().height).to.be.greaterThan(20);
      expect(button.getBoundingClientRect().width).to.be.lessThanOrEqual(el.getBoundingClientRect().width);
      await expect(el).to.be.accessible();
    } finally {
      style.remove();
    }
  });

  it('speaks English with lang="en": labels, statuses and dates', async () => {
    const receipt = await submitFundsache();
    const el = await anonymousTracker('en');
    // The English catalogue is loaded on demand.
    await waitUntil(() => textOf(inShadow(el, 'h2')) === 'Check the status of your application', 'the heading is not in English');
    expect(textOf(inShadow(el, 'label[for="reference"]'))).to.equal('Reference number');
    expect(textOf(inShadow(el, 'label[for="accessCode"]'))).to.equal('Access code');
    expect(textOf(inShadow(el, '#accessCode-hint'))).to.contain('receipt');
    await lookUp(el, receipt.reference, receipt.accessCode!);
    await waitUntil(() => inShadow(el, '[part="application"]'), 'the application did not appear');
    expect(entries(el)).to.deep.equal(['Received']);
    expect(textOf(inShadow(el, '[part="entry"] time'))).to.match(ENGLISH_DATE_TIME);
    expect(textOf(inShadow(el, '[part="details"]'))).to.contain('Current status');
    const changed = oneEvent(el, 'rathaus-status-change');
    await changeStatus(receipt.reference, { status: 'in-bearbeitung' });
    await changed;
    await el.updateComplete;
    expect(textOf(liveRegion(el))).to.equal(`Application ${receipt.reference}: In progress`);
    await expect(el).to.be.accessible();
  });

  it('speaks Leichte Sprache with lang="de-x-ls": labels, hints and status names', async () => {
    const receipt = await submitFundsache();
    const el = await anonymousTracker('de-x-ls');
    await waitUntil(() => textOf(inShadow(el, 'h2')) === 'Wie weit ist mein Antrag?', 'the heading is not in Leichte Sprache');
    expect(textOf(inShadow(el, 'label[for="reference"]'))).to.equal('Akten-Zeichen');
    expect(textOf(inShadow(el, '#accessCode-hint'))).to.contain('Der Zugangs-Code ist wie ein Passwort.');
    await expect(el).to.be.accessible();
    await lookUp(el, receipt.reference, receipt.accessCode!);
    await waitUntil(() => inShadow(el, '[part="application"]'), 'the application did not appear');
    expect(entries(el)).to.deep.equal(['Angekommen']);
    expect(textOf(inShadow(el, '[part="details"]'))).to.contain('So weit ist Ihr Antrag');
    await expect(el).to.be.accessible();
  });
});
