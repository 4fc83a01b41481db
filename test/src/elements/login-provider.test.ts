import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/login-button/login-button.ts';

// A body-only page: no <meta name="rathaus-login"> anywhere; the providers are written inside the button, as a
// webmaster pastes them into a CMS that strips everything outside the body. These providers are never contacted
// because a signed-out visitor loads no OpenID Connect code.
type Updating = HTMLElement & { updateComplete: Promise<unknown> };
const choices = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="providers"] button')].map((b) => b.textContent!.trim());

describe('rathaus-login-provider', () => {
  it('configures the login button from inside it, without any meta tag', async () => {
    expect(document.querySelector('meta[name="rathaus-login"]')).to.equal(null);
    const el = await fixture<Updating>(html`
      <rathaus-login-button>
        <rathaus-login-provider
          issuer="https://konto.landkreis-diepholz.example"
          client-id="stuhr-website"
          label="Bürgerkonto Landkreis Diepholz"
        ></rathaus-login-provider>
        <rathaus-login-provider
          issuer="https://servicekonto.niedersachsen.example"
          client-id="stuhr-website"
          label="Servicekonto Niedersachsen"
        ></rathaus-login-provider>
      </rathaus-login-button>
    `);
    await waitUntil(() => el.shadowRoot!.querySelector('button')?.textContent!.trim() === 'Anmelden', 'no "Anmelden" button');
    // Outside a button (any place in the body works too) the element still shows nothing.
    const loose = await fixture(html`<rathaus-login-provider issuer="https://konto.landkreis-diepholz.example"></rathaus-login-provider>`);
    expect(getComputedStyle(loose).display).to.equal('none');
    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    expect(choices(el)).to.deep.equal(['Anmelden mit Bürgerkonto Landkreis Diepholz', 'Anmelden mit Servicekonto Niedersachsen']);
    await expect(el).to.be.accessible();
  });

  it('updates the button when the CMS adds, changes or removes a provider later', async () => {
    const el = await fixture<Updating>(html`<rathaus-login-button></rathaus-login-button>`);
    const notConfigured = 'Die Anmeldung ist auf dieser Seite nicht eingerichtet.';
    expect(el.shadowRoot!.querySelector('p[part="notice"]')!.textContent!.trim()).to.equal(notConfigured);

    const provider = document.createElement('rathaus-login-provider');
    provider.setAttribute('issuer', 'https://konto.landkreis-diepholz.example');
    provider.setAttribute('client-id', 'stuhr-website');
    el.append(provider);
    await waitUntil(() => el.shadowRoot!.querySelector('button')?.textContent!.trim() === 'Anmelden', 'the added provider was not offered');

    const second = document.createElement('rathaus-login-provider');
    el.append(second);
    second.issuer = 'https://servicekonto.niedersachsen.example';
    second.clientId = 'stuhr-website';
    second.label = 'Servicekonto Niedersachsen';
    await second.updateComplete;
    expect(second.getAttribute('client-id'), 'properties reflect to the attributes the session reads').to.equal('stuhr-website');
    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    expect(choices(el)).to.deep.equal(['Anmelden mit konto.landkreis-diepholz.example', 'Anmelden mit Servicekonto Niedersachsen']);

    provider.remove();
    second.remove();
    await el.updateComplete;
    await waitUntil(() => !el.shadowRoot!.querySelector('button'), 'the button stayed after its providers were removed');
    expect(el.shadowRoot!.querySelector('p[part="notice"]')!.textContent!.trim()).to.equal(notConfigured);
  });
});
