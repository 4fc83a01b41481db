import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../../src/elements/status-tracker/status-tracker.ts';
import type { RathausStatusTracker } from '../../../../src/elements/status-tracker/status-tracker.ts';
import { pageSession } from '../../../../src/session/session.ts';
import { testInfo } from '../../support/page.ts';
import { inShadow, liveRegion, submitFundsache, textOf } from './helpers.ts';

/** What the backend has stored, as the tracker would load it again. */
async function storedChoice(reference: string, accessCode: string): Promise<boolean | undefined> {
  const response = await fetch(`${testInfo.api}/applications/${reference}`, { headers: { 'rathaus-access-code': accessCode } });
  return ((await response.json()) as { statusMail?: boolean }).statusMail;
}

/** Opens the tracker as the link in the receipt mail does: the reference in the address, the code typed in. */
async function openFromMailLink(reference: string, accessCode: string): Promise<RathausStatusTracker> {
  const address = location.href;
  history.replaceState(null, '', `?reference=${reference.toLowerCase()}`);
  try {
    const el = await fixture<RathausStatusTracker>(html`<rathaus-status-tracker></rathaus-status-tracker>`);
    await waitUntil(() => inShadow(el, '#reference'), 'the lookup form did not appear', { timeout: 10_000 });
    expect(inShadow<HTMLInputElement>(el, '#reference')!.value).to.equal(reference);
    expect(inShadow<HTMLInputElement>(el, '#accessCode')!.value).to.equal('', 'the code never comes from a link');
    inShadow<HTMLInputElement>(el, '#accessCode')!.focus();
    await sendKeys({ type: accessCode });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inShadow(el, '[part="status-mail"]'), 'no status-mail choice appeared', { timeout: 10_000 });
    return el;
  } finally {
    history.replaceState(null, '', address);
  }
}

describe('rathaus-status-tracker, e-mail on status changes', () => {
  beforeEach(() => waitUntil(() => pageSession().snapshot.status === 'signed-out', 'the page session did not settle'));

  it('opens from the mail link with the reference filled in, and turns status mail off and on by keyboard', async () => {
    const receipt = await submitFundsache('syke');
    const el = await openFromMailLink(receipt.reference, receipt.accessCode!);
    const box = inShadow<HTMLInputElement>(el, '[part="status-mail"]')!;
    expect(box.checked).to.equal(true);
    expect(textOf(inShadow(el, `label[for="${box.id}"]`))).to.equal('E-Mail bei jeder Statusänderung');
    expect(textOf(inShadow(el, `#${box.id}-hint`))).to.contain('Rückfragen der Verwaltung erhalten Sie immer per E-Mail');
    await expect(el).to.be.accessible();

    box.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => textOf(liveRegion(el)).includes('keine E-Mails'), 'turning off was not confirmed', { timeout: 10_000 });
    expect(textOf(liveRegion(el))).to.equal(`Antrag ${receipt.reference}: Sie erhalten keine E-Mails zu Statusänderungen mehr.`);
    expect(inShadow<HTMLInputElement>(el, '[part="status-mail"]')!.checked).to.equal(false);
    expect(await storedChoice(receipt.reference, receipt.accessCode!)).to.equal(false);

    await sendKeys({ press: 'Space' });
    await waitUntil(() => textOf(liveRegion(el)).includes('bei jeder Statusänderung'), 'turning on was not confirmed', { timeout: 10_000 });
    expect(await storedChoice(receipt.reference, receipt.accessCode!)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says so next to the box when the choice could not be saved, and keeps the earlier one', async () => {
    const receipt = await submitFundsache('syke');
    const el = await openFromMailLink(receipt.reference, receipt.accessCode!);
    const realFetch = window.fetch;
    window.fetch = (input, init) => (init?.method === 'PUT' ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init));
    try {
      inShadow<HTMLInputElement>(el, '[part="status-mail"]')!.focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => inShadow(el, '.status-mail [role="alert"]'), 'no error was shown', { timeout: 10_000 });
    } finally {
      window.fetch = realFetch;
    }
    const box = inShadow<HTMLInputElement>(el, '[part="status-mail"]')!;
    expect(textOf(inShadow(el, '.status-mail [role="alert"]'))).to.equal(
      'Die Einstellung konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal.',
    );
    expect(box.checked).to.equal(true, 'the box shows what the server holds');
    expect(box.getAttribute('aria-describedby')).to.equal(`${box.id}-hint ${box.id}-error`);
    expect(await storedChoice(receipt.reference, receipt.accessCode!)).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
