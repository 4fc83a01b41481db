import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setMeta } from '../../support/page.ts';
import { SERVICE, formFor, part, recordSignIns } from './helpers.ts';

// Two providers on this page, never contacted: the test records the sign-in instead of redirecting.
setMeta('rathaus-login', 'issuer=https://konto.landkreis-diepholz.example; client_id=syke-website; label=Bürgerkonto Landkreis Diepholz');
setMeta('rathaus-login', 'issuer=https://servicekonto.niedersachsen.example; client_id=syke-website; label=Servicekonto Niedersachsen');

describe('rathaus-application-form: a page with two sign-in providers', () => {
  it('lets a signed-out citizen choose the provider, and asks it for the level the service needs', async () => {
    const calls = recordSignIns();
    const el = await formFor(SERVICE.wohnsitz);
    const gate = part(el, 'sign-in-required')!;
    const buttons = [...gate.querySelectorAll<HTMLButtonElement>('[part="sign-in-button"]')];
    expect(buttons.map((button) => button.textContent!.trim())).to.deep.equal([
      'Anmelden mit Bürgerkonto Landkreis Diepholz',
      'Anmelden mit Servicekonto Niedersachsen',
    ]);
    expect(gate.querySelector('ul')!.getAttribute('aria-labelledby')).to.equal('choose-provider');
    await expect(el).to.be.accessible();
    buttons[1]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(calls).to.deep.equal([{ issuer: 'https://servicekonto.niedersachsen.example', acr: 'http://eidas.europa.eu/LoA/substantial' }]);
  });
});
