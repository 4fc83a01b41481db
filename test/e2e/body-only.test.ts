import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { DEMO } from '../../demo/sites.ts';
import { newContext, signInAtProvider, startDemoForTest, watchPage } from './demo-harness.ts';

// Stuhr's demo site is the body-only variant of the README's snippet: its CMS strips <meta> tags, so the API,
// the town and the sign-in providers are all attributes and child elements in the page body.
describe('a body-only page (a CMS that strips everything outside the body)', () => {
  let browser: Browser;
  let stop: () => Promise<void>;
  before(async () => {
    ({ browser, stop } = await startDemoForTest());
  });
  after(() => stop());

  test('signs the citizen in with providers written inside the login button, and lists their applications', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const { errors } = watchPage(page);
    await page.goto(`${DEMO.sites.stuhr}/status.html`);
    assert.equal(await page.locator('head meta[name^="rathaus-"], meta[name^="rathaus-"]').count(), 0, 'the page has no rathaus meta tags');
    assert.equal(await page.locator('head script').count(), 0, 'the kit script is in the body too');

    const login = page.locator('rathaus-login-button');
    await login.getByRole('button', { name: 'Anmelden' }).click();
    await login.getByRole('button', { name: 'Anmelden mit Bürgerkonto Landkreis Diepholz' }).click();
    await page.waitForURL(`${DEMO.buergerkonto}/**`);
    await signInAtProvider(page, 'erika');
    // The relative redirect-uri ("/anmelden.html") brought the citizen to Stuhr's callback page, which sent them back.
    await page.waitForURL(`${DEMO.sites.stuhr}/status.html`);
    await login.getByText('Angemeldet als Erika Mustermann').waitFor();
    // The tracker found the API through its own `api` attribute and asks it with the new sign-in.
    // (A fresh demo: Erika has applied for nothing yet; an error would show an alert instead.)
    await page.locator('rathaus-status-tracker').getByText('Sie haben noch keine Anträge gestellt.').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('without JavaScript the page says where else to go: the Bürgerbüro', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${DEMO.sites.stuhr}/`);
    const fallback = page.getByRole('link', { name: 'Bürgerbüro der Gemeinde Stuhr' });
    await fallback.waitFor();
    assert.match((await page.locator('main').innerText()).replace(/\s+/g, ' '), /Online-Dienste braucht Ihr Browser JavaScript/);
    await context.close();
  });

  test('the snippet assistant’s snippet, pasted into a town page, loads the pinned release with SRI', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const { errors } = watchPage(page);
    await page.goto(`${DEMO.api}/kit/assistant/`);
    const assistant = page.locator('rathaus-snippet-assistant');
    await assistant.getByLabel('Stadt oder Gemeinde').selectOption('syke');
    const snippet = assistant.getByLabel('Ihr Baustein zum Einfügen');
    await page.waitForFunction(() => {
      const area = document.querySelector('rathaus-snippet-assistant')?.shadowRoot?.querySelector('textarea');
      return area?.value.includes('integrity="sha384-') && area.value.includes('municipality="syke"');
    });
    const html = await snippet.inputValue();
    assert.match(html, /\/kit\/\d+\.\d+\.\d+\/rathaus\.js" integrity="sha384-/);
    assert.deepEqual(errors, []);

    // Pasted into a page of Syke's site: an empty page of the real site (its 404 page has no script), the snippet put
    // in as a CMS would render it, scripts included. The browser checks every hash, and the widgets work.
    const paste = async (target: typeof page) => {
      await target.goto(`${DEMO.sites.syke}/cms-seite.html`);
      await target.evaluate((snippetHtml) => {
        const parsed = new DOMParser().parseFromString(`<body>${snippetHtml}</body>`, 'text/html');
        for (const node of [...parsed.body.childNodes]) {
          if (node instanceof HTMLScriptElement) {
            const script = document.createElement('script');
            for (const { name, value } of node.attributes) script.setAttribute(name, value);
            script.textContent = node.textContent;
            document.body.append(script);
          } else document.body.append(document.importNode(node, true));
        }
      }, html);
    };
    const town = await context.newPage();
    const townErrors = watchPage(town).errors;
    await paste(town);
    // Defined, and showing Syke's services from the API.
    await town
      .waitForFunction(() => document.querySelector('rathaus-service-list')?.shadowRoot?.querySelector('[part~="item"]'), null, {
        timeout: 15_000,
      })
      .catch(async (error) => {
        throw new Error(
          `${error}\n${townErrors.join('\n')}\n${await town.evaluate(() => document.querySelector('rathaus-service-list')?.shadowRoot?.innerHTML)}`,
        );
      });
    assert.equal(await town.evaluate(() => customElements.get('rathaus-service-list') !== undefined), true);
    // (The empty page is the site's 404 page.)
    assert.deepEqual(
      townErrors.filter((error) => !error.includes('404')),
      [],
    );

    // A changed file no longer matches its published hash: the browser refuses it.
    const tampered = await context.newPage();
    const tamperedErrors: string[] = [];
    tampered.on('console', (message) => message.type() === 'error' && tamperedErrors.push(message.text()));
    await tampered.route(/\/kit\/\d+\.\d+\.\d+\/rathaus\.js$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\n// changed` });
    });
    await paste(tampered);
    await tampered.waitForTimeout(1000);
    assert.equal(await tampered.evaluate(() => customElements.get('rathaus-service-list')), undefined);
    assert.ok(
      tamperedErrors.some((text) => /integrity/i.test(text)),
      tamperedErrors.join('\n'),
    );
    await context.close();
  });
});
