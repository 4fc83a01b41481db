import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setMeta } from '../support/page.ts';

// Providers are page configuration, read once when the page's session starts; these are never contacted
// because a signed-out visitor loads no OpenID Connect code.
setMeta('rathaus-login', 'issuer=https://konto.landkreis-diepholz.example; client_id=syke-website; label=Bürgerkonto Landkreis Diepholz');
setMeta('rathaus-login', 'issuer=https://servicekonto.niedersachsen.example; client_id=syke-website; label=Servicekonto Niedersachsen');
await import('../../../src/elements/login-button/login-button.ts');

describe('rathaus-login-button', () => {
  it('offers "Anmelden" to a signed-out citizen', async () => {
    const el = await fixture(html`<rathaus-login-button></rathaus-login-button>`);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.textContent!.trim()).to.equal('Anmelden');
    await expect(el).to.be.accessible();
  });

  it('lets the citizen choose between the configured providers, by keyboard', async () => {
    const el = await fixture(html`<rathaus-login-button></rathaus-login-button>`);
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    button.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const choices = [...el.shadowRoot!.querySelectorAll('[part="providers"] button')].map((b) => b.textContent!.trim());
    expect(choices).to.deep.equal(['Anmelden mit Bürgerkonto Landkreis Diepholz', 'Anmelden mit Servicekonto Niedersachsen']);
    await expect(el).to.be.accessible();
  });

  it('speaks English when the page or the element says so', async () => {
    const el = await fixture(html`<rathaus-login-button lang="en"></rathaus-login-button>`);
    // The English catalogue is loaded on demand.
    await waitUntil(() => el.shadowRoot!.querySelector('button')!.textContent!.trim() === 'Sign in', 'the button did not say "Sign in"');
    el.setAttribute('lang', 'de');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Anmelden');
  });
});
