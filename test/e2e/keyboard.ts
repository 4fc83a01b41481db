import type { BrowserContext, Locator, Page } from 'playwright-core';
import { hasFocus } from './demo-harness.ts';

/**
 * Presses Tab until `target` has the focus, as a keyboard user moves through the page; fails if it is not
 * reached within `maxPresses` (not focusable, hidden, or out of order). Nothing to press if it has the focus.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  await target.waitFor();
  if (await hasFocus(target)) return;
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await hasFocus(target)) return;
  }
  throw new Error(`${target} was not reached with ${maxPresses} presses of Tab`);
}

/** Moves to a radio group with Tab and to its option `option` with the arrow keys, which also selects it. */
export async function chooseRadio(page: Page, group: Locator, option: string): Promise<void> {
  const radios = group.getByRole('radio');
  await tabTo(page, radios.first());
  const target = group.getByRole('radio', { name: option, exact: true });
  for (let presses = 0; presses < 10 && !(await hasFocus(target)); presses++) await page.keyboard.press('ArrowDown');
  // An arrow key selects the option it moves to; the first option is selected with Space.
  if (!(await target.isChecked())) await page.keyboard.press('Space');
}

/** Tabs to `field` and types `text` into it. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Tabs to a button (or link) and presses Enter. */
export async function press(page: Page, control: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, control);
  await page.keyboard.press(key);
}

/** Tabs to a file input, opens the chooser with Space and picks the file there. */
export async function chooseFile(page: Page, input: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  // Listening before the key is pressed gives Playwright the time to take over the browser's file dialog.
  const chooser = page.waitForEvent('filechooser');
  await tabTo(page, input);
  await page.keyboard.press('Space');
  await (await chooser).setFiles(file);
}

type DatePart = 'day' | 'month' | 'year';
const dateOrders = new WeakMap<BrowserContext, Promise<DatePart[]>>();

/**
 * The order in which the browser's date fields take day, month and year: it follows the browser's own language,
 * which a test cannot set for headless Chromium. Found once per context by typing into a date field.
 */
function dateOrder(context: BrowserContext): Promise<DatePart[]> {
  let order = dateOrders.get(context);
  if (!order) {
    order = (async () => {
      const page = await context.newPage();
      try {
        await page.setContent('<input type="date" aria-label="Datum">');
        await page.getByLabel('Datum').focus();
        await page.keyboard.type('01022003');
        const value = await page.getByLabel('Datum').inputValue();
        if (value === '2003-02-01') return ['day', 'month', 'year'];
        if (value === '2003-01-02') return ['month', 'day', 'year'];
        throw new Error(`Unknown order of the date field's parts: typing 01022003 gave "${value}"`);
      } finally {
        await page.close();
      }
    })();
    dateOrders.set(context, order);
  }
  return order;
}

/** Tabs to a date field and types the date (YYYY-MM-DD) digit by digit, in the order the field shows its parts. */
export async function typeDate(page: Page, field: Locator, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-');
  const parts: Record<DatePart, string> = { day, month, year };
  const order = await dateOrder(page.context());
  await typeInto(page, field, order.map((part) => parts[part]).join(''));
}
