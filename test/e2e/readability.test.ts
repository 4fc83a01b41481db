import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { WELL_KNOWN } from '../../server/catalogue/seed/well-known-services.ts';
import { DEMO } from '../../demo/sites.ts';
import { expectAccessible } from './accessibility.ts';
import { scenario, startDemoForTest } from './demo-harness.ts';

// Issue 12: the widgets stay readable whatever page they are on. Each test strips Syke's demo page down to the
// widget (its own stylesheet removed) and gives it only the page style the test is about. (A page served by the
// test itself would not do: Chromium's Private Network Access keeps it from loading the kit from loopback.)
const SERVICE_LIST = `${DEMO.sites.syke}/`;
const FUNDSACHE_FORM = `${DEMO.sites.syke}/antrag.html?service=${WELL_KNOWN.fundsacheMelden}`;
const OLD_CMS = 'html { font-size: 62.5% } body { font-size: 1.1rem }';
const DARK_PAGE = 'html, body { background: #121212; color: #f2f2f2 } a { color: #8ab4f8 }';

/** Opens `url` and leaves on it only the kit's widgets and `css` (the context must bypass the page's CSP). */
async function open(page: Page, url: string, css: string): Promise<void> {
  await page.goto(url);
  await page.evaluate((style) => {
    for (const sheet of document.querySelectorAll('link[rel="stylesheet"], style')) sheet.remove();
    const widgets = [...document.querySelectorAll('rathaus-service-list, rathaus-application-form')];
    const main = document.createElement('main');
    const heading = document.createElement('h1');
    heading.textContent = document.title;
    main.append(heading, ...widgets);
    document.body.replaceChildren(main);
    const element = document.createElement('style');
    element.textContent = style;
    document.head.append(element);
  }, css);
}

interface Sizes {
  /** Visible text smaller than 14px, as "tag: text (size)". */
  smallText: string[];
  /** Inputs, selects and text areas smaller than 16px. */
  smallInputs: string[];
  /** How many texts and inputs were measured. */
  texts: number;
  inputs: number;
}

/** Font sizes of all visible text and every input inside the kit's shadow roots. */
function measure(page: Page): Promise<Sizes> {
  // No named functions inside: tsx would wrap them in a __name() that the page does not have.
  return page.evaluate(() => {
    const sizes = { smallText: [] as string[], smallInputs: [] as string[], texts: 0, inputs: 0 };
    const roots: ParentNode[] = [...document.querySelectorAll('rathaus-service-list, rathaus-application-form')].flatMap((host) =>
      host.shadowRoot ? [host.shadowRoot] : [],
    );
    for (let root = roots.pop(); root; root = roots.pop()) {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) roots.push(element.shadowRoot);
        const rect = element.getBoundingClientRect();
        // Hidden (closed <details>, visually-hidden text for screen readers) is not read by the eye.
        if (rect.width <= 1 || rect.height <= 1) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (element.matches('input:not([type=checkbox]):not([type=radio]), select, textarea')) {
          sizes.inputs++;
          if (size < 16) sizes.smallInputs.push(`${element.tagName} #${element.id} (${size}px)`);
        }
        if ([...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())) {
          sizes.texts++;
          if (size < 14) sizes.smallText.push(`${element.tagName}: ${element.textContent!.trim().slice(0, 40)} (${size}px)`);
        }
      }
    }
    return sizes;
  });
}

async function searchFor(page: Page, query: string): Promise<void> {
  const search = page.locator('rathaus-service-list').getByRole('searchbox', { name: 'Leistung suchen' });
  await search.fill(query);
  await page.locator('rathaus-service-list').getByRole('heading', { level: 3 }).first().waitFor();
}

/** The form with its error messages showing: "Weiter" pressed without filling anything in. */
async function formWithErrors(page: Page, css: string): Promise<void> {
  await open(page, FUNDSACHE_FORM, css);
  const form = page.locator('rathaus-application-form');
  await form.getByRole('button', { name: 'Weiter' }).click();
  await form.getByRole('alert').first().waitFor();
}

