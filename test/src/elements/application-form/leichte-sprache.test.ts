import { expect, waitUntil } from '@open-wc/testing';
import { choose, clickPart, field, fill, fillFund, formFor, hasField, part, SERVICE, shadow, stepHeading, until } from './helpers.ts';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('rathaus-application-form in Leichte Sprache', () => {
  beforeEach(() => sessionStorage.clear());

  it('says its own texts in Leichte Sprache with lang="de-x-ls", errors included, and stays accessible', async () => {
    const el = await formFor(SERVICE.fundsache, { lang: 'de-x-ls' });
    const next = () => [...shadow(el).querySelectorAll('button')].find((button) => text(button) === 'Weiter');
    await waitUntil(() => text(part(el, 'form')).includes('Bei diesen Feldern steht: muss ausgefüllt werden.'), 'no Leichte Sprache');
    // The form's own texts too, from catalogue/leichte-sprache.
    expect(text(part(el, 'title'))).to.equal('Fund-Sache melden');
    expect(hasField(el, 'Was haben Sie gefunden?')).to.equal(true);
    await expect(el).to.be.accessible();
    next()!.click();
    await waitUntil(() => part(el, 'error-summary'), 'no error summary');
    expect(text(part(el, 'error-summary'))).to.contain('Da fehlt noch etwas');
    expect(text(part(el, 'error-summary'))).to.match(/Bitte füllen Sie das Feld .+ aus\./);
    await expect(el).to.be.accessible();
  });

  it('reads the form’s own labels and help in Leichte Sprache when the language changes mid-form, keeping what was typed', async () => {
    const el = await formFor(SERVICE.fundsache);
    await fillFund(el);
    await clickPart(el, 'next-button');
    await choose(el, 'Die Fundsache wird', 'im Fundbüro abgegeben');
    await clickPart(el, 'next-button');
    await choose(el, 'Beanspruchen Sie Finderlohn', 'Ja');
    await clickPart(el, 'next-button');
    await fill(el, 'Familienname', 'Musterfinder');
    const heading = stepHeading(el);

    el.lang = 'de-x-ls';
    await until(el, () => hasField(el, 'Nach-Name'), 'the block’s label did not change');
    expect(field(el, 'Nach-Name').value).to.equal('Musterfinder');
    expect(hasField(el, 'Familienname')).to.equal(false);
    const help = shadow(el).getElementById(field(el, 'E-Mail-Adresse').getAttribute('aria-describedby')!.split(' ')[0]);
    expect(text(help)).to.equal('An diese Adresse schicken wir Nachrichten zu Ihrem Antrag.');
    expect(stepHeading(el)).to.match(/^Schritt 4 von 5/);
    await until(el, () => stepHeading(el).endsWith('Finder oder Finderin'), 'the form’s own texts did not arrive');
    expect(text(part(el, 'title'))).to.equal('Fund-Sache melden');
    await expect(el).to.be.accessible();

    el.lang = 'de';
    await until(el, () => hasField(el, 'Familienname'), 'German did not come back');
    expect(field(el, 'Familienname').value).to.equal('Musterfinder');
    expect(stepHeading(el)).to.equal(heading);
  });
});
