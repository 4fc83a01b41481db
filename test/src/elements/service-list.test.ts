import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RathausServiceList } from '../../../src/elements/service-list/service-list.ts';
import { setMeta } from '../support/page.ts';
import {
  $,
  $$,
  announced,
  chooseCategory,
  focused,
  item,
  search,
  setOnlineOnly,
  settled,
  SYKE_ONLINE,
  SYKE_TOTAL,
  text,
  titles,
} from './service-list/helpers.ts';
import '../../../src/elements/service-list/service-list.ts';

beforeEach(() => sessionStorage.removeItem('rathaus:municipality'));

describe('rathaus-service-list', () => {
  describe('for a town', () => {
    it("says it is loading, then lists Syke's services including the county's", async () => {
      const el = await fixture<RathausServiceList>(html`<rathaus-service-list municipality="syke"></rathaus-service-list>`);
      const loading = $(el, '[role="status"]');
      expect(text(loading)).to.equal('Wird geladen …');
      await expect(el).to.be.accessible();

      await settled(el);
      expect(announced(el)).to.equal(`${SYKE_TOTAL} Leistungen gefunden`);
      expect($(el, '[part="status"]')!.getAttribute('role')).to.equal('status');
      const hund = item(el, 'Hund anmelden')!;
      expect(text(hund.querySelector('[part="mode"]'))).to.equal('Online möglich');
      expect(hund.querySelector('h3')!.tagName).to.equal('H3');
      const kfz = item(el, 'Fahrzeug zulassen')!;
      expect(text(kfz)).to.contain('Diese Leistung bearbeitet der Landkreis Diepholz.');
      expect(text(kfz)).to.contain('Ab 1. März 2027 online');
      expect(text(kfz.querySelector('[part="office"]'))).to.contain('Kreishaus Diepholz');
      await expect(el).to.be.accessible();
    });

    it('renders 50 entries at a time and moves focus to the first new one on "show more"', async () => {
      const el = await settled(await fixture<RathausServiceList>(html`<rathaus-service-list municipality="syke"></rathaus-service-list>`));
      expect($$(el, '[part="item"]')).to.have.length(50);
      const more = $<HTMLButtonElement>(el, '[part="show-more"]')!;
      expect(text(more)).to.equal(`Weitere Leistungen anzeigen (noch ${SYKE_TOTAL - 50})`);
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($$(el, '[part="item"]')).to.have.length(SYKE_TOTAL);
      expect($(el, '[part="show-more"]')).to.equal(null);
      expect(focused(el)).to.equal($$(el, '[part="item-title"]')[50]);
    });

    it('reports Syke\'s 37 online services with "Nur online möglich"', async () => {
      const el = await settled(await fixture<RathausServiceList>(html`<rathaus-service-list municipality="syke"></rathaus-service-list>`));
      await setOnlineOnly(el, true);
      expect(announced(el)).to.equal(`${SYKE_ONLINE} Leistungen gefunden`);
      expect($$(el, '[part="item"]')).to.have.length(SYKE_ONLINE);
      expect($$(el, '[part="apply-button"]')).to.have.length(SYKE_ONLINE);
      await expect(el).to.be.accessible();
    });

    it('finds "Hund anmelden" when the citizen types "Hundesteuer"', async () => {
      const el = await settled(await fixture<RathausServiceList>(html`<rathaus-service-list municipality="syke"></rathaus-service-list>`));
      $<HTMLInputElement>(el, '#search')!.focus();
      await sendKeys({ type: 'Hundesteuer' });
      await el.updateComplete;
      expect(titles(el)).to.include('Hund anmelden');
      expect(announced(el)).to.match(/^\d Leistungen gefunden$/);
      expect(titles(el)).not.to.include('Personalausweis beantragen');
    });

    it('finds the same services whichever way "Straße" or "Änderung" is typed', async () => {
      const el = await settled(await fixture<RathausServiceList>(html`<rathaus-service-list municipality="syke"></rathaus-service-list>`));
      const resultsFor = async (query: string) => {
        await search(el, query);
        return titles(el);
      };
      const strasse = await resultsFor('straße');
      expect(strasse).to.include('Sondernutzung öffentlicher Straßen beantragen');
      expect(await resultsFor('strasse')).to.deep.equal(strasse);
      expect(await resultsFor('STRASSE')).to.deep.equal(strasse);
      const aenderung = await resultsFor('änderung');
      expect(aenderung).to.include('Namensänderung beantragen');
      expect(await resultsFor('aenderung')).to.deep.equal(aenderung);
      expect(await resultsFor('ausweiss')).to.include('Personalausweis beantragen');
      expect((await resultsFor('personalausweis beantragen'))[0]).to.equal('Personalausweis beantragen');
    });

    it('filters by Lebenslage from a select built from the data', async () => {
      const el = await settled(await fixture<RathausServiceList>(html`<rathaus-service-list municipality="syke"></rathaus-service-list>`));
      const options = $$<HTMLOptionElement>(el, '#category option').map((option) => option.textContent!.trim());
      expect(options[0]).to.equal('Alle Lebenslagen');
      expect(options).to.include.members(['Haustiere', 'Umzug und Wohnen', 'Verkehr und Mobilität']);
      await chooseCategory(el, 'Haustiere');
      expect(announced(el)).to.equal('5 Leistungen gefunden');
      expect(titles(el)).to.include.members(['Hund anmelden', 'Hund abmelden', 'Gefährlichen Hund anzeigen']);
      await expect(el).to.be.accessible();
    });

    it('offers to reset when the search and filters hide everything, and puts focus back in the search', async () => {
      const el = await settled(await fixture<RathausServiceList>(html`<rathaus-service-list municipality="syke"></rathaus-service-list>`));
      await chooseCategory(el, 'Haustiere');
      await search(el, 'Personalausweis');
      expect(announced(el)).to.equal('Keine Leistung gefunden');
      expect($(el, '[part="list"]')).to.equal(null);
      await expect(el).to.be.accessible();
      const reset = $$<HTMLButtonElement>(el, 'button').find((button) => text(button) === 'Suche und Filter zurücksetzen')!;
      reset.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(announced(el)).to.equal(`${SYKE_TOTAL} Leistungen gefunden`);
      expect($<HTMLInputElement>(el, '#search')!.value).to.equal('');
      expect($<HTMLSelectElement>(el, '#category')!.value).to.equal('');
      expect(focused(el)?.id).to.equal('search');
    });

    it("shows the Bürgerbüro's contact and the categories when nothing matches, and a category lists its services", async () => {
      const el = await settled(await fixture<RathausServiceList>(html`<rathaus-service-list municipality="syke"></rathaus-service-list>`));
      await search(el, 'Quxzwirbel');
      expect(announced(el)).to.equal('Keine Leistung gefunden');
      const noMatch = $(el, '[part="no-match"]')!;
      expect(text(noMatch)).to.contain('Ihr Bürgerbüro hilft Ihnen gern weiter');
      expect(text(noMatch.querySelector('[part="office"]'))).to.contain('Bürgerbüro im Rathaus Syke');
      const categories = [...noMatch.querySelectorAll<HTMLButtonElement>('.categories button')];
      expect(categories.map(text)).to.include.members(['Haustiere', 'Umzug und Wohnen']);
      await expect(el).to.be.accessible();
      categories.find((button) => text(button) === 'Haustiere')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(announced(el)).to.equal('5 Leistungen gefunden');
      expect($<HTMLInputElement>(el, '#search')!.value).to.equal('');
      expect($<HTMLSelectElement>(el, '#category')!.value).to.equal('Haustiere');
      expect(focused(el)?.id).to.equal('category');
    });

    it("shows the Bürgerbüro's address, phone, e-mail and opening hours for a service offered only in person", async () => {
      const el = await settled(await fixture<RathausServiceList>(html`<rathaus-service-list municipality="syke"></rathaus-service-list>`));
      await search(el, 'Personalausweis beantragen');
      const entry = item(el, 'Personalausweis beantragen')!;
      expect(text(entry.querySelector('[part="mode"]'))).to.equal('Nur vor Ort');
      expect(entry.querySelector('[part="apply-button"]')).to.equal(null);
      const office = entry.querySelector('[part="office"]')!;
      expect(text(office)).to.contain('Bürgerbüro im Rathaus Syke');
      expect(text(office)).to.contain('Hinrich-Hanno-Platz 1');
      expect(text(office)).to.contain('Öffnungszeiten');
      const hours = [...office.querySelectorAll('dt')].map((dt) => `${text(dt)}: ${text(dt.nextElementSibling)}`);
      expect(hours).to.deep.equal(['Mo, Di: 08:00–16:00', 'Mi: 08:00–12:30', 'Do: 08:00–18:00', 'Fr: 08:00–12:30']);
      expect(office.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+4942421640');
      expect(office.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:buergerbuero@syke.de');
      const details = entry.querySelector('details')!;
      expect(details.open).to.equal(false);
      expect(text(details)).to.contain('46,00 €');
      await expect(el).to.be.accessible();
    });

    it('says from when a service of a town that is not live yet will be online (Bassum)', async () => {
      const el = await settled(
        await fixture<RathausServiceList>(html`<rathaus-service-list municipality="bassum"></rathaus-service-list>`),
      );
      const hund = item(el, 'Hund anmelden')!;
      expect($$(el, '[part="apply-button"]')).to.have.length(0);
      expect(text(hund)).to.contain('Nur vor Ort');
      expect(text(hund)).to.contain('Ab 1. April 2027 online');
      expect(text(hund.querySelector('[part="office"]'))).to.contain('Bürgerbüro im Rathaus Bassum');
      await setOnlineOnly(el, true);
      expect(announced(el)).to.equal('Keine Leistung gefunden');
      await expect(el).to.be.accessible();
    });

    it('uses the page\'s <meta name="rathaus-municipality">, unless the attribute says otherwise', async () => {
      const meta = setMeta('rathaus-municipality', 'bassum');
      try {
        const fromMeta = await settled(await fixture<RathausServiceList>(html`<rathaus-service-list></rathaus-service-list>`));
        expect(text(item(fromMeta, 'Hund anmelden'))).to.contain('Ab 1. April 2027 online');
        expect($(fromMeta, '[part="place"]')).to.equal(null);
        const fromAttribute = await settled(
          await fixture<RathausServiceList>(html`<rathaus-service-list municipality="syke"></rathaus-service-list>`),
        );
        expect(text(item(fromAttribute, 'Hund anmelden')!.querySelector('[part="mode"]'))).to.equal('Online möglich');
      } finally {
        meta.remove();
      }
    });

    it('says so when the page names a municipality the county does not know', async () => {
      const el = await settled(
        await fixture<RathausServiceList>(html`<rathaus-service-list municipality="atlantis"></rathaus-service-list>`),
      );
      expect(text($(el, '[role="alert"]'))).to.contain('„atlantis“');
      await expect(el).to.be.accessible();
    });
  });

  describe('choosing a service', () => {
    it("emits rathaus-service-select with the form page's URL and stays when the page prevents it", async () => {
      const el = await settled(
        await fixture<RathausServiceList>(
          html`<rathaus-service-list
            municipality="syke"
            form-url="/antrag.html?service={service}&amp;ort={municipality}"
          ></rathaus-service-list>`,
        ),
      );
      const before = location.href;
      const events: CustomEvent[] = [];
      const listener = (event: Event) => {
        events.push(event as CustomEvent);
        event.preventDefault();
      };
      document.addEventListener('rathaus-service-select', listener);
      try {
        await search(el, 'Hund anmelden');
        const button = item(el, 'Hund anmelden')!.querySelector<HTMLButtonElement>('[part="apply-button"]')!;
        expect(text(button)).to.equal('Online beantragen: Hund anmelden');
        button.focus();
        await sendKeys({ press: 'Enter' });
      } finally {
        document.removeEventListener('rathaus-service-select', listener);
      }
      expect(events).to.have.length(1);
      const [event] = events;
      expect(event!.cancelable && event!.bubbles && event!.composed).to.equal(true);
      expect(event!.detail.service.key).to.equal('99102013104000');
      expect(event!.detail.municipality).to.equal('syke');
      expect(event!.detail.formUrl).to.equal(new URL('/antrag.html?service=99102013104000&ort=syke', location.href).href);
      expect(location.href).to.equal(before);
    });

    it('follows form-url when the page does not prevent it', async () => {
      const el = await settled(
        await fixture<RathausServiceList>(
          html`<rathaus-service-list
            municipality="syke"
            form-url="#antrag?service={service}&amp;municipality={municipality}"
          ></rathaus-service-list>`,
        ),
      );
      const before = location.href;
      try {
        await search(el, 'Fundsache');
        item(el, 'Fundsache melden')!.querySelector<HTMLButtonElement>('[part="apply-button"]')!.click();
        // A same-document URL, so that the test page stays while the element navigates.
        expect(location.hash).to.equal('#antrag?service=99019001064000&municipality=syke');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('reaches search, filters and the first "Online beantragen" with Tab, in that order', async () => {
      const el = await settled(await fixture<RathausServiceList>(html`<rathaus-service-list municipality="syke"></rathaus-service-list>`));
      $<HTMLInputElement>(el, '#search')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.id).to.equal('category');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.id).to.equal('online-only');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(announced(el)).to.equal(`${SYKE_ONLINE} Leistungen gefunden`);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($(el, '[part="apply-button"]'));
      expect(text(focused(el))).to.match(/^Online beantragen: /);
    });
  });

  describe('when the API cannot be reached', () => {
    it('shows an error with a retry button that works by keyboard', async () => {
      const el = await settled(
        await fixture<RathausServiceList>(
          html`<rathaus-service-list municipality="syke" api="http://127.0.0.1:9/api/v1"></rathaus-service-list>`,
        ),
      );
      expect(text($(el, '[role="alert"]'))).to.equal('Die Daten konnten nicht geladen werden. Bitte prüfen Sie Ihre Internetverbindung.');
      await expect(el).to.be.accessible();

      let loadingShown = false;
      const observer = new MutationObserver(() => (loadingShown ||= text($(el, '[role="status"]')) === 'Wird geladen …'));
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      const retry = $<HTMLButtonElement>(el, '[data-retry]')!;
      expect(text(retry)).to.equal('Erneut versuchen');
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => loadingShown && $(el, '[data-retry]'), 'the retry did not load again');
      observer.disconnect();
      await waitUntil(() => focused(el) === $(el, '[data-retry]'), 'focus did not return to the retry button');
    });

    it('shows the error on the county portal too', async () => {
      const el = await settled(
        await fixture<RathausServiceList>(html`<rathaus-service-list api="http://127.0.0.1:9/api/v1"></rathaus-service-list>`),
      );
      expect($(el, '[data-retry]')).not.to.equal(null);
      expect($(el, '#place')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('on any host page', () => {
    it('keeps usable controls under aggressive host CSS', async () => {
      const style = document.createElement('style');
      style.textContent = `* { text-transform: uppercase; letter-spacing: 3px; box-sizing: content-box }
        button, input { all: unset; background: red } html { font-size: 62.5% } body { font-size: 1.6rem }`;
      document.head.append(style);
      try {
        const el = await settled(
          await fixture<RathausServiceList>(html`<rathaus-service-list municipality="syke"></rathaus-service-list>`),
        );
        const title = getComputedStyle($(el, '[part="item-title"]')!);
        expect(title.textTransform).to.equal('none');
        expect(title.letterSpacing).to.equal('normal');
        const apply = $(el, '[part="apply-button"]')!;
        const applyStyle = getComputedStyle(apply);
        expect(applyStyle.backgroundColor).to.equal('rgb(11, 92, 171)');
        expect(applyStyle.boxSizing).to.equal('border-box');
        // Sizes follow the page's text (16 px here), not the 10 px root a 62.5 % page sets: 2.75em is a 44 px target.
        expect(apply.getBoundingClientRect().height).to.be.at.least(44);
        const input = $(el, '#search')!;
        expect(getComputedStyle(input).borderTopStyle).to.equal('solid');
        expect(input.getBoundingClientRect().width).to.be.greaterThan(100);
        expect(getComputedStyle($(el, '[part="item"]')!).fontSize).to.equal('16px');
        await expect(el).to.be.accessible();
      } finally {
        style.remove();
      }
    });
  });

  describe('in Leichte Sprache', () => {
    it('speaks Leichte Sprache with lang="de-x-ls", also when nothing is found', async () => {
      const el = await fixture<RathausServiceList>(html`<rathaus-service-list municipality="syke" lang="de-x-ls"></rathaus-service-list>`);
      await waitUntil(() => text($(el, 'label[for="search"]')) === 'Was suchen Sie?', 'the list did not switch to Leichte Sprache');
      expect(announced(el)).to.equal(`Wir haben ${SYKE_TOTAL} Sachen gefunden.`);
      expect(text(item(el, 'Hund anmelden')!.querySelector('[part="mode"]'))).to.equal('Geht im Internet');
      await expect(el).to.be.accessible();
      await search(el, 'Quxzwirbel');
      expect(announced(el)).to.equal('Wir haben nichts gefunden.');
      expect(text($(el, '[part="no-match"]'))).to.contain('Oder wählen Sie ein Thema:');
      await expect(el).to.be.accessible();
    });
  });

  describe('in English', () => {
    // The kit loads the English catalogue on demand; loaded once, the list speaks English from its first answer.
    before(() => import('../../../src/i18n/en/index.ts'));

    it('speaks English with lang="en", dates included', async () => {
      const el = await settled(
        await fixture<RathausServiceList>(html`<rathaus-service-list municipality="bassum" lang="en"></rathaus-service-list>`),
      );
      expect(text($(el, 'label[for="search"]'))).to.equal('Search services');
      expect(announced(el)).to.equal('89 services found');
      expect(text(item(el, 'Hund anmelden'))).to.contain('Online from 1 April 2027');
      expect(text(item(el, 'Hund anmelden'))).to.contain('Opening hours');
      await expect(el).to.be.accessible();
    });

    it('asks for the town in English on the county portal and rejects an unknown one', async () => {
      const el = await settled(await fixture<RathausServiceList>(html`<rathaus-service-list lang="en"></rathaus-service-list>`));
      expect(text($(el, 'label[for="place"]'))).to.equal('Which town do you live in?');
      $<HTMLInputElement>(el, '#place')!.value = 'Atlantis';
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
      await el.updateComplete;
      expect(text($(el, '#place-error'))).to.match(/^There is no town “Atlantis” in the county/);
      el.setAttribute('lang', 'de');
      await waitUntil(() => text($(el, 'label[for="place"]')) === 'In welchem Ort wohnen Sie?');
    });

    it('shows "Apply online" for Syke and switches back to German with the page', async () => {
      const el = await settled(
        await fixture<RathausServiceList>(html`<rathaus-service-list municipality="syke" lang="en"></rathaus-service-list>`),
      );
      expect(text($(el, '[part="apply-button"]'))).to.match(/^Apply online: /);
      expect(text(item(el, 'Fahrzeug zulassen'))).to.contain('This service is handled by the county (Landkreis Diepholz).');
      el.removeAttribute('lang');
      await waitUntil(() => announced(el) === `${SYKE_TOTAL} Leistungen gefunden`);
    });
  });
});