describe('readable on any page (issue 12)', () => {
  let browser: Browser;
  let stop: () => Promise<void>;
  before(async () => {
    ({ browser, stop } = await startDemoForTest());
  });
  after(() => stop());

  test('on an old CMS page whose text is 11px, the widgets show text at 14px or more and inputs at 16px or more', () =>
    scenario(browser, 'old-cms-11px', async (s) => {
      const page = await (await s.context({ bypassCSP: true })).newPage();
      for (const url of [SERVICE_LIST, FUNDSACHE_FORM]) {
        await open(page, url, OLD_CMS);
        assert.equal(await page.evaluate(() => getComputedStyle(document.body).fontSize), '11px', 'the page itself is at 11px');
        if (url === SERVICE_LIST) await searchFor(page, 'Hund');
        else await formWithErrors(page, OLD_CMS);
        const sizes = await measure(page);
        assert.ok(sizes.texts > 10 && sizes.inputs > 0, `measured ${sizes.texts} texts and ${sizes.inputs} inputs on ${url}`);
        assert.deepEqual(sizes.smallText, [], `text under 14px on ${url}`);
        assert.deepEqual(sizes.smallInputs, [], `inputs under 16px on ${url}`);
      }
    }));

  test('a designer who sets --rathaus-font-size smaller gets it', () =>
    scenario(browser, 'designer-font-size', async (s) => {
      const page = await (await s.context({ bypassCSP: true })).newPage();
      await open(page, SERVICE_LIST, `${OLD_CMS} rathaus-service-list { --rathaus-font-size: 13px }`);
      await searchFor(page, 'Hund');
      const size = await page
        .locator('rathaus-service-list')
        .getByRole('searchbox')
        .evaluate((input) => getComputedStyle(input).fontSize);
      assert.equal(size, '13px');
    }));

  test('in forced colours (Windows high contrast) every control, the focus ring, errors and markers stay visible', () =>
    scenario(browser, 'forced-colors', async (s) => {
      const page = await (await s.context({ bypassCSP: true, viewport: { width: 1024, height: 900 } })).newPage();
      await page.emulateMedia({ forcedColors: 'active' });
      await mkdir('docs/screenshots', { recursive: true });

      await open(page, SERVICE_LIST, '');
      await searchFor(page, 'Hund');
      const list = page.locator('rathaus-service-list');
      const search = list.getByRole('searchbox', { name: 'Leistung suchen' });
      await search.focus();
      await page.keyboard.press('End');
      const ring = await search.evaluate((input) => {
        const style = getComputedStyle(input);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), forced: matchMedia('(forced-colors: active)').matches };
      });
      assert.deepEqual(ring, { style: 'solid', width: 3, forced: true }, 'the focus ring is an outline, which forced colours keep');
      // Controls and markers are drawn with borders, which forced colours keep (backgrounds and shadows go).
      const unbordered = await list.evaluate((host) =>
        [...host.shadowRoot!.querySelectorAll('button:not(.link), input:not([type=checkbox]), select, [part="mode"]')]
          .filter((element) => element.getBoundingClientRect().width > 1)
          .filter((element) => {
            const style = getComputedStyle(element);
            return style.borderTopStyle === 'none' || parseFloat(style.borderTopWidth) < 1;
          })
          .map((element) => `${element.tagName}.${element.className}: ${element.textContent!.trim().slice(0, 30)}`),
      );
      assert.deepEqual(unbordered, [], 'controls and markers without a visible border');
      await page.screenshot({ path: 'docs/screenshots/forced-colors-service-list.png' });
      // The "Leichte Sprache" switch shows its state by a tick, not by its colours alone, which forced colours replace.
      const toggle = list.getByRole('button', { name: 'Leichte Sprache' });
      const tick = () => toggle.evaluate((button) => getComputedStyle(button, '::before').content);
      assert.doesNotMatch(await tick(), /✓/, 'no tick while Leichte Sprache is off');
      await toggle.click();
      await list.getByRole('searchbox', { name: 'Was suchen Sie?' }).waitFor();
      assert.match(await tick(), /✓/, 'a tick while Leichte Sprache is on');
      // Off again, so that the form on the next page of this tab speaks standard German.
      await toggle.click();
      await search.waitFor();

      await formWithErrors(page, '');
      const form = page.locator('rathaus-application-form');
      const invalid = await form.evaluate((host) =>
        [...host.shadowRoot!.querySelectorAll('[aria-invalid="true"]')].map((element) => {
          const style = getComputedStyle(element);
          return `${style.borderTopStyle} ${style.borderTopWidth}`;
        }),
      );
      assert.ok(invalid.length > 0, 'the form marks its invalid fields');
      assert.deepEqual([...new Set(invalid)], ['double 4px'], 'invalid fields stand out by their border, not by colour');
      assert.ok((await form.getByRole('alert').first().innerText()).trim().length > 0, 'the error is said in words');
      await page.screenshot({ path: 'docs/screenshots/forced-colors-form-errors.png' });
      await expectAccessible(page, 'the form with errors in forced colours');
    }));

  test('the documented dark-page preset passes axe on a dark page', () =>
    scenario(browser, 'dark-page', async (s) => {
      const page = await (await s.context({ bypassCSP: true, viewport: { width: 1024, height: 900 }, colorScheme: 'dark' })).newPage();
      const dark = `${DARK_PAGE}\n${await readFile('docs/dark-preset.css', 'utf8')}`;
      await open(page, SERVICE_LIST, dark);
      await searchFor(page, 'Hund');
      const scheme = await page.locator('rathaus-service-list').evaluate((host) => getComputedStyle(host).colorScheme);
      assert.equal(scheme, 'dark');
      await expectAccessible(page, 'the service list on a dark page');
      await page.screenshot({ path: 'docs/screenshots/dark-service-list.png' });

      await formWithErrors(page, dark);
      await expectAccessible(page, 'the form with errors on a dark page');
      await page.screenshot({ path: 'docs/screenshots/dark-form-errors.png' });
    }));

  test('at 320px width (a phone, or 400 % zoom of a 1280px window) nothing needs scrolling sideways', () =>
    scenario(browser, 'narrow', async (s) => {
      // 200 % zoom of a 1280px window is 640 CSS pixels, 400 % is 320: the narrow case covers both.
      for (const width of [640, 320]) {
        const page = await (await s.context({ bypassCSP: true, viewport: { width, height: 800 } })).newPage();
        for (const url of [SERVICE_LIST, FUNDSACHE_FORM]) {
          if (url === SERVICE_LIST) {
            await open(page, url, '');
            await searchFor(page, 'Hund');
          } else await formWithErrors(page, '');
          const overflow = await page.evaluate(() => {
            const wider: string[] = [];
            const roots: ParentNode[] = [...document.querySelectorAll('rathaus-service-list, rathaus-application-form')].flatMap((host) =>
              host.shadowRoot ? [host.shadowRoot] : [],
            );
            for (let root = roots.pop(); root; root = roots.pop()) {
              for (const element of root.querySelectorAll('*')) {
                if (element.shadowRoot) roots.push(element.shadowRoot);
                const rect = element.getBoundingClientRect();
                if (rect.width > 1 && rect.right > window.innerWidth + 1)
                  wider.push(`${element.tagName}.${element.className} (${Math.round(rect.right)}px)`);
              }
            }
            return { wider, scroll: document.documentElement.scrollWidth };
          });
          assert.deepEqual(overflow.wider, [], `elements wider than ${width}px on ${url}`);
          // Every control can still be reached and is at least 24px tall (WCAG 2.2 target size, minimum).
          const small = await page.evaluate(() => {
            const found: string[] = [];
            for (const host of document.querySelectorAll('rathaus-service-list, rathaus-application-form')) {
              for (const control of host.shadowRoot?.querySelectorAll('button, input, select, summary') ?? []) {
                const rect = control.getBoundingClientRect();
                if (rect.width > 1 && rect.height < 24) found.push(`${control.tagName} ${control.textContent!.trim().slice(0, 30)}`);
              }
            }
            return found;
          });
          assert.deepEqual(small, [], `controls under 24px tall at ${width}px on ${url}`);
          if (width === 320)
            await page.screenshot({
              path: `docs/screenshots/narrow-320-${url === SERVICE_LIST ? 'service-list' : 'form'}.png`,
              fullPage: false,
            });
        }
      }
    }));
});
