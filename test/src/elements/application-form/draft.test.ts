import { expect } from '@open-wc/testing';
import { pageSession } from '../../../../src/session/session.ts';
import { signInForTest } from '../../support/page.ts';
import {
  FUND,
  SERVICE,
  attach,
  choose,
  clickPart,
  draftKey,
  field,
  fill,
  fillFund,
  fillFundsache,
  formFor,
  part,
  pngFile,
  sendAndWaitForReceipt,
  stepHeading,
  storedDraft,
  until,
} from './helpers.ts';

describe('rathaus-application-form: nothing typed is lost', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    if (pageSession().snapshot.status === 'signed-in') pageSession().update({ status: 'signed-out' });
  });

  it('keeps the input in sessionStorage on every change and restores it, with the step, when the page is reloaded', async () => {
    const el = await formFor(SERVICE.fundsache);
    await fill(el, 'Fundort', FUND.fundort);
    expect(storedDraft(SERVICE.fundsache)!.data.fund.fundort).to.equal(FUND.fundort);
    await fillFund(el);
    await clickPart(el, 'next-button');
    const key = storedDraft(SERVICE.fundsache)!.idempotencyKey;
    el.remove();

    const reloaded = await formFor(SERVICE.fundsache);
    expect(stepHeading(reloaded)).to.equal('Schritt 2 von 5 Verbleib');
    expect(part(reloaded, 'notice')!.textContent).to.contain('Wir haben Ihre bisherigen Eingaben wiederhergestellt.');
    await clickPart(reloaded, 'back-button');
    expect(field(reloaded, 'Fundort').value).to.equal(FUND.fundort);
    expect(field(reloaded, 'Beschreibung').value).to.equal(FUND.beschreibung);
    expect((field(reloaded, 'Was wurde gefunden?') as HTMLSelectElement).selectedOptions[0].textContent).to.equal('Geldbörse');
    expect(storedDraft(SERVICE.fundsache)!.idempotencyKey).to.equal(key);
    await expect(reloaded).to.be.accessible();
  });

  it('keeps only the names of chosen files and asks for them again after a reload', async () => {
    const el = await formFor(SERVICE.fundsache);
    await attach(el, 'Foto der Fundsache', pngFile('geldboerse.png'));
    const draft = sessionStorage.getItem(draftKey(SERVICE.fundsache))!;
    expect(JSON.parse(draft).files).to.deep.equal({ '/fund/foto': 'geldboerse.png' });
    expect(draft).not.to.contain('iVBOR');
    el.remove();

    const reloaded = await formFor(SERVICE.fundsache);
    expect(part(reloaded, 'notice')!.textContent).to.contain('Foto der Fundsache: geldboerse.png');
    const foto = field(reloaded, 'Foto der Fundsache');
    const again = reloaded.shadowRoot!.getElementById(`${foto.id}-again`)!;
    expect(again.textContent).to.equal('Sie hatten „geldboerse.png“ ausgewählt. Bitte wählen Sie die Datei erneut aus.');
    expect(foto.getAttribute('aria-describedby')).to.contain(again.id);
    await expect(reloaded).to.be.accessible();
    await attach(reloaded, 'Foto der Fundsache', pngFile('geldboerse.png'));
    expect(reloaded.shadowRoot!.getElementById(`${foto.id}-again`)).to.equal(null);
  });

  it('clears the draft after a successful send', async () => {
    const el = await formFor(SERVICE.fundsache);
    await fillFundsache(el);
    expect(sessionStorage.getItem(draftKey(SERVICE.fundsache))).not.to.equal(null);
    await sendAndWaitForReceipt(el);
    expect(sessionStorage.getItem(draftKey(SERVICE.fundsache))).to.equal(null);
  });

  it('files an application only once when the same draft is sent again after a reload', async () => {
    const el = await formFor(SERVICE.fundsache);
    await fillFundsache(el);
    const draft = sessionStorage.getItem(draftKey(SERVICE.fundsache))!;
    const first = await sendAndWaitForReceipt(el);
    el.remove();
    // As if the answer had been lost on the way and the citizen reloaded the page and pressed "Absenden" again.
    sessionStorage.setItem(draftKey(SERVICE.fundsache), draft);
    const reloaded = await formFor(SERVICE.fundsache);
    expect(stepHeading(reloaded)).to.equal('Schritt 5 von 5 Angaben prüfen');
    expect(await sendAndWaitForReceipt(reloaded)).to.equal(first);
  });

  it('keeps the input and offers to send again when the connection fails', async () => {
    const el = await formFor(SERVICE.fundsache);
    await fillFundsache(el);
    const realFetch = window.fetch;
    const realTimeout = window.setTimeout;
    window.fetch = (input, init) => (init?.method === 'POST' ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init));
    // The kit retries three times with pauses of seconds; the test does not wait for them.
    const retryPauses = [1000, 3000, 8000];
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) =>
      realTimeout(handler, retryPauses.includes(ms ?? 0) ? 0 : ms, ...args)) as typeof setTimeout;
    try {
      await clickPart(el, 'submit-button');
      await until(el, () => part(el, 'send-error'), 'no message about the failed send', 5000);
    } finally {
      window.fetch = realFetch;
      window.setTimeout = realTimeout;
    }
    const failure = part(el, 'send-error')!;
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(failure.textContent).to.contain('Ihre Eingaben sind gespeichert');
    expect(storedDraft(SERVICE.fundsache)!.data.finder.kontakt.email).to.equal(FUND.email);
    await expect(el).to.be.accessible();
    await clickPart(el, 'retry-button');
    await until(el, () => part(el, 'reference'), 'no receipt after retrying');
    expect(part(el, 'reference')!.textContent).to.match(/^SYK-2026-\d{6}$/);
  });

  it('asks to sign in again when the server no longer accepts the sign-in, keeping the draft', async () => {
    await signInForTest({ given_name: 'Erika', family_name: 'Mustermann' });
    const el = await formFor(SERVICE.fundsache);
    await fillFundsache(el);
    const snapshot = pageSession().snapshot;
    if (snapshot.status !== 'signed-in') throw new Error('not signed in');
    pageSession().update({ ...snapshot, accessToken: 'expired-token' });
    await clickPart(el, 'submit-button');
    await until(el, () => part(el, 'send-error'), 'no message about the refused sign-in');
    expect(part(el, 'send-error')!.textContent).to.contain('Ihre Anmeldung ist abgelaufen. Ihre Eingaben sind gespeichert.');
    expect(part(el, 'send-error')!.querySelector('[part~="sign-in-button"]')!.textContent!.trim()).to.equal('Erneut anmelden');
    expect(storedDraft(SERVICE.fundsache)!.data.finder.person.familienname).to.equal(FUND.familienname);
  });

  it('forgets everything typed when the citizen signs out', async () => {
    await signInForTest({ given_name: 'Erika', family_name: 'Mustermann' });
    const el = await formFor(SERVICE.fundsache);
    await fillFund(el);
    await clickPart(el, 'next-button');
    expect(sessionStorage.getItem(draftKey(SERVICE.fundsache))).not.to.equal(null);
    pageSession().update({ status: 'signed-out' });
    await el.updateComplete;
    expect(sessionStorage.getItem(draftKey(SERVICE.fundsache))).to.equal(null);
    expect(stepHeading(el)).to.equal('Schritt 1 von 5 Fund');
    expect(field(el, 'Fundort').value).to.equal('');
    expect(field(el, 'Beschreibung').value).to.equal('');
    // Also what was prefilled from the account.
    await fillFund(el);
    await clickPart(el, 'next-button');
    await choose(el, 'Die Fundsache wird', 'im Fundbüro abgegeben');
    await clickPart(el, 'next-button');
    await choose(el, 'Beanspruchen Sie Finderlohn', 'Nein');
    await clickPart(el, 'next-button');
    expect(stepHeading(el)).to.equal('Schritt 4 von 5 Finder/in');
    expect(field(el, 'Vorname').value).to.equal('');
  });

  it('keeps the input when the sign-in merely expires', async () => {
    await signInForTest({ given_name: 'Erika', family_name: 'Mustermann' });
    const el = await formFor(SERVICE.fundsache);
    await fill(el, 'Fundort', FUND.fundort);
    pageSession().update({ status: 'signed-out', notice: 'expired' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(field(el, 'Fundort').value).to.equal(FUND.fundort);
    expect(storedDraft(SERVICE.fundsache)!.data.fund.fundort).to.equal(FUND.fundort);
  });
});
