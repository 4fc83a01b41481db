import type { Locator, Page } from 'playwright-core';
import { chooseFile, chooseRadio, press, typeDate, typeInto } from './keyboard.ts';

export interface FileToAttach {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A one-page PDF, small but real: the backend checks a file's content, not its name. */
export function samplePdf(name: string): FileToAttach {
  const body = [
    '%PDF-1.4',
    '1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj',
    '2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj',
    '3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>> endobj',
    'trailer <</Root 1 0 R>>',
    '%%EOF',
  ].join('\n');
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(body, 'latin1') };
}

/** The dog of the journey; the Halter/in step is filled from the citizen's account. */
export const BELLO = {
  name: 'Bello',
  rasse: 'Labrador-Mischling',
  geschlecht: 'Rüde',
  wurfdatum: '2021-04-01',
  farbe: 'schwarz',
  chipnummer: '276098106543210',
  haltungSeit: '2026-11-01',
  haltung: 'Rettungshund',
  versicherer: 'Hannoversche Hundehalter VVaG',
  versicherungsnummer: 'HH-4711-0815',
  sachkundeDatum: '2026-10-15',
} as const;

/** The heading of the form's current step, e.g. "Schritt 2 von 7 Zweck / Ermäßigung". */
export function stepHeading(form: Locator, title: string): Locator {
  return form.getByRole('heading', { level: 3 }).filter({ hasText: title });
}

/** Goes to the next step with the mouse ("Weiter") and waits for it. */
async function next(form: Locator, title: string, nextLabel = 'Weiter'): Promise<void> {
  await form.getByRole('button', { name: nextLabel, exact: true }).click();
  await stepHeading(form, title).waitFor();
}

/** Called on each step once it is filled in, before going on: e.g. for an accessibility check. */
export type StepCheck = (step: string) => Promise<void>;
const noCheck: StepCheck = async () => undefined;

/** Fills the steps before "Halter/in" of "Hund anmelden" with the mouse, attaching `nachweis`; ends on "Halter/in". */
export async function fillHundUpToHalter(form: Locator, nachweis: FileToAttach, onStep = noCheck): Promise<void> {
  await stepHeading(form, 'Hund').waitFor();
  await form.getByLabel('Name des Hundes').fill(BELLO.name);
  await form.getByLabel('Rasse').fill(BELLO.rasse);
  await form.getByRole('radio', { name: BELLO.geschlecht, exact: true }).check();
  await form.getByLabel('Wurfdatum / Geburtsdatum').fill(BELLO.wurfdatum);
  await form.getByLabel('Farbe').fill(BELLO.farbe);
  await form.getByLabel('Chipnummer (Transponder)').fill(BELLO.chipnummer);
  await form.getByLabel('Hund gehalten seit').fill(BELLO.haltungSeit);
  await onStep('Hund');
  await next(form, 'Zweck / Ermäßigung');

  await form.getByRole('radio', { name: BELLO.haltung, exact: true }).check();
  await form.getByLabel('Nachweis').setInputFiles(nachweis);
  await form.getByText(`Ausgewählt: ${nachweis.name}`).waitFor();
  await onStep('Zweck / Ermäßigung');
  await next(form, 'Haftpflichtversicherung');

  await form.getByLabel('Versicherer').fill(BELLO.versicherer);
  await form.getByLabel('Versicherungsnummer').fill(BELLO.versicherungsnummer);
  await onStep('Haftpflichtversicherung');
  await next(form, 'Sachkundenachweis');

  await form
    .getByRole('group', { name: /Liegt ein Sachkundenachweis vor/ })
    .getByRole('radio', { name: 'Ja', exact: true })
    .check();
  await form.getByLabel('Datum des Sachkundenachweises').fill(BELLO.sachkundeDatum);
  await onStep('Sachkundenachweis');
  await next(form, 'Halter/in');
}

/** From "Halter/in" over "Vorheriger Halter" (left empty) to the review page, with the mouse. */
export async function continueHundToReview(form: Locator, onStep = noCheck): Promise<void> {
  await onStep('Halter/in');
  await next(form, 'Vorheriger Halter');
  await onStep('Vorheriger Halter');
  await next(form, 'Angaben prüfen');
}

/**
 * The same as fillHundUpToHalter and continueHundToReview, up to the review page, with the keyboard only: Tab, typing, arrow keys, Space
 * and Enter. `ui` holds the kit's button labels in the page's language; the fields' labels come from the form
 * definition, in German.
 */
