import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { downloadedModules, setMeta } from '../support/page.ts';

// A provider that is never contacted: signed out, the button only needs to know there is one.
setMeta('rathaus-login', 'issuer=https://konto.landkreis-diepholz.example; client_id=syke-website; label=Bürgerkonto Landkreis Diepholz');
await import('../../../src/elements/login-button/login-button.ts');

const englishRequested = () => downloadedModules(/\/src\/i18n\/en\//).length > 0;
const buttonText = (el: Element) => el.shadowRoot!.querySelector('button')!.textContent!.trim();

describe('the kit’s catalogues', () => {
  it('loads English only when an element on the page speaks English, then switches to it', async () => {
    const el = await fixture(html`<rathaus-login-button></rathaus-login-button>`);
    await waitUntil(() => el.shadowRoot!.querySelector('button'), 'the button did not render');
    expect(buttonText(el)).to.equal('Anmelden');
    expect(englishRequested(), 'a German page downloaded the English catalogue').to.equal(false);

    el.setAttribute('lang', 'en');
    await waitUntil(() => buttonText(el) === 'Sign in', 'the button did not switch to English');
    expect(englishRequested()).to.equal(true);
  });

  it('loads Leichte Sprache for lang="de-x-ls" (also "de-DE-x-ls"), and only then', async () => {
    const leichteSpracheRequested = () => downloadedModules(/\/src\/i18n\/de-x-ls\//).length > 0;
    const el = await fixture(html`<rathaus-login-button></rathaus-login-button>`);
    await waitUntil(() => el.shadowRoot!.querySelector('button'), 'the button did not render');
    expect(leichteSpracheRequested(), 'a German page downloaded Leichte Sprache').to.equal(false);
    const wrapper = await fixture(html`<div lang="de-DE-x-ls"><rathaus-login-button></rathaus-login-button></div>`);
    const inEasyGerman = wrapper.querySelector('rathaus-login-button')!;
    await waitUntil(() => inEasyGerman.shadowRoot!.querySelector('button'), 'the button did not render');
    await waitUntil(() => leichteSpracheRequested(), 'Leichte Sprache was not loaded');
    expect(buttonText(inEasyGerman)).to.equal('Anmelden');
  });
});
