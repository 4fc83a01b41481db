import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RathausServiceList } from '../../../../src/elements/service-list/service-list.ts';
import { $, $$, announced, focused, settled, SYKE_TOTAL, text } from './helpers.ts';
import '../../../../src/elements/service-list/service-list.ts';

beforeEach(() => sessionStorage.removeItem('rathaus:municipality'));
afterEach(() => sessionStorage.removeItem('rathaus:municipality'));

// The test page names no municipality (no attribute, no meta): the county's own portal.
describe('rathaus-service-list on the county portal', () => {
  it('asks for the town first and accepts the postcode 28857 as Syke', async () => {
    const el = await settled(await fixture<RathausServiceList>(html`<rathaus-service-list></rathaus-service-list>`));
    const input = $<HTMLInputElement>(el, '#place')!;
    expect(text($(el, 'label[for="place"]'))).to.equal('In welchem Ort wohnen Sie?');
    expect($(el, '#search')).to.equal(null);
    await expect(el).to.be.accessible();

    const chosen: string[] = [];
    el.addEventListener('rathaus-municipality-select', (event) => chosen.push(event.detail.municipality));
    input.focus();
    await sendKeys({ type: '28857' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    await waitUntil(() => focused(el)?.id === 'search', 'focus did not move to the search field');
    expect(chosen).to.deep.equal(['syke']);
    expect(sessionStorage.getItem('rathaus:municipality')).to.equal('syke');
    expect(text($(el, '[part="place"]'))).to.equal('Ort: Syke – ändern');
    expect(announced(el)).to.equal(`${SYKE_TOTAL} Leistungen gefunden`);
    await expect(el).to.be.accessible();
  });

  it("accepts the town's name, and remembers it when the element is created again", async () => {
    const el = await settled(await fixture<RathausServiceList>(html`<rathaus-service-list></rathaus-service-list>`));
    $<HTMLInputElement>(el, '#place')!.value = 'Syke';
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await settled(el);
    await waitUntil(() => $(el, '[part="list"]'));
    el.remove();

    const again = await settled(await fixture<RathausServiceList>(html`<rathaus-service-list></rathaus-service-list>`));
    await waitUntil(() => $(again, '[part="list"]'), 'the remembered town was not used');
    expect(text($(again, '[part="place"]'))).to.equal('Ort: Syke – ändern');
    expect($(again, '#place')).to.equal(null);
  });

  it('lets the citizen change the town, asking again with focus in the field', async () => {
    sessionStorage.setItem('rathaus:municipality', 'syke');
    const el = await settled(await fixture<RathausServiceList>(html`<rathaus-service-list></rathaus-service-list>`));
    await waitUntil(() => $(el, '[part="list"]'));
    const change = $<HTMLButtonElement>(el, '[part="place"] button')!;
    expect(change.getAttribute('aria-label')).to.equal('Ort ändern');
    change.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'place', 'focus did not move to the town field');
    expect(sessionStorage.getItem('rathaus:municipality')).to.equal(null);
    const towns = $$(el, '.towns button').map(text);
    expect(towns).to.include.members(['Syke', 'Bassum', 'Stuhr']);
    expect(towns).to.have.length(15);
    $$<HTMLButtonElement>(el, '.towns button')
      .find((button) => text(button) === 'Bassum')!
      .click();
    await waitUntil(() => $(el, '[part="list"]'));
    expect(text($(el, '[part="place"]'))).to.equal('Ort: Bassum – ändern');
  });

  it('rejects "Atlantis" with a message next to the field', async () => {
    const el = await settled(await fixture<RathausServiceList>(html`<rathaus-service-list></rathaus-service-list>`));
    const input = $<HTMLInputElement>(el, '#place')!;
    input.focus();
    await sendKeys({ type: 'Atlantis' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const error = $(el, '#place-error')!;
    expect(text(error)).to.equal(
      'Einen Ort „Atlantis“ gibt es im Landkreis nicht. Bitte prüfen Sie die Schreibweise oder geben Sie Ihre Postleitzahl ein.',
    );
    expect(error.getAttribute('role')).to.equal('alert');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('place-error');
    expect(focused(el)).to.equal(input);
    expect(sessionStorage.getItem('rathaus:municipality')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('asks again when the remembered town is one the county no longer knows', async () => {
    sessionStorage.setItem('rathaus:municipality', 'atlantis');
    const el = await fixture<RathausServiceList>(html`<rathaus-service-list></rathaus-service-list>`);
    await waitUntil(() => $(el, '#place'), 'the element did not ask for the town');
    expect(sessionStorage.getItem('rathaus:municipality')).to.equal(null);
    expect($(el, '[part="error"]')).to.equal(null);
  });
});
