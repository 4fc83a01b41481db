import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pageSession } from '../../../../src/session/session.ts';
import type { ApplicationView } from '../../../../contract/applications.ts';
import { setMeta, signInForTest, testInfo } from '../../support/page.ts';
import {
  SERVICE,
  choose,
  clickPart,
  deepActive,
  field,
  fill,
  formFor,
  hasField,
  part,
  recordSignIns,
  stepHeading,
  storedDraft,
  until,
} from './helpers.ts';

// The page's provider; it is never contacted, because the test records the sign-in instead of redirecting.
setMeta('rathaus-login', 'issuer=https://konto.landkreis-diepholz.example; client_id=syke-website; label=Bürgerkonto');

const ERIKA = {
  given_name: 'Erika',
  family_name: 'Mustermann',
  birthdate: '1980-01-31',
  address: { street_address: 'Hauptstraße 1', postal_code: '28857', locality: 'Syke' },
};
const LOW = 'http://eidas.europa.eu/LoA/low';

/** Goes through the first steps of "Hund anmelden" to "Halter/in". */
async function toHalterStep(el: HTMLElement & { updateComplete: Promise<boolean> }) {
  const form = el as Parameters<typeof fill>[0];
  await fill(form, 'Name des Hundes', 'Bello');
  await fill(form, 'Rasse', 'Mischling');
  await choose(form, 'Geschlecht', 'Rüde');
  await fill(form, 'Wurfdatum', '2024-03-01');
  await fill(form, 'Farbe', 'braun');
  await fill(form, 'Chipnummer', '276098106543210');
  await fill(form, 'Hund gehalten seit', '2026-11-01');
  await clickPart(form, 'next-button');
  await choose(form, 'Die Hundehaltung ist', 'privat');
  await clickPart(form, 'next-button');
  await fill(form, 'Versicherer', 'Muster-Versicherung');
  await fill(form, 'Versicherungsnummer', 'HV-123456');
  await clickPart(form, 'next-button');
  await choose(form, 'Liegt ein Sachkundenachweis vor?', 'Nein');
  await clickPart(form, 'next-button');
}

