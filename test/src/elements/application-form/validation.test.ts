import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  FUND,
  SERVICE,
  attach,
  choose,
  clickPart,
  deepActive,
  field,
  fill,
  fillFund,
  fillFundsache,
  formFor,
  part,
  pngFile,
  stepHeading,
  summaryLinks,
  until,
} from './helpers.ts';

describe('rathaus-application-form: checks and error messages', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows an error summary that takes focus when "Weiter" is pressed with required fields empty', async () => {
    const el = await formFor(SERVICE.fundsache);
    await clickPart(el, 'next-button');
    const summary = part(el, 'error-summary')!;
    expect(summary.querySelector('h3')!.textContent).to.equal('Es gibt ein Problem');
    expect(summary.getAttribute('tabindex')).to.equal('-1');
    expect(deepActive()).to.equal(summary);
    expect(summaryLinks(el).map((link) => link.textContent!.trim())).to.deep.equal([
      'Bitte wählen Sie bei „Was wurde gefunden?“ eine Antwort aus.',
      'Bitte geben Sie „Beschreibung“ an.',
      'Bitte geben Sie „Fundort“ an.',
      'Bitte geben Sie „Funddatum“ an.',
    ]);
    // Still on the first step, each field marked and explained.
    expect(stepHeading(el)).to.equal('Schritt 1 von 5 Fund');
    const fundort = field(el, 'Fundort');
    expect(fundort.getAttribute('aria-invalid')).to.equal('true');
    const error = el.shadowRoot!.getElementById(`${fundort.id}-error`)!;
    expect(fundort.getAttribute('aria-describedby')).to.contain(error.id);
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fehler: Bitte geben Sie „Fundort“ an.');
    await expect(el).to.be.accessible();
  });

  it('moves focus to the field when a link of the error summary is followed, by mouse or keyboard', async () => {
    const el = await formFor(SERVICE.fundsache);
    await clickPart(el, 'next-button');
    const [, beschreibung, fundort] = summaryLinks(el);
    fundort.click();
    await el.updateComplete;
    expect(deepActive()).to.equal(field(el, 'Fundort'));
    beschreibung.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(deepActive()).to.equal(field(el, 'Beschreibung'));
  });

  it('checks a field when the citizen leaves it and clears the error once it is right', async () => {
    const el = await formFor(SERVICE.fundsache);
    const zeit = field(el, 'Uhrzeit');
    zeit.focus();
    await sendKeys({ type: '25:99' });
    field(el, 'Fundort').focus();
    await el.updateComplete;
    expect(zeit.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.getElementById(`${zeit.id}-error`)!.textContent).to.contain(
      '„Uhrzeit (ungefähr)“ hat nicht das richtige Format.',
    );
    // No summary for a single inline check: it appears when the citizen asks to go on.
    expect(part(el, 'error-summary')).to.equal(null);
    await expect(el).to.be.accessible();
    zeit.focus();
    zeit.select();
    await sendKeys({ type: '14:30' });
    field(el, 'Fundort').focus();
    await el.updateComplete;
    expect(zeit.hasAttribute('aria-invalid')).to.equal(false);
    expect(el.shadowRoot!.getElementById(`${zeit.id}-error`)).to.equal(null);
  });

  it('explains each kind of problem in German: e-mail, number, minimum, length and pattern', async () => {
    const el = await formFor(SERVICE.fundsache);
    const messageOf = (label: string) =>
      el
        .shadowRoot!.getElementById(`${field(el, label).id}-error`)
        ?.textContent!.replace(/\s+/g, ' ')
        .trim();
    await fill(el, 'Geschätzter Wert', 'zwanzig');
    expect(messageOf('Geschätzter Wert')).to.equal('Fehler: „Geschätzter Wert in €“ muss eine Zahl sein, zum Beispiel 12,50.');
    await fill(el, 'Geschätzter Wert', '-3');
    expect(messageOf('Geschätzter Wert')).to.equal('Fehler: „Geschätzter Wert in €“ muss mindestens 0 sein.');
    await fill(el, 'Geschätzter Wert', '2.000.000');
    expect(messageOf('Geschätzter Wert')).to.equal('Fehler: „Geschätzter Wert in €“ darf höchstens 1.000.000 sein.');
    await fill(el, 'Beschreibung', 'x'.repeat(1001));
    expect(messageOf('Beschreibung')).to.equal('Fehler: „Beschreibung“ darf höchstens 1.000 Zeichen lang sein.');
    await fillFund(el);
    await clickPart(el, 'next-button');
    await choose(el, 'Die Fundsache wird', 'vom Finder verwahrt');
    await clickPart(el, 'next-button');
    await choose(el, 'Beanspruchen Sie Finderlohn', 'Nein');
    await clickPart(el, 'next-button');
    await fill(el, 'E-Mail-Adresse', 'finder(at)example.org');
    expect(messageOf('E-Mail-Adresse')).to.equal('Fehler: Bitte geben Sie eine E-Mail-Adresse im Format name@beispiel.de an.');
    await fill(el, 'PLZ', '2885');
    expect(messageOf('PLZ')).to.equal('Fehler: „PLZ“ hat nicht das richtige Format. Bitte beachten Sie den Hinweis zum Feld.');
  });

  it('refuses a file of the wrong type or too large before sending, with the limits shown at the field', async () => {
    const el = await formFor(SERVICE.fundsache);
    const foto = field(el, 'Foto der Fundsache');
    expect(foto.accept).to.equal('image/jpeg,image/png');
    expect(el.shadowRoot!.getElementById(`${foto.id}-accept`)!.textContent).to.equal('Erlaubt: JPG oder PNG, höchstens 10 MB.');
    await attach(el, 'Foto der Fundsache', new File(['%PDF-1.4'], 'fund.pdf', { type: 'application/pdf' }));
    expect(el.shadowRoot!.getElementById(`${foto.id}-error`)!.textContent).to.contain(
      'Die Datei für „Foto der Fundsache“ muss im Format JPG oder PNG sein.',
    );
    await attach(el, 'Foto der Fundsache', new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'riesig.png', { type: 'image/png' }));
    expect(el.shadowRoot!.getElementById(`${foto.id}-error`)!.textContent).to.contain('ist zu groß. Sie darf höchstens 10 MB groß sein.');
    await attach(el, 'Foto der Fundsache', pngFile());
    expect(el.shadowRoot!.getElementById(`${foto.id}-error`)).to.equal(null);
    expect(el.shadowRoot!.querySelector('.file-chosen')!.textContent).to.contain('Ausgewählt: fund.png');
  });

  it("puts the server's field errors on their fields: a photo whose content is not an image", async () => {
    const el = await formFor(SERVICE.fundsache);
    // Declared as PNG, so the browser's check passes; the server looks at the content.
    await fillFundsache(el, { photo: new File(['not really a picture'], 'fund.png', { type: 'image/png' }) });
    await clickPart(el, 'submit-button');
    await until(el, () => part(el, 'error-summary'), 'no error summary after the server refused');
    expect(stepHeading(el)).to.equal('Schritt 1 von 5 Fund');
    expect(deepActive()).to.equal(part(el, 'error-summary'));
    const foto = field(el, 'Foto der Fundsache');
    expect(foto.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.getElementById(`${foto.id}-error`)!.textContent).to.contain('muss im Format JPG oder PNG sein');
    expect(summaryLinks(el)[0].getAttribute('href')).to.equal(`#${foto.id}`);
    await expect(el).to.be.accessible();
    // Choosing a real picture lets the application through.
    await attach(el, 'Foto der Fundsache', pngFile());
    await clickPart(el, 'next-button');
    for (let i = 0; i < 3; i++) await clickPart(el, 'next-button');
    await clickPart(el, 'submit-button');
    await until(el, () => part(el, 'reference'), 'no receipt');
  });

  it('does not send while a step has problems: "Absenden" shows the first step with one', async () => {
    const el = await formFor(SERVICE.fundsache);
    await fillFundsache(el);
    // A value the review page cannot catch, as if changed in another tab: the draft is checked again.
    const draft = JSON.parse(sessionStorage.getItem('rathaus:draft:syke:99019001064000')!);
    draft.data.finder.kontakt.email = 'kein-at-zeichen';
    sessionStorage.setItem('rathaus:draft:syke:99019001064000', JSON.stringify(draft));
    const recreated = await formFor(SERVICE.fundsache);
    el.remove();
    expect(stepHeading(recreated)).to.equal('Schritt 5 von 5 Angaben prüfen');
    await clickPart(recreated, 'submit-button');
    expect(stepHeading(recreated)).to.equal('Schritt 4 von 5 Finder/in');
    expect(deepActive()).to.equal(part(recreated, 'error-summary'));
    expect(summaryLinks(recreated).map((link) => link.textContent!.trim())).to.deep.equal([
      'Bitte geben Sie eine E-Mail-Adresse im Format name@beispiel.de an.',
    ]);
    expect(field(recreated, 'E-Mail-Adresse').value).to.equal('kein-at-zeichen');
    await fill(recreated, 'E-Mail-Adresse', FUND.email);
    await clickPart(recreated, 'next-button');
    expect(stepHeading(recreated)).to.equal('Schritt 5 von 5 Angaben prüfen');
  });

  it('speaks English around the form when the page is English, while the form content stays as the office wrote it', async () => {
    const el = await formFor(SERVICE.fundsache, { lang: 'en' });
    expect(stepHeading(el)).to.equal('Step 1 of 5 Fund');
    expect(part(el, 'next-button')!.textContent!.trim()).to.equal('Continue');
    expect(field(el, 'Fundort').labels![0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fundort (Required)');
    await clickPart(el, 'next-button');
    expect(part(el, 'error-summary')!.querySelector('h3')!.textContent).to.equal('There is a problem');
    expect(summaryLinks(el)[2].textContent!.trim()).to.equal('Please enter “Fundort”.');
    await fillFund(el);
    await clickPart(el, 'next-button');
    expect(part(el, 'back-button')!.textContent!.trim()).to.equal('Back');
    await expect(el).to.be.accessible();
  });
});
