import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ApplicationView } from '../../../../contract/applications.ts';
import type { RathausApplicationForm } from '../../../../src/elements/application-form/application-form.ts';
import { staffToken, testInfo } from '../../support/page.ts';
import {
  FUND,
  FUND_DATA,
  SERVICE,
  choose,
  clickPart,
  deepActive,
  fill,
  fillFund,
  fillFundsache,
  formFor,
  loaded,
  part,
  pngFile,
  sendAndWaitForReceipt,
  stepHeading,
} from './helpers.ts';

describe('rathaus-application-form: Fundsache melden in Syke', () => {
  beforeEach(() => sessionStorage.clear());

  it('takes an anonymous citizen through every step to a receipt whose access code opens the same data', async () => {
    const el = await formFor(SERVICE.fundsache);
    expect(part(el, 'title')!.textContent).to.equal('Fundsache melden');
    expect(stepHeading(el)).to.equal('Schritt 1 von 5 Fund');
    const progress = [...part(el, 'progress')!.querySelectorAll('li')];
    expect(progress.map((li) => li.textContent!.trim())).to.deep.equal(['Fund', 'Verbleib', 'Finderlohn', 'Finder/in', 'Angaben prüfen']);
    expect(progress[0].getAttribute('aria-current')).to.equal('step');
    await fillFundsache(el);
    expect(stepHeading(el)).to.equal('Schritt 5 von 5 Angaben prüfen');
    const sent = oneEvent(el, 'rathaus-application-sent');
    const reference = await sendAndWaitForReceipt(el);
    expect(reference).to.match(/^SYK-2026-\d{6}$/);
    const accessCode = part(el, 'access-code')!.textContent!.trim();
    expect(accessCode).to.have.length.greaterThan(5);
    expect(part(el, 'receipt')!.textContent).to.contain('Bitte notieren Sie Aktenzeichen und Zugangscode');
    expect((await sent).detail).to.deep.equal({ reference, service: SERVICE.fundsache, municipality: 'syke' });
    const response = await fetch(`${testInfo.api}/applications/${reference}`, { headers: { 'rathaus-access-code': accessCode } });
    const view = (await response.json()) as ApplicationView;
    expect(view.data).to.deep.equal(FUND_DATA);
  });

  it('shows every answer on the review page, each step with an "Ändern" button back to it', async () => {
    const el = await formFor(SERVICE.fundsache);
    await fillFundsache(el);
    const review = part(el, 'review')!;
    // The fee, as the catalogue states it for the town, before anything is sent.
    expect(part(el, 'fee')!.querySelector('h4')!.textContent!.trim()).to.equal('Gebühr');
    expect(part(el, 'fee-text')!.textContent!.trim()).to.equal('gebührenfrei');
    const answers = Object.fromEntries(
      [...review.querySelectorAll('.answer')].map((row) => [
        row.querySelector('dt')!.textContent!.trim(),
        row.querySelector('dd')!.textContent!.trim(),
      ]),
    );
    expect(answers).to.include({
      'Was wurde gefunden?': 'Geldbörse',
      Beschreibung: FUND.beschreibung,
      'Geschätzter Wert in €': '25,5',
      Fundort: FUND.fundort,
      Funddatum: '20. November 2026',
      'Die Fundsache wird': 'im Fundbüro abgegeben',
      'Beanspruchen Sie Finderlohn und das Eigentum nach sechs Monaten?': 'Ja',
      'E-Mail-Adresse': FUND.email,
      Vornamen: 'Keine Angabe',
      'Foto der Fundsache': 'Keine Angabe',
    });
    const changes = [...review.querySelectorAll<HTMLButtonElement>('[part~="change-button"]')];
    expect(changes.map((button) => button.textContent!.trim().replace(/\s+/g, ' '))).to.deep.equal([
      'Ändern: Fund',
      'Ändern: Verbleib',
      'Ändern: Finderlohn',
      'Ändern: Finder/in',
    ]);
    changes[1].click();
    await el.updateComplete;
    expect(stepHeading(el)).to.equal('Schritt 2 von 5 Verbleib');
    expect(deepActive()).to.equal(part(el, 'step-heading'));
    await choose(el, 'Die Fundsache wird', 'vom Finder verwahrt');
    await clickPart(el, 'next-button');
    // Back to the review after a change, not through the remaining steps.
    expect(stepHeading(el)).to.equal('Schritt 5 von 5 Angaben prüfen');
    expect(part(el, 'review')!.textContent).to.contain('vom Finder verwahrt');
  });

  it('sends an attached photo, which the office finds with the application', async () => {
    const el = await formFor(SERVICE.fundsache);
    await fillFundsache(el, { photo: pngFile('geldboerse.png') });
    expect(part(el, 'review')!.textContent).to.contain('geldboerse.png');
    const reference = await sendAndWaitForReceipt(el);
    const token = await staffToken();
    const response = await fetch(`${testInfo.api}/staff/applications/${reference}`, { headers: { authorization: `Bearer ${token}` } });
    const view = (await response.json()) as ApplicationView;
    expect(view.attachments).to.have.length(1);
    expect(view.attachments[0]).to.include({ pointer: '/fund/foto', name: 'geldboerse.png', type: 'image/png', size: pngFile().size });
    expect(view.data.fund).to.have.property('foto').that.includes({ name: 'geldboerse.png', type: 'image/png' });
  });

  it('is accessible on every step, on the review page and on the receipt', async () => {
    const el = await formFor(SERVICE.fundsache);
    await expect(el).to.be.accessible();
    await fillFund(el);
    await clickPart(el, 'next-button');
    await expect(el).to.be.accessible();
    await choose(el, 'Die Fundsache wird', 'im Fundbüro abgegeben');
    await clickPart(el, 'next-button');
    await expect(el).to.be.accessible();
    await choose(el, 'Beanspruchen Sie Finderlohn', 'Nein');
    await clickPart(el, 'next-button');
    await expect(el).to.be.accessible();
    await fill(el, 'Familienname', FUND.familienname);
    await fill(el, 'E-Mail-Adresse', FUND.email);
    await clickPart(el, 'next-button');
    await expect(el).to.be.accessible();
    await sendAndWaitForReceipt(el);
    await expect(el).to.be.accessible();
  });

  it('moves focus to the heading of each new step and to the receipt heading after sending', async () => {
    const el = await formFor(SERVICE.fundsache);
    await fillFund(el);
    await clickPart(el, 'next-button');
    expect(deepActive()).to.equal(part(el, 'step-heading'));
    expect(part(el, 'step-heading')!.getAttribute('tabindex')).to.equal('-1');
    await clickPart(el, 'back-button');
    expect(stepHeading(el)).to.equal('Schritt 1 von 5 Fund');
    expect(deepActive()).to.equal(part(el, 'step-heading'));
    expect((el.shadowRoot!.getElementById('field-fund-fundort') as HTMLInputElement).value).to.equal(FUND.fundort);
  });

  it('can be completed with the keyboard alone, in the order the fields are shown', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button>Vorher</button>
        <rathaus-application-form service=${SERVICE.fundsache} municipality="syke" api=${testInfo.api}></rathaus-application-form>
      </div>`,
    );
    const el = wrapper.querySelector<RathausApplicationForm>('rathaus-application-form')!;
    await loaded(el);
    wrapper.querySelector('button')!.focus();
    const focused = () => deepActive()!.id || deepActive()!.getAttribute('part')!;
    const order: string[] = [];
    for (let i = 0; i < 20 && order.at(-1) !== 'next-button'; i++) {
      await sendKeys({ press: 'Tab' });
      // A date input has one tab stop per part (day, month, year).
      if (order.at(-1) !== focused()) order.push(focused());
    }
    expect(order).to.deep.equal([
      // The "Leichte Sprache" switch comes first, at the top of the widget, then the fields in their order.
      'language-switch',
      'field-fund-gegenstand',
      'field-fund-beschreibung',
      'field-fund-wert',
      'field-fund-fundort',
      'field-fund-funddatum',
      'field-fund-fundzeit',
      'field-fund-foto',
      'next-button',
    ]);

    const tabTo = async (id: string, backwards = false) => {
      if (backwards) await sendKeys({ down: 'Shift' });
      for (let i = 0; i < 20 && focused() !== id; i++) await sendKeys({ press: 'Tab' });
      if (backwards) await sendKeys({ up: 'Shift' });
      expect(focused()).to.equal(id);
    };
    // Back to the top of the step, as a citizen would.
    await tabTo('field-fund-gegenstand', true);
    await sendKeys({ press: 'ArrowDown' });
    await tabTo('field-fund-beschreibung');
    await sendKeys({ type: FUND.beschreibung });
    await tabTo('field-fund-fundort');
    await sendKeys({ type: FUND.fundort });
    await tabTo('field-fund-funddatum');
    await sendKeys({ type: dateKeys(2026, 11, 20) });
    await tabTo('next-button');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(stepHeading(el)).to.equal('Schritt 2 von 5 Verbleib');

    await tabTo('field-verbleib-verbleib');
    await sendKeys({ press: 'Space' });
    await tabTo('next-button');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await tabTo('field-finderlohn-anspruch');
    await sendKeys({ press: 'Space' });
    await tabTo('next-button');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await tabTo('field-finder-person-familienname');
    await sendKeys({ type: FUND.familienname });
    await tabTo('field-finder-kontakt-email');
    await sendKeys({ type: FUND.email });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(stepHeading(el)).to.equal('Schritt 5 von 5 Angaben prüfen');
    await tabTo('submit-button');
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (let i = 0; i < 50 && !part(el, 'reference'); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(part(el, 'reference')!.textContent).to.match(/^SYK-2026-\d{6}$/);
    expect(deepActive()!.id).to.equal('receipt-heading');
  });
});

/** The digits a date input wants, in the order of the browser's date format (e.g. MM/DD/YYYY or DD.MM.YYYY). */
function dateKeys(year: number, month: number, day: number): string {
  const parts = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(year, month - 1, day));
  const digits: Record<string, string> = { year: String(year), month: String(month).padStart(2, '0'), day: String(day).padStart(2, '0') };
  return parts
    .filter((p) => p.type in digits)
    .map((p) => digits[p.type])
    .join('');
}
