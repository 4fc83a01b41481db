import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KitRelease } from '../../../contract/kit-release.ts';
import type { RathausSnippetAssistant } from '../../../src/assistant/snippet-assistant.ts';
import '../../../src/assistant/snippet-assistant.ts';
import { contrastRatio } from '../../../src/assistant/contrast.ts';

const release: KitRelease = {
  version: '0.2.0',
  entry: 'rathaus.js',
  integrity: { 'rathaus.js': 'sha384-ENTRY', 'chunks/core-abc.js': 'sha384-CHUNK' },
};

const press = async (key: string, times = 1) => {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
};

describe('the snippet assistant', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#ffffff', '#000000')).to.be.closeTo(21, 0.001);
    expect(contrastRatio('#fff', '#0b5cab')).to.be.closeTo(6.8, 0.1);
    expect(contrastRatio('#ffffff', '#ffff00')).to.be.closeTo(1.07, 0.01);
    expect(contrastRatio('red', '#000000')).to.equal(undefined);
  });

  it('is used with the keyboard alone: town, widgets, language, colours with contrast check, snippet and copy', async function () {
    this.timeout(60_000);
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <button id="before">Vorher</button>
        <rathaus-snippet-assistant issuers="https://konto.landkreis-diepholz.example"></rathaus-snippet-assistant>
      </div>
    `);
    const el = wrapper.querySelector('rathaus-snippet-assistant') as RathausSnippetAssistant;
    el.release = release;
    const root = el.shadowRoot!;
    const focused = () => root.activeElement as HTMLElement | null;
    const snippet = () => root.querySelector('textarea')!.value;
    await waitUntil(() => root.querySelectorAll('#town option').length > 2, 'the towns did not load');
    await expect(el).to.be.accessible();

    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    expect(focused()?.id).to.equal('town');
    await press('ArrowDown');
    await el.updateComplete;
    const town = (root.querySelector('#town') as HTMLSelectElement).value;
    expect(town).to.not.equal('');
    expect(snippet()).to.include(`municipality="${town}"`);

    await press('Tab');
    expect(focused()?.id).to.equal('widget-services');
    await press('Tab', 2);
    expect(focused()?.id).to.equal('widget-tracker');
    await press(' ');
    await el.updateComplete;
    expect(root.querySelector('.preview rathaus-status-tracker'), 'the tracker appears in the preview').to.not.equal(null);
    expect(snippet()).to.include('<rathaus-status-tracker api=');

    await press('Tab');
    expect(focused()?.id).to.equal('lang-de');
    await press('ArrowDown');
    await el.updateComplete;
    expect(focused()?.id).to.equal('lang-en');
    expect(snippet()).to.include('<rathaus-service-list lang="en"');

    // The colour pickers are skipped; the text fields take any #rrggbb.
    await press('Tab');
    expect(focused()?.id).to.equal('colour-primary');
    await press('End');
    await press('Backspace', 7);
    await sendKeys({ type: '#ffff00' });
    await el.updateComplete;
    const check = (id: string) => root.querySelector(`[data-check="${id}"]`)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(check('button-text')).to.equal('Schrift auf Schaltflächen: 1,1:1 – zu gering für AA (mindestens 4,5:1)');
    expect(check('primary-on-page')).to.include('zu gering für AA');
    await press('Backspace', 7);
    await sendKeys({ type: '#8b0000' });
    await el.updateComplete;
    expect(check('button-text')).to.match(/^Schrift auf Schaltflächen: 10(,\d)?:1 – erfüllt AA/);
    expect(check('primary-on-page')).to.include('erfüllt AA');
    expect(snippet()).to.include('<div style="--rathaus-color-primary: #8b0000">');

    // The live preview shows the kit's own elements with the chosen token.
    const list = root.querySelector('.preview rathaus-service-list')!;
    expect(getComputedStyle(list).getPropertyValue('--rathaus-color-primary').trim()).to.equal('#8b0000');

    await press('Tab', 3);
    expect(focused()?.id).to.equal('office');
    await sendKeys({ type: 'https://www.stuhr.de/buergerbuero' });
    await el.updateComplete;
    expect(snippet()).to.include('<a href="https://www.stuhr.de/buergerbuero">Bürgerbüro');

    await press('Tab');
    expect(focused()?.id).to.equal('snippet');
    await press('Tab');
    expect(focused()?.textContent?.trim()).to.equal('Baustein kopieren');
    await press('Enter');
    await waitUntil(() => root.querySelector('[role="status"]:last-of-type')!.textContent!.trim() !== '', 'copying said nothing');
    expect(root.querySelector('p[role="status"]:last-of-type')!.textContent).to.match(/Zwischenablage|Strg\+C/);

    // Pinned to the release with SRI, body-only, with the fallback.
    const text = snippet();
    expect(text).to.include('<script type="importmap">{"integrity":{"');
    expect(text).to.include('/kit/0.2.0/chunks/core-abc.js":"sha384-CHUNK"');
    expect(text).to.match(
      /<script type="module" src="http:\/\/[^"]+\/kit\/0\.2\.0\/rathaus\.js" integrity="sha384-ENTRY" crossorigin="anonymous"><\/script>/,
    );
    expect(text).to.include('<rathaus-login-provider issuer="https://konto.landkreis-diepholz.example"');
    expect(text).to.include('<noscript>');
    expect(text).to.not.include('<meta');
    await expect(el).to.be.accessible();
  });
});
