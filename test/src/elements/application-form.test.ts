import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RathausApplicationForm } from '../../../src/elements/application-form/application-form.ts';
import { downloadedModules, testInfo } from '../support/page.ts';
import { SERVICE, deepActive, field, formFor, loaded, part, stepHeading } from './application-form/helpers.ts';

/** Modules of the renderer the page has downloaded so far. */
const rendererModules = () => downloadedModules(/application-form\/(form-runtime|form-fields|form-flow)\.ts/);

describe('rathaus-application-form', () => {
  beforeEach(() => sessionStorage.clear());

  it('does not download the form renderer until a form is on the page', async () => {
    expect(customElements.get('rathaus-application-form')).to.not.equal(undefined);
    expect(rendererModules()).to.deep.equal([]);
    const el = await formFor(SERVICE.fundsache);
    expect(rendererModules()).to.have.length(3);
    // The renderer's styles came with it.
    expect(getComputedStyle(part(el, 'progress')!).display).to.equal('flex');
  });

  it('says that the form is loading, then shows its first step', async () => {
    const el = await fixture<RathausApplicationForm>(
      html`<rathaus-application-form service=${SERVICE.fundsache} municipality="syke" api=${testInfo.api}></rathaus-application-form>`,
    );
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('Das Formular wird geladen …');
    await expect(el).to.be.accessible();
    await loaded(el);
    expect(stepHeading(el)).to.equal('Schritt 1 von 5 Fund');
  });

  it('takes the service from the page address when it has no service attribute, so one page serves every service', async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?service=${SERVICE.fundsache}`);
    try {
      const el = await fixture<RathausApplicationForm>(
        html`<rathaus-application-form municipality="syke" api=${testInfo.api}></rathaus-application-form>`,
      );
      await loaded(el);
      expect(part(el, 'title')!.textContent).to.equal('Fundsache melden');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('says what is missing when the page names no municipality or no service', async () => {
    const noTown = await fixture<RathausApplicationForm>(
      html`<rathaus-application-form service=${SERVICE.fundsache} api=${testInfo.api}></rathaus-application-form>`,
    );
    await loaded(noTown);
    expect(part(noTown, 'error')!.textContent).to.contain('nicht eingestellt, für welche Kommune');
    const noService = await fixture<RathausApplicationForm>(
      html`<rathaus-application-form municipality="syke" api=${testInfo.api}></rathaus-application-form>`,
    );
    await loaded(noService);
    expect(part(noService, 'error')!.textContent).to.contain('keine Leistung ausgewählt');
    await expect(noService).to.be.accessible();
  });

  it('explains that a service offered only in person cannot be applied for here yet, and shows nothing to fill in', async () => {
    // Baugenehmigung: handled by the county, which goes live on 1 March 2027.
    const el = await formFor('99012070006001');
    const notice = part(el, 'unavailable')!;
    expect(notice.querySelector('h2')!.textContent).to.equal('Baugenehmigung beantragen');
    expect(notice.textContent).to.contain('„Baugenehmigung beantragen“ kann hier noch nicht online beantragt werden.');
    expect(notice.textContent).to.contain('Ab dem 1. März 2027 ist das auch online möglich.');
    expect(el.shadowRoot!.querySelector('form, input, select, textarea')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('explains that a service is not offered by the municipality', async () => {
    const el = await formFor('99999999999999');
    expect(part(el, 'unavailable')!.textContent).to.contain('Diese Leistung wird hier nicht angeboten.');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
  });

  it('reports a failed load with a retry button that works by keyboard', async () => {
    const el = await fixture<RathausApplicationForm>(
      html`<rathaus-application-form
        service=${SERVICE.fundsache}
        municipality="syke"
        api="http://127.0.0.1:9/api/v1"
      ></rathaus-application-form>`,
    );
    await loaded(el);
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Die Daten konnten nicht geladen werden.');
    await expect(el).to.be.accessible();
    el.api = testInfo.api;
    await el.updateComplete;
    error.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await loaded(el);
    expect(stepHeading(el)).to.equal('Schritt 1 von 5 Fund');
  });

  it('speaks English in its own texts when the element says lang="en"', async () => {
    const el = await formFor('99012070006001', { lang: 'en' });
    expect(part(el, 'unavailable')!.textContent).to.contain('From 1 March 2027 you can also apply online.');
    const form = await formFor(SERVICE.fundsache, { lang: 'en' });
    expect(stepHeading(form)).to.equal('Step 1 of 5 Fund');
    expect(part(form, 'progress')!.getAttribute('aria-label')).to.equal('Progress');
    expect(form.shadowRoot!.querySelector('.hint')!.textContent).to.equal('Required fields are marked “(Required)”.');
    // Labels and help come from the backend's form, in German.
    expect(field(form, 'Fundort').labels![0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fundort (Required)');
    expect((field(form, 'Was wurde gefunden?') as HTMLSelectElement).options[0].textContent).to.equal('Please choose');
    expect(field(form, 'Foto der Fundsache').getAttribute('aria-describedby')).to.contain('accept');
    expect(form.shadowRoot!.getElementById('field-fund-foto-accept')!.textContent).to.equal('Allowed: JPG or PNG, at most 10 MB.');
  });

  describe('on a page with aggressive styles', () => {
    let style: HTMLStyleElement;
    before(() => {
      style = document.createElement('style');
      style.textContent = `* { text-transform: uppercase; letter-spacing: 3px; box-sizing: content-box }
        button, input, select, textarea, label, fieldset { all: unset; background: red }
        html { font-size: 62.5% }`;
      document.head.append(style);
    });
    after(() => style.remove());

    it("keeps its fields, labels and buttons usable, untouched by the host page's CSS", async () => {
      const el = await formFor(SERVICE.fundsache);
      const input = field(el, 'Fundort');
      const inputStyle = getComputedStyle(input);
      expect(inputStyle.display).to.equal('block');
      expect(inputStyle.borderTopStyle).to.equal('solid');
      expect(inputStyle.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(inputStyle.boxSizing).to.equal('border-box');
      const label = getComputedStyle(input.labels![0]);
      expect(label.textTransform).to.equal('none');
      expect(label.letterSpacing).to.equal('normal');
      const next = getComputedStyle(part(el, 'next-button')!);
      expect(next.backgroundColor).to.equal('rgb(11, 92, 171)');
      expect(parseFloat(next.minHeight)).to.be.greaterThan(20);
      input.focus();
      expect(deepActive()).to.equal(input);
      await expect(el).to.be.accessible();
    });
  });
});