describe('rathaus-application-form: sign-in, trust levels and prefill', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    if (pageSession().snapshot.status === 'signed-in') pageSession().update({ status: 'signed-out' });
  });

  it('prefills the Halter step of "Hund anmelden" from the signed-in citizen, locking what the office locks', async () => {
    await signInForTest(ERIKA, { acr: LOW });
    const el = await formFor(SERVICE.hund);
    await toHalterStep(el);
    expect(stepHeading(el)).to.equal('Schritt 5 von 7 Halter/in');
    const values = ['Vorname', 'Familienname', 'Geburtsdatum', 'Straße und Hausnummer', 'PLZ', 'Ort', 'E-Mail-Adresse'].map(
      (label) => field(el, label).value,
    );
    expect(values).to.deep.equal(['Erika', 'Mustermann', '1980-01-31', 'Hauptstraße 1', '28857', 'Syke', '']);
    expect(field(el, 'Vorname').readOnly).to.equal(true);
    expect(field(el, 'Straße und Hausnummer').readOnly).to.equal(true);
    expect(field(el, 'E-Mail-Adresse').readOnly).to.equal(false);
    expect(field(el, 'Vorname').autocomplete).to.equal('given-name');
    expect(field(el, 'E-Mail-Adresse').autocomplete).to.equal('email');
    await expect(el).to.be.accessible();
  });

  it('sends "Hund anmelden" for the signed-in citizen with the prefilled data; the receipt needs no access code', async () => {
    const token = await signInForTest(ERIKA, { acr: LOW });
    const el = await formFor(SERVICE.hund);
    await toHalterStep(el);
    await fill(el, 'E-Mail-Adresse', 'erika@example.org');
    await clickPart(el, 'next-button');
    expect(stepHeading(el)).to.equal('Schritt 6 von 7 Vorheriger Halter');
    await clickPart(el, 'next-button');
    await clickPart(el, 'submit-button');
    await until(el, () => part(el, 'reference'), 'no receipt');
    const reference = part(el, 'reference')!.textContent!;
    expect(part(el, 'access-code')).to.equal(null);
    expect(part(el, 'receipt')!.textContent).to.contain('unter „Meine Anträge“');
    const view = (await (
      await fetch(`${testInfo.api}/applications/${reference}`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as ApplicationView;
    expect(view.data.halter).to.deep.equal({
      person: { familienname: 'Mustermann', vornamen: 'Erika', geburtsdatum: '1980-01-31' },
      anschrift: { strasse: 'Hauptstraße 1', plz: '28857', ort: 'Syke' },
      kontakt: { email: 'erika@example.org' },
    });
    expect(view.data.sachkunde).to.deep.equal({ liegtVor: false });
    // The optional last step is sent empty, not left out: the form requires every step's object.
    expect(view.data.vorherigerHalter).to.deep.equal({});
  });

  it('prefills only empty fields, never over what the citizen typed', async () => {
    const el = await formFor(SERVICE.fundsache);
    const draft = { formVersion: 1, step: 3, idempotencyKey: 'draft-key', files: {}, data: { finder: { person: { vornamen: 'Eri' } } } };
    el.remove();
    sessionStorage.setItem('rathaus:draft:syke:99019001064000', JSON.stringify(draft));
    await signInForTest(ERIKA);
    const reloaded = await formFor(SERVICE.fundsache);
    expect(stepHeading(reloaded)).to.equal('Schritt 4 von 5 Finder/in');
    expect(field(reloaded, 'Vorname').value).to.equal('Eri');
    expect(field(reloaded, 'Familienname').value).to.equal('Mustermann');
  });

  it('explains why "Wohnsitz anmelden" needs a sign-in and offers to sign in with the right level', async () => {
    const calls = recordSignIns();
    const el = await formFor(SERVICE.wohnsitz);
    const gate = part(el, 'sign-in-required')!;
    expect(gate.textContent).to.contain(
      'Für diese Leistung müssen Sie sich mit dem Vertrauensniveau „substanziell“ anmelden, damit das Amt sicher weiß, wer den Antrag stellt.',
    );
    expect(part(el, 'form')).to.equal(null);
    expect(el.shadowRoot!.querySelector('input, select, textarea')).to.equal(null);
    await expect(el).to.be.accessible();
    part(el, 'sign-in-button')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(calls).to.deep.equal([{ acr: 'http://eidas.europa.eu/LoA/substantial' }]);
  });

  it('asks a citizen signed in with a lower level to sign in again, keeping what was typed', async () => {
    const calls = recordSignIns();
    sessionStorage.setItem(
      'rathaus:draft:syke:99115005104000',
      JSON.stringify({ formVersion: 1, step: 0, idempotencyKey: 'k', files: {}, data: { neueWohnung: { anschrift: { ort: 'Syke' } } } }),
    );
    await signInForTest(ERIKA, { acr: LOW });
    const el = await formFor(SERVICE.wohnsitz);
    expect(part(el, 'sign-in-required')!.textContent).to.contain('Sie sind mit dem Vertrauensniveau „niedrig“ angemeldet.');
    part(el, 'sign-in-button')!.click();
    expect(calls).to.deep.equal([{ acr: 'http://eidas.europa.eu/LoA/substantial' }]);
    expect(storedDraft(SERVICE.wohnsitz)!.data.neueWohnung.anschrift.ort).to.equal('Syke');
    await expect(el).to.be.accessible();
    // Back from the provider with the right level, the form appears with the kept input.
    await signInForTest(ERIKA);
    await el.updateComplete;
    expect(part(el, 'sign-in-required')).to.equal(null);
    expect(field(el, 'Ort').value).to.equal('Syke');
  });

  it('adds and removes persons in the repeating group, moving focus to the new person and back to the add button', async () => {
    await signInForTest(ERIKA);
    sessionStorage.setItem(
      'rathaus:draft:syke:99115005104000',
      JSON.stringify({ formVersion: 1, step: 2, idempotencyKey: 'k', files: {}, data: {} }),
    );
    const el = await formFor(SERVICE.wohnsitz);
    expect(stepHeading(el)).to.equal('Schritt 3 von 6 Personen');
    const legends = () => [...el.shadowRoot!.querySelectorAll('[part~="item"] > legend')].map((legend) => legend.textContent!.trim());
    expect(legends()).to.deep.equal(['Person 1']);
    // At least one person: nothing to remove.
    expect(part(el, 'remove-button')).to.equal(null);
    const add = part<HTMLButtonElement>(el, 'add-button')!;
    expect(add.textContent!.trim()).to.equal('Weitere Person hinzufügen');
    await fill(el, 'Familienname', 'Mustermann');
    add.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(legends()).to.deep.equal(['Person 1', 'Person 2']);
    expect(deepActive()!.id).to.equal('field-personen-liste-1-person-familienname');
    await sendKeys({ type: 'Musterkind' });
    await expect(el).to.be.accessible();
    const removes = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="remove-button"]')];
    expect(removes.map((button) => button.textContent!.trim())).to.deep.equal(['Person 1 entfernen', 'Person 2 entfernen']);
    removes[0].click();
    await el.updateComplete;
    expect(legends()).to.deep.equal(['Person 1']);
    expect(deepActive()).to.equal(part(el, 'add-button'));
    // The second person moved up.
    expect(field(el, 'Familienname').value).to.equal('Musterkind');
  });

  it('reveals "Staat" when the checkbox "Zuzug aus dem Ausland" is ticked', async () => {
    await signInForTest(ERIKA);
    sessionStorage.setItem(
      'rathaus:draft:syke:99115005104000',
      JSON.stringify({ formVersion: 1, step: 1, idempotencyKey: 'k', files: {}, data: {} }),
    );
    const el = await formFor(SERVICE.wohnsitz);
    const checkbox = field(el, 'Zuzug aus dem Ausland');
    expect(checkbox.type).to.equal('checkbox');
    expect(hasField(el, 'Staat')).to.equal(false);
    checkbox.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(field(el, 'Staat').required).to.equal(true);
    expect(storedDraft(SERVICE.wohnsitz)!.data.bisherigeWohnung.zuzugAusland).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('offers no more persons than the form allows', async () => {
    await signInForTest(ERIKA);
    const persons = Array.from({ length: 10 }, () => ({}));
    sessionStorage.setItem(
      'rathaus:draft:syke:99115005104000',
      JSON.stringify({ formVersion: 1, step: 2, idempotencyKey: 'k', files: {}, data: { personen: { liste: persons } } }),
    );
    const el = await formFor(SERVICE.wohnsitz);
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(10);
    expect(part(el, 'add-button')).to.equal(null);
    expect(hasField(el, 'Person 10')).to.equal(true);
  });

  it('fills in the fields a choice reveals from the account, as it does the others', async () => {
    await signInForTest({ ...ERIKA, email: 'erika@example.de' }, { acr: LOW });
    const el = await formFor('99106003064000');
    await choose(el, 'Woher kommt der Lärm?', 'Baustelle');
    await fill(el, 'Ort der Lärmquelle', 'Hauptstraße 20, Syke');
    await fill(el, 'Datum', '2026-11-20');
    await choose(el, 'Wie oft tritt der Lärm auf?', 'ständig');
    await fill(el, 'Beschreibung', 'Presslufthammer ab sechs Uhr morgens, auch am Samstag.');
    await clickPart(el, 'next-button');
    await until(el, () => stepHeading(el).includes('Antwort'), 'the answer step did not appear');
    expect(hasField(el, 'Familienname')).to.equal(false, 'no name unless an answer is wanted');

    await choose(el, 'Möchten Sie eine Antwort erhalten?', 'Ja');
    expect(field(el, 'Familienname').value).to.equal('Mustermann');
    expect(field(el, 'E-Mail-Adresse').value).to.equal('erika@example.de');
    expect(field(el, 'PLZ').value).to.equal('28857');
    // What the citizen changes stays changed when another answer changes.
    await fill(el, 'E-Mail-Adresse', 'antwort@example.de');
    await fill(el, 'PLZ', '');
    await clickPart(el, 'back-button');
    await choose(el, 'Woher kommt der Lärm?', 'Veranstaltung');
    await clickPart(el, 'next-button');
    await until(el, () => stepHeading(el).includes('Antwort'), 'the answer step did not appear again');
    expect(field(el, 'E-Mail-Adresse').value).to.equal('antwort@example.de');
    expect(field(el, 'PLZ').value).to.equal('');
  });
});