export async function fillHundWithKeyboard(
  page: Page,
  form: Locator,
  nachweis: FileToAttach,
  ui: { next: string; review: string },
  onStep = noCheck,
): Promise<void> {
  const nextButton = form.getByRole('button', { name: ui.next, exact: true });
  let current = 'Hund';
  const goOn = async (title: string) => {
    await onStep(current);
    current = title;
    await press(page, nextButton);
    await stepHeading(form, title).waitFor();
  };
  await typeInto(page, form.getByLabel('Name des Hundes'), BELLO.name);
  await typeInto(page, form.getByLabel('Rasse'), BELLO.rasse);
  await chooseRadio(page, form.getByRole('group', { name: /Geschlecht/ }), BELLO.geschlecht);
  await typeDate(page, form.getByLabel('Wurfdatum / Geburtsdatum'), BELLO.wurfdatum);
  await typeInto(page, form.getByLabel('Farbe'), BELLO.farbe);
  await typeInto(page, form.getByLabel('Chipnummer (Transponder)'), BELLO.chipnummer);
  await typeDate(page, form.getByLabel('Hund gehalten seit'), BELLO.haltungSeit);
  await goOn('Zweck / Ermäßigung');

  await chooseRadio(page, form.getByRole('group', { name: /Die Hundehaltung ist/ }), BELLO.haltung);
  await chooseFile(page, form.getByLabel('Nachweis'), nachweis);
  await form.getByText(nachweis.name).first().waitFor();
  await goOn('Haftpflichtversicherung');

  await typeInto(page, form.getByLabel('Versicherer'), BELLO.versicherer);
  await typeInto(page, form.getByLabel('Versicherungsnummer'), BELLO.versicherungsnummer);
  await goOn('Sachkundenachweis');

  await chooseRadio(page, form.getByRole('group', { name: /Liegt ein Sachkundenachweis vor/ }), 'Ja');
  await typeDate(page, form.getByLabel('Datum des Sachkundenachweises'), BELLO.sachkundeDatum);
  await goOn('Halter/in');
  await goOn('Vorheriger Halter');
  await goOn(ui.review);
}

/** An anonymous finder's report of a lost purse in Stuhr. */
/** Who orders a birth certificate without an account, and for which birth. */
export const BIRTH_CERTIFICATE = {
  familiennameBeiGeburt: 'Yilmaz',
  vornamen: 'Deniz Can',
  geburtsdatum: '1992-06-14',
  geburtsort: 'Stuhr',
  vorname: 'Deniz',
  familienname: 'Yilmaz',
  strasse: 'Blockener Straße 9',
  plz: '28816',
  ort: 'Stuhr',
  email: 'deniz.yilmaz@example.de',
} as const;

/** Fills "Geburtsurkunde bestellen" without an account, with the mouse, up to the review page. */
export async function fillGeburtsurkundeToReview(form: Locator): Promise<void> {
  const who = BIRTH_CERTIFICATE;
  await stepHeading(form, 'Angaben zur Geburt').waitFor();
  await form.getByLabel('Familienname bei Geburt').fill(who.familiennameBeiGeburt);
  await form.getByLabel('Vornamen').fill(who.vornamen);
  await form.getByLabel('Geburtsdatum').fill(who.geburtsdatum);
  await form.getByLabel('Geburtsort').fill(who.geburtsort);
  await form.getByRole('radio', { name: 'Ich selbst', exact: true }).check();
  await next(form, 'Urkunde');
  await form.getByRole('radio', { name: 'Geburtsurkunde', exact: true }).check();
  await form.getByLabel('Verwendungszweck').selectOption({ label: 'Personalausweis oder Reisepass' });
  await next(form, 'Antragsteller/in');
  await form.getByLabel(/^Vornamen\b/).fill(who.vorname);
  await form.getByLabel(/^Familienname\b/).fill(who.familienname);
  await form.getByLabel('Geburtsdatum').fill(who.geburtsdatum);
  await form.getByLabel('Straße und Hausnummer').fill(who.strasse);
  await form.getByLabel('PLZ').fill(who.plz);
  await form.getByLabel(/^Ort\b/).fill(who.ort);
  await form.getByLabel('E-Mail-Adresse').fill(who.email);
  await next(form, 'Zustellung');
  await form.getByRole('radio', { name: 'Versand per Post an meine Anschrift' }).check();
  await next(form, 'Angaben prüfen');
}
