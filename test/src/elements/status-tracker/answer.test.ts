import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../../src/elements/status-tracker/status-tracker.ts';
import type { RathausStatusTracker } from '../../../../src/elements/status-tracker/status-tracker.ts';
import { pageSession } from '../../../../src/session/session.ts';
import { signInForTest, staffToken, testInfo } from '../../support/page.ts';
import { allInShadow, changeStatus, focused, inShadow, lookUp, submitFundsache, textOf } from './helpers.ts';

/** A 1×1 pixel PNG, as a citizen's photo. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);

/** Puts files into a file input as the browser's file chooser does, and tells the element. */
function choose(input: HTMLInputElement, files: File[]) {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The clerk's view of the application, as the office's software reads it. */
async function staffView(reference: string) {
  const response = await fetch(`${testInfo.api}/staff/applications/${reference}`, {
    headers: { authorization: `Bearer ${await staffToken()}` },
  });
  return (await response.json()) as { status: string; timeline: { answer?: { text: string; attachments: { name: string }[] } }[] };
}

const QUESTION = 'Bitte senden Sie ein Foto der Geldbörse.';

/** An anonymous Fundsache in Rückfrage, looked up in a new tracker with its access code, up to the answer form. */
async function lookUpRueckfrage() {
  const receipt = await submitFundsache('syke');
  await changeStatus(receipt.reference, { status: 'rueckfrage', message: QUESTION });
  await waitUntil(() => pageSession().snapshot.status === 'signed-out', 'the page session did not settle');
  const el = await fixture<RathausStatusTracker>(html`<rathaus-status-tracker></rathaus-status-tracker>`);
  await waitUntil(() => inShadow(el, 'form'), 'the lookup form did not appear', { timeout: 10_000 });
  await lookUp(el, receipt.reference, receipt.accessCode!);
  await waitUntil(() => inShadow(el, '[part="answer-form"]'), 'no answer form appeared', { timeout: 10_000 });
  return { receipt, el };
}

describe('rathaus-status-tracker, answering a Rückfrage', () => {
  afterEach(() => pageSession().update({ status: 'signed-out' }));

  it('an anonymous citizen answers with text and a photo, by keyboard; the answer joins the timeline and reaches the office', async () => {
    const { receipt, el } = await lookUpRueckfrage();
    expect(textOf(inShadow(el, '[part="message"]'))).to.contain(QUESTION);
    expect(textOf(inShadow(el, '[part="answer"] h4'))).to.equal('Rückfrage beantworten');
    await expect(el).to.be.accessible();

    // Sending nothing: the error is at the field, which gets focus.
    const text = inShadow<HTMLTextAreaElement>(el, `#answer-text-${receipt.reference}`)!;
    text.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(inShadow(el, '[part="answer-button"]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inShadow(el, '[part="field-error"]'), 'no error for an empty answer');
    expect(textOf(inShadow(el, '[part="field-error"]'))).to.equal('Fehler: Bitte schreiben Sie Ihre Antwort.');
    expect(focused(el)).to.equal(text);
    expect(text.getAttribute('aria-invalid')).to.equal('true');
    expect(text.getAttribute('aria-describedby')).to.equal(`answer-text-error-${receipt.reference}`);
    await expect(el).to.be.accessible();

    // A file of another type is refused at the file field; a photo is taken.
    await sendKeys({ type: 'Hier ist das Foto.' });
    const files = inShadow<HTMLInputElement>(el, `#answer-files-${receipt.reference}`)!;
    choose(files, [new File(['hallo'], 'notiz.txt', { type: 'text/plain' })]);
    await el.updateComplete;
    expect(textOf(inShadow(el, `#answer-files-error-${receipt.reference}`))).to.contain('„notiz.txt“ hat ein anderes Format');
    choose(files, [new File([PNG], 'geldboerse.png', { type: 'image/png' })]);
    await el.updateComplete;
    expect(inShadow(el, `#answer-files-error-${receipt.reference}`)).to.equal(null);
    expect(allInShadow(el, '.chosen-files li').map(textOf)).to.deep.equal(['geldboerse.png (1 KB) Entfernen: geldboerse.png']);
    await expect(el).to.be.accessible();

    inShadow<HTMLButtonElement>(el, '[part="answer-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inShadow(el, '[part="answer-sent"]') || inShadow(el, '[part="answer"] [role="alert"]'), 'no answer', {
      timeout: 10_000,
    });
    expect(textOf(inShadow(el, '[part="answer"] [role="alert"]'))).to.equal('');
    expect(focused(el)).to.equal(inShadow(el, '[part="answer-sent"]'));
    const entry = inShadow(el, '[part~="answer-entry"]')!;
    expect(textOf(entry.querySelector('.entry-status'))).to.equal('Ihre Antwort');
    expect(textOf(entry.querySelector('[part="answer-text"]'))).to.equal('Hier ist das Foto.');
    expect(textOf(entry.querySelector('[part="answer-files"]'))).to.equal('geldboerse.png (1 KB)');
    expect(inShadow<HTMLTextAreaElement>(el, `#answer-text-${receipt.reference}`)!.value).to.equal('');
    // The stream's copy of the same entry is not shown twice.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(allInShadow(el, '[part~="answer-entry"]').length).to.equal(1);
    await expect(el).to.be.accessible();

    const office = await staffView(receipt.reference);
    expect(office.status).to.equal('rueckfrage');
    expect(office.timeline.at(-1)?.answer?.text).to.equal('Hier ist das Foto.');
    expect(office.timeline.at(-1)?.answer?.attachments.map((file) => file.name)).to.deep.equal(['geldboerse.png']);

    // The office moves on: the form goes away live.
    await changeStatus(receipt.reference, { status: 'in-bearbeitung' });
    await waitUntil(() => !inShadow(el, '[part="answer-form"]'), 'the answer form stayed after the office moved on', { timeout: 10_000 });
  });

  it('a signed-in citizen answers in English; only the application in Rückfrage offers the form', async () => {
    const token = await signInForTest({ name: 'Erika Mustermann' }, { sub: 'tracker-answer' });
    const asked = await submitFundsache('syke', token);
    const other = await submitFundsache('syke', token);
    await changeStatus(asked.reference, { status: 'rueckfrage', message: QUESTION });
    const el = await fixture<RathausStatusTracker>(html`<rathaus-status-tracker lang="en"></rathaus-status-tracker>`);
    await waitUntil(() => inShadow(el, '[part="answer-form"]'), 'no answer form appeared', { timeout: 10_000 });
    const article = (reference: string) =>
      allInShadow(el, 'article').find((candidate) => textOf(candidate.querySelector('[part="reference"]')) === reference)!;
    expect(article(other.reference).querySelector('[part="answer-form"]')).to.equal(null);
    expect(textOf(article(asked.reference).querySelector('[part="answer"] h4'))).to.equal('Answer the question');
    await expect(el).to.be.accessible();

    inShadow<HTMLTextAreaElement>(el, `#answer-text-${asked.reference}`)!.focus();
    await sendKeys({ type: 'The purse is brown.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inShadow(el, '[part="answer-sent"]'), 'the answer was not confirmed', { timeout: 10_000 });
    expect(textOf(inShadow(el, '[part="answer-sent"]'))).to.contain('The office has received your answer');
    expect(textOf(article(asked.reference).querySelector('[part~="answer-entry"] .entry-status'))).to.equal('Your answer');
    await expect(el).to.be.accessible();
  });

  it('confirms the answer even when the live stream brings its entry before the answer request returns', async () => {
    const { receipt, el } = await lookUpRueckfrage();

    // The answer's response is held back until the stream's copy of the entry is on screen.
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      const response = await realFetch(input, init);
      if (init?.method === 'POST' && String(input).endsWith('/answers')) {
        await waitUntil(() => inShadow(el, '[part~="answer-entry"]'), 'the stream did not bring the answer', { timeout: 10_000 });
      }
      return response;
    };
    try {
      inShadow<HTMLTextAreaElement>(el, `#answer-text-${receipt.reference}`)!.focus();
      await sendKeys({ type: 'Sie ist braun.' });
      inShadow<HTMLButtonElement>(el, '[part="answer-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => inShadow(el, '[part="answer-sent"]'), 'the answer was not confirmed', { timeout: 10_000 });
    } finally {
      window.fetch = realFetch;
    }
    expect(focused(el)).to.equal(inShadow(el, '[part="answer-sent"]'));
    expect(textOf(inShadow(el, '[part="answer-button"]'))).to.equal('Antwort senden');
    expect(allInShadow(el, '[part~="answer-entry"]').length).to.equal(1);
  });

  it('offers the receipt as PDF, fetched with the access code', async () => {
    const receipt = await submitFundsache('syke');
    await waitUntil(() => pageSession().snapshot.status === 'signed-out', 'the page session did not settle');
    const el = await fixture<RathausStatusTracker>(html`<rathaus-status-tracker></rathaus-status-tracker>`);
    await waitUntil(() => inShadow(el, 'form'), 'the lookup form did not appear', { timeout: 10_000 });
    await lookUp(el, receipt.reference, receipt.accessCode!);
    await waitUntil(() => inShadow(el, '[part="receipt-download"]'), 'no download button', { timeout: 10_000 });
    const button = inShadow<HTMLButtonElement>(el, '[part="receipt-download"]')!;
    expect(textOf(button)).to.equal('Bestätigung als PDF herunterladen');
    await expect(el).to.be.accessible();

    const downloads: { name: string; blob: Blob }[] = [];
    const realClick = HTMLAnchorElement.prototype.click;
    const realCreate = URL.createObjectURL;
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = realCreate(blob);
      blobs.set(url, blob as Blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, blob: blobs.get(this.href)! });
    };
    try {
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => downloads.length === 1, 'nothing was downloaded', { timeout: 10_000 });
    } finally {
      HTMLAnchorElement.prototype.click = realClick;
      URL.createObjectURL = realCreate;
    }
    expect(downloads[0].name).to.equal(`Eingangsbestaetigung-${receipt.reference}.pdf`);
    expect(downloads[0].blob.type).to.equal('application/pdf');
    expect(new TextDecoder().decode((await downloads[0].blob.arrayBuffer()).slice(0, 5))).to.equal('%PDF-');
    expect(inShadow(el, '[part="error"]')).to.equal(null);
  });
});
