// What the service list tests share: shadow-root queries and the citizen's actions.
import { waitUntil } from '@open-wc/testing';
import type { RathausServiceList } from '../../../../src/elements/service-list/service-list.ts';

// Syke offers 68 town services (37 online) and its residents get the county's 22; the county is not live before
// 1 March 2027, so its services are listed in person for now.
export const SYKE_TOTAL = 90;
export const SYKE_ONLINE = 37;

export const $ = <T extends Element = HTMLElement>(el: RathausServiceList, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: RathausServiceList, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const announced = (el: RathausServiceList) => text($(el, '[part="status"]'));
export const titles = (el: RathausServiceList) => $$(el, '[part="item-title"]').map(text);
export const focused = (el: RathausServiceList) => el.shadowRoot!.activeElement as HTMLElement | null;
export const item = (el: RathausServiceList, name: string) => $$(el, '[part="item"]').find((li) => text(li.querySelector('h3')) === name);

/** Waits until the element shows its list, its question for the town or its error. */
export async function settled(el: RathausServiceList): Promise<RathausServiceList> {
  await waitUntil(
    () => $(el, '[part="list"], [part="municipality-picker"], [part="error"], #search'),
    'the element did not finish loading',
    { timeout: 10_000 },
  );
  await el.updateComplete;
  return el;
}

export async function search(el: RathausServiceList, query: string) {
  const input = $<HTMLInputElement>(el, '#search')!;
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await el.updateComplete;
}

export async function setOnlineOnly(el: RathausServiceList, on: boolean) {
  const checkbox = $<HTMLInputElement>(el, '#online-only')!;
  if (checkbox.checked !== on) checkbox.click();
  await el.updateComplete;
}

export async function chooseCategory(el: RathausServiceList, category: string) {
  const select = $<HTMLSelectElement>(el, '#category')!;
  select.value = category;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}
