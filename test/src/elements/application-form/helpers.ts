import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RathausApplicationForm } from '../../../../src/elements/application-form/application-form.ts';
import { pageSession, type SignInOptions } from '../../../../src/session/session.ts';
import { testInfo } from '../../support/page.ts';
import '../../../../src/elements/application-form/application-form.ts';

/** LeiKa keys of the hand-written forms (server/catalogue/seed/well-known-services.ts). */
export const SERVICE = {
  fundsache: '99019001064000',
  hund: '99102013104000',
  wohnsitz: '99115005104000',
  geburtsurkunde: '99027002012000',
} as const;

/** The draft's key in sessionStorage. */
export function draftKey(service: string, municipality = 'syke'): string {
  return `rathaus:draft:${municipality}:${service}`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into the draft's data by path
type DraftData = Record<string, any>;

export function storedDraft(
  service: string,
): { data: DraftData; step: number; idempotencyKey: string; files: Record<string, string> } | null {
  return JSON.parse(sessionStorage.getItem(draftKey(service)) ?? 'null');
}

/** A form on the page, loaded from the real backend. */
export async function formFor(service: string, options: { municipality?: string; lang?: string } = {}): Promise<RathausApplicationForm> {
  const el = await fixture<RathausApplicationForm>(
    html`<rathaus-application-form
      service=${service}
      municipality=${options.municipality ?? 'syke'}
      api=${testInfo.api}
      lang=${ifDefined(options.lang)}
    ></rathaus-application-form>`,
  );
  await loaded(el);
  return el;
}

/** Waits until the element shows a form, a sign-in request, an explanation or an error instead of "loading". */
export async function loaded(el: RathausApplicationForm): Promise<void> {
  await waitUntil(
    () =>
      el.shadowRoot?.querySelector('[part~="form"], [part~="sign-in-required"], [part~="unavailable"], [part~="error"], [part~="receipt"]'),
    'the form did not load',
    {
      timeout: 5000,
    },
  );
  await el.updateComplete;
}

export function shadow(el: RathausApplicationForm): ShadowRoot {
  return el.shadowRoot!;
}

export function part<T extends Element = HTMLElement>(el: RathausApplicationForm, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

type Control = HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;

/** The input of the field whose label starts with `label` (the required mark follows it). */
export function field(el: RathausApplicationForm, label: string, within: ParentNode = el.shadowRoot!): Control {
  const match = [...within.querySelectorAll('label')].find((candidate) =>
    candidate.textContent!.trim().replace(/\s+/g, ' ').startsWith(label),
  );
  if (!match) throw new Error(`no field labelled "${label}"`);
  return el.shadowRoot!.getElementById(match.htmlFor) as Control;
}

/** The radio group (fieldset) whose legend starts with `legend`. */
export function group(el: RathausApplicationForm, legend: string): HTMLFieldSetElement {
  const match = [...el.shadowRoot!.querySelectorAll('fieldset')].find((candidate) =>
    candidate.querySelector('legend')!.textContent!.trim().startsWith(legend),
  );
  if (!match) throw new Error(`no group "${legend}"`);
  return match;
}

export function hasField(el: RathausApplicationForm, label: string): boolean {
  return [...el.shadowRoot!.querySelectorAll('label, legend')].some((candidate) => candidate.textContent!.trim().startsWith(label));
}

/** Enters a value as the browser reports typing: an input event, then change when the field is left. */
export async function fill(el: RathausApplicationForm, label: string, value: string, within?: ParentNode): Promise<void> {
  const input = field(el, label, within);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Picks an option of a select (by its text) or a radio button (by its label) of the field `label`. */
export async function choose(el: RathausApplicationForm, label: string, option: string): Promise<void> {
  const radios = [...el.shadowRoot!.querySelectorAll('fieldset')].find((candidate) =>
    candidate.querySelector(':scope > legend')?.textContent!.trim().startsWith(label),
  );
  if (radios) {
    const optionLabel = [...radios.querySelectorAll('label')].find((candidate) => candidate.textContent!.trim() === option);
    if (!optionLabel) throw new Error(`no option "${option}" in "${label}"`);
    optionLabel.click();
  } else {
    const select = field(el, label) as unknown as HTMLSelectElement;
    const index = [...select.options].findIndex((candidate) => candidate.textContent!.trim() === option);
    if (index < 0) throw new Error(`no option "${option}" in "${label}"`);
    select.selectedIndex = index;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }
  await el.updateComplete;
}

export async function clickPart(el: RathausApplicationForm, name: string): Promise<void> {
  const button = part<HTMLButtonElement>(el, name);
  if (!button) throw new Error(`no part "${name}"`);
  button.click();
  await el.updateComplete;
}

/** The links of the error summary at the top of the step. */
export function summaryLinks(el: HTMLElement): HTMLAnchorElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="error-summary"] a')];
}

/** Records sign-ins instead of leaving the page for the provider. */
export function recordSignIns(): SignInOptions[] {
  const calls: SignInOptions[] = [];
  pageSession().signIn = async (options: SignInOptions = {}) => {
    calls.push(options);
  };
  return calls;
}

export function stepHeading(el: RathausApplicationForm): string {
  return part(el, 'step-heading')!.textContent!.trim().replace(/\s+/g, ' ');
}

/** The focused element, looking into shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until the element's fetches and renders have settled after a click that sends something. */
export async function until(el: RathausApplicationForm, predicate: () => unknown, message: string, timeout = 8000): Promise<void> {
  await waitUntil(predicate, message, { timeout });
  await el.updateComplete;
}

/** A 1×1 PNG. */
export function pngFile(name = 'fund.png'): File {
  const base64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new File([bytes], name, { type: 'image/png' });
}

/** Puts a file into a file input as the file chooser does. */
export async function attach(el: RathausApplicationForm, label: string, file: File): Promise<void> {
  const input = field(el, label);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The Fundsache answers used across tests, and what the server stores for them. */
export const FUND = {
  beschreibung: 'Schwarze Lederbörse mit rotem Reißverschluss',
  fundort: 'Bahnhof Syke, Gleis 1',
  funddatum: '2026-11-20',
  familienname: 'Musterfinder',
  email: 'finder@example.org',
};

export const FUND_DATA = {
  fund: {
    gegenstand: 'geldboerse',
    beschreibung: FUND.beschreibung,
    wert: 25.5,
    fundort: FUND.fundort,
    funddatum: FUND.funddatum,
    fundzeit: '14:30',
  },
  verbleib: { verbleib: 'fundbuero' },
  finderlohn: { anspruch: true },
  finder: { person: { familienname: FUND.familienname }, anschrift: {}, kontakt: { email: FUND.email } },
};

/** Fills the first step of "Fundsache melden". */
export async function fillFund(el: RathausApplicationForm): Promise<void> {
  await choose(el, 'Was wurde gefunden?', 'Geldbörse');
  await fill(el, 'Beschreibung', FUND.beschreibung);
  await fill(el, 'Geschätzter Wert', '25,50');
  await fill(el, 'Fundort', FUND.fundort);
  await fill(el, 'Funddatum', FUND.funddatum);
  await fill(el, 'Uhrzeit', '14:30');
}

/** Fills every step of "Fundsache melden" and arrives at the review page. */
export async function fillFundsache(el: RathausApplicationForm, options: { photo?: File } = {}): Promise<void> {
  await fillFund(el);
  if (options.photo) await attach(el, 'Foto der Fundsache', options.photo);
  await clickPart(el, 'next-button');
  await choose(el, 'Die Fundsache wird', 'im Fundbüro abgegeben');
  await clickPart(el, 'next-button');
  await choose(el, 'Beanspruchen Sie Finderlohn', 'Ja');
  await clickPart(el, 'next-button');
  await fill(el, 'Familienname', FUND.familienname);
  await fill(el, 'E-Mail-Adresse', FUND.email);
  await clickPart(el, 'next-button');
}

export async function sendAndWaitForReceipt(el: RathausApplicationForm): Promise<string> {
  await clickPart(el, 'submit-button');
  await until(el, () => part(el, 'reference'), 'no receipt');
  return part(el, 'reference')!.textContent!.trim();
}
