import { expect, waitUntil } from '@open-wc/testing';
import { formFor, part, SERVICE, shadow } from './helpers.ts';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('rathaus-application-form in Leichte Sprache', () => {
  beforeEach(() => sessionStorage.clear());

  it('says its own texts in Leichte Sprache with lang="de-x-ls", errors included, and stays accessible', async () => {
    const el = await formFor(SERVICE.fundsache, { lang: 'de-x-ls' });
    const next = () => [...shadow(el).querySelectorAll('button')].find((button) => text(button) === 'Weiter');
    await waitUntil(() => text(part(el, 'form')).includes('Bei diesen Feldern steht: muss ausgefüllt werden.'), 'no Leichte Sprache');
    await expect(el).to.be.accessible();
    next()!.click();
    await waitUntil(() => part(el, 'error-summary'), 'no error summary');
    expect(text(part(el, 'error-summary'))).to.contain('Da fehlt noch etwas');
    expect(text(part(el, 'error-summary'))).to.match(/Bitte füllen Sie das Feld .+ aus\./);
    await expect(el).to.be.accessible();
  });
});
