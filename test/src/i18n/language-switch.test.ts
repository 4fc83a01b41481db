import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { testInfo } from '../support/page.ts';
import '../../../src/elements/application-form/application-form.ts';
import '../../../src/elements/service-list/service-list.ts';
import '../../../src/elements/status-tracker/status-tracker.ts';

const FUNDSACHE = '99019001064000';
const WIDGETS = ['rathaus-service-list', 'rathaus-application-form', 'rathaus-status-tracker'] as const;

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const inShadow = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const switchOf = (el: Element) => inShadow(el, 'button[part="language-switch"]') as HTMLButtonElement;

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

type Widgets = Record<(typeof WIDGETS)[number], HTMLElement>;

/** A page with the three widgets that offer the switch, each loaded from the real backend. */
async function pageWithWidgets(): Promise<Widgets> {
  const wrapper = await fixture(
    html`<div>
      <rathaus-service-list municipality="syke" api=${testInfo.api}></rathaus-service-list>
      <rathaus-application-form service=${FUNDSACHE} municipality="syke" api=${testInfo.api}></rathaus-application-form>
      <rathaus-status-tracker api=${testInfo.api}></rathaus-status-tracker>
    </div>`,
  );
  const widgets = Object.fromEntries(WIDGETS.map((tag) => [tag, wrapper.querySelector<HTMLElement>(tag)!])) as Widgets;
  const { 'rathaus-service-list': list, 'rathaus-application-form': form, 'rathaus-status-tracker': tracker } = widgets;
  await waitUntil(
    () => inShadow(list, 'input[type="search"]') && inShadow(form, '[part~="form"]') && inShadow(tracker, '#reference'),
    'the widgets did not load',
    {
      timeout: 8000,
    },
  );
  return widgets;
}

/** Texts each widget takes from its catalogue: the search label, the form's note on required fields, the lookup heading. */
function catalogueTexts(widgets: Widgets) {
  return {
    search: text(inShadow(widgets['rathaus-service-list'], 'label[for="search"]')),
    form: text(inShadow(widgets['rathaus-application-form'], '[part~="form"]')),
    tracker: text(inShadow(widgets['rathaus-status-tracker'], 'h2')),
  };
}

describe('the "Leichte Sprache" switch', () => {
  beforeEach(() => sessionStorage.clear());

  it('turns every widget of the page into Leichte Sprache from the keyboard, and back to German', async () => {
    const widgets = await pageWithWidgets();
    for (const tag of WIDGETS) {
      const button = switchOf(widgets[tag]);
      expect(button, `${tag} offers no switch`).to.be.instanceOf(HTMLButtonElement);
      expect(button.type).to.equal('button');
      expect(text(button)).to.equal('Leichte Sprache');
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      // At the top: before the widget's heading, search or loading message.
      expect(widgets[tag].shadowRoot!.querySelector('button, input, h2, [role="status"]')).to.equal(button);
      await expect(widgets[tag]).to.be.accessible();
    }
    expect(catalogueTexts(widgets).search).to.equal('Leistung suchen');
    expect(catalogueTexts(widgets).tracker).to.equal('Stand Ihres Antrags abfragen');

    const pressed = switchOf(widgets['rathaus-status-tracker']);
    pressed.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => catalogueTexts(widgets).search === 'Was suchen Sie?', 'the service list did not switch');
    await waitUntil(() => catalogueTexts(widgets).tracker === 'Wie weit ist mein Antrag?', 'the tracker did not switch');
    await waitUntil(
      () => catalogueTexts(widgets).form.includes('Bei diesen Feldern steht: muss ausgefüllt werden.'),
      'the form did not switch',
    );
    expect(deepActive(), 'focus left the switch').to.equal(pressed);
    expect(sessionStorage.getItem('rathaus-language')).to.equal('de-x-ls');
    for (const tag of WIDGETS) {
      expect(switchOf(widgets[tag]).getAttribute('aria-pressed'), tag).to.equal('true');
      expect(text(switchOf(widgets[tag]))).to.equal('Leichte Sprache');
      await expect(widgets[tag]).to.be.accessible();
    }

    await sendKeys({ press: 'Space' });
    await waitUntil(() => catalogueTexts(widgets).search === 'Leistung suchen', 'the service list did not return to German');
    expect(catalogueTexts(widgets).tracker).to.equal('Stand Ihres Antrags abfragen');
    expect(catalogueTexts(widgets).form).to.contain('Pflichtfelder sind mit „(Pflichtfeld)“ gekennzeichnet.');
    expect(deepActive()).to.equal(pressed);
    expect(sessionStorage.getItem('rathaus-language')).to.equal(null);
    for (const tag of WIDGETS) expect(switchOf(widgets[tag]).getAttribute('aria-pressed'), tag).to.equal('false');
  });

  it('is read back from sessionStorage by a widget on the next page of the tab', async () => {
    // What the switch left on the previous page; this page's widgets are new.
    sessionStorage.setItem('rathaus-language', 'de-x-ls');
    const el = await fixture(html`<rathaus-service-list municipality="syke" api=${testInfo.api}></rathaus-service-list>`);
    await waitUntil(() => text(inShadow(el, 'label[for="search"]')) === 'Was suchen Sie?', 'the list did not start in Leichte Sprache');
    expect(switchOf(el).getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('is offered on an English page too, under its German name, and returns to English', async () => {
    const el = (
      await fixture(
        html`<div lang="en">
          <rathaus-service-list municipality="syke" api=${testInfo.api}></rathaus-service-list>
        </div>`,
      )
    ).firstElementChild as HTMLElement;
    await waitUntil(() => text(inShadow(el, 'label[for="search"]')) === 'Search services', 'the list did not speak English');
    const button = switchOf(el);
    expect(text(button)).to.equal('Leichte Sprache');
    expect(button.lang, 'a screen reader would read the German name with an English voice').to.equal('de');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();

    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(inShadow(el, 'label[for="search"]')) === 'Was suchen Sie?', 'the list did not switch to Leichte Sprache');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    // German texts on an English page: marked, so that a screen reader reads them with a German voice.
    expect(inShadow(el, 'label[for="search"]')!.closest('[lang]')!.getAttribute('lang')).to.equal('de');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(inShadow(el, 'label[for="search"]')) === 'Search services', 'the list did not return to English');
    expect(inShadow(el, 'label[for="search"]')!.closest('[lang]'), 'English texts take the page’s lang').to.equal(null);
    expect(deepActive()).to.equal(button);
  });

  it('is not offered where the page itself is written in Leichte Sprache', async () => {
    const el = await fixture(html`<rathaus-service-list municipality="syke" lang="de-x-ls" api=${testInfo.api}></rathaus-service-list>`);
    await waitUntil(() => text(inShadow(el, 'label[for="search"]')) === 'Was suchen Sie?', 'the list did not speak Leichte Sprache');
    expect(switchOf(el)).to.equal(null);
  });
});
