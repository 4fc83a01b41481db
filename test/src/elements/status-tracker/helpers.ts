import { sendKeys } from '@web/test-runner-commands';
import { WELL_KNOWN } from '../../../../server/catalogue/seed/well-known-services.ts';
import type { Receipt, StatusChange } from '../../../../contract/applications.ts';
import type { RathausStatusTracker } from '../../../../src/elements/status-tracker/status-tracker.ts';
import { staffToken, testInfo } from '../../support/page.ts';

/** A valid "Fundsache melden" form: the one service anyone may send without signing in. */
export const FUNDSACHE = {
  fund: { gegenstand: 'geldboerse', beschreibung: 'Braune Lederbörse', fundort: 'Bahnhof Syke', funddatum: '2026-11-20' },
  verbleib: { verbleib: 'fundbuero' },
  finderlohn: { anspruch: true },
  finder: { person: { familienname: 'Meyer' }, kontakt: { email: 'meyer@example.de' } },
};

/** Sends a Fundsache to the real backend, anonymously or with a citizen's token, as the form element would. */
export async function submitFundsache(municipality = 'syke', token?: string): Promise<Receipt> {
  const response = await fetch(`${testInfo.api}/applications`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': crypto.randomUUID(),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ municipality, service: WELL_KNOWN.fundsacheMelden, data: FUNDSACHE }),
  });
  if (response.status !== 201) throw new Error(`submission failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as Receipt;
}

/** What the Syke clerk does in the office's software: moves an application on. */
export async function changeStatus(reference: string, change: StatusChange): Promise<void> {
  const response = await fetch(`${testInfo.api}/staff/applications/${reference}/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await staffToken()}` },
    body: JSON.stringify(change),
  });
  if (!response.ok) throw new Error(`status change failed: ${response.status} ${await response.text()}`);
}

export function inShadow<T extends Element = HTMLElement>(el: RathausStatusTracker, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

export function allInShadow<T extends Element = HTMLElement>(el: RathausStatusTracker, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

export function textOf(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function liveRegion(el: RathausStatusTracker): HTMLElement {
  return inShadow(el, '[aria-live="polite"]')!;
}

export function focused(el: RathausStatusTracker): Element | null {
  return el.shadowRoot!.activeElement;
}

/** Types into the lookup form with real key presses: reference, Tab, access code, Enter. */
export async function lookUp(el: RathausStatusTracker, reference: string, accessCode: string): Promise<void> {
  inShadow<HTMLInputElement>(el, '#reference')!.focus();
  if (reference) await sendKeys({ type: reference });
  await sendKeys({ press: 'Tab' });
  if (accessCode) await sendKeys({ type: accessCode });
  await sendKeys({ press: 'Enter' });
}

/** A long German date with time, e.g. "25. November 2026 um 10:03". */
export const GERMAN_DATE_TIME =
  /^\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4} um \d{2}:\d{2}$/;
/** A long British date with time, e.g. "25 November 2026 at 10:03". */
export const ENGLISH_DATE_TIME =
  /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} at \d{2}:\d{2}$/;

/**
 * Records the requests the page makes, passing each on unchanged to the real backend: which URLs were asked for
 * and whether a request (such as a live stream) was aborted since.
 */
export function recordRequests(): { requests: { url: string; signal?: AbortSignal | null }[]; restore: () => void } {
  const requests: { url: string; signal?: AbortSignal | null }[] = [];
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push({ url: input instanceof Request ? input.url : String(input), signal: init?.signal });
    return realFetch(input, init);
  };
  return { requests, restore: () => (window.fetch = realFetch) };
}

/** The aggressive CMS stylesheet a widget must survive. */
export function addHostileStyles(): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent =
    '* { text-transform: uppercase; letter-spacing: 3px; box-sizing: content-box } button, input { all: unset; background: red } html { font-size: 62.5% }';
  document.head.append(style);
  return style;
}
