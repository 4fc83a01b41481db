import { expect } from '@open-wc/testing';
import type { ServiceEntry, ServiceList } from '../../../../contract/catalogue.ts';
import { foldGerman, ServiceIndex } from '../../../../src/elements/service-list/search-index.ts';
import { testInfo } from '../../support/page.ts';

const syke = (await (await fetch(`${testInfo.api}/municipalities/syke/services`)).json()) as ServiceList;
const index = new ServiceIndex(syke.services);
const names = (query: string, filter: { category?: string; onlineOnly?: boolean } = {}) =>
  index.search({ query, category: filter.category ?? '', onlineOnly: filter.onlineOnly ?? false }).map((entry) => entry.name);

describe('service search', () => {
  it('folds the spellings of German words to one form', () => {
    for (const [a, b] of [
      ['Straße', 'strasse'],
      ['Änderung', 'aenderung'],
      ['Änderung', 'anderung'],
      ['Ermäßigung', 'ERMAESSIGUNG'],
      ['Führerschein', 'fuehrerschein'],
      ['Lemförde', 'Lemfoerde'],
      ['Personalausweis', 'personalausweiss'],
      ['Café', 'cafe'],
      ['Kfz-Zulassung', 'kfz zulassung'],
    ]) {
      expect(foldGerman(a!), `${a} ~ ${b}`).to.equal(foldGerman(b!));
    }
  });

  it('finds "Hund anmelden" by its keyword "Hundesteuer"', () => {
    expect(names('Hundesteuer')).to.include('Hund anmelden');
  });

  it('finds the same services for "straße" and "strasse", "änderung" and "aenderung"', () => {
    expect(names('straße')).to.include('Sondernutzung öffentlicher Straßen beantragen');
    expect(names('strasse')).to.deep.equal(names('straße'));
    expect(names('Änderung')).to.include('Namensänderung beantragen');
    expect(names('aenderung')).to.deep.equal(names('Änderung'));
    expect(names('ausweiss')).to.include('Personalausweis beantragen');
  });

  it('needs every word of the query to match, and lists name matches first', () => {
    const both = names('hund abmelden');
    expect(both[0]).to.equal('Hund abmelden');
    expect(both).not.to.include('Hund anmelden');
    expect(names('Hundesteuer')[0]).to.match(/Hundesteuer/);
  });

  it('filters by category and by "online here"', () => {
    expect(names('', { category: 'Haustiere' })).to.have.length(5);
    expect(index.categories).to.include('Haustiere');
    expect(names('', { onlineOnly: true })).to.have.length(37);
    expect(names('Personalausweis beantragen', { onlineOnly: true })).to.deep.equal([]);
  });

  // How fast this is, is measured by `npm run bench:kit` (keystroke → filtered list on 10,000 services), not here.
  it('finds on 10,000 services exactly what it finds on the town’s own, keystroke by keystroke', () => {
    const many: ServiceEntry[] = Array.from({ length: 10_000 }, (_, i) => ({
      ...syke.services[i % syke.services.length]!,
      key: `99${String(i).padStart(12, '0')}`,
    }));
    const typing = new ServiceIndex(many);
    const afresh = new ServiceIndex(many);
    const all = { category: '', onlineOnly: false };
    const keystrokes = [...'Hundesteuer anmelden'].map((_, i, typed) => typed.slice(0, i + 1).join(''));
    let nonEmpty = 0;
    for (const query of keystrokes) {
      const found = new Set(index.search({ query, ...all }).map((entry) => entry.key));
      const expected = many.filter((_, i) => found.has(syke.services[i % syke.services.length]!.key)).map((entry) => entry.key);
      // Typed on (narrowing the previous result) and searched afresh (another category first) give the same answer.
      const typedOn = typing.search({ query, ...all }).map((entry) => entry.key);
      afresh.search({ query: '', category: 'Haustiere', onlineOnly: false });
      expect(
        afresh.search({ query, ...all }).map((entry) => entry.key),
        query,
      ).to.deep.equal(typedOn);
      expect([...typedOn].sort(), query).to.deep.equal(expected.sort());
      if (expected.length > 0) nonEmpty++;
    }
    expect(nonEmpty, 'keystrokes that found something').to.be.greaterThan(10);
  });

  it('narrows the previous matches while the citizen types on, with the same result as a fresh search', () => {
    const fresh = new ServiceIndex(syke.services);
    fresh.search({ query: 'hund', category: '', onlineOnly: false });
    const narrowed = fresh.search({ query: 'hundesteuer', category: '', onlineOnly: false });
    expect(narrowed).to.deep.equal(index.search({ query: 'hundesteuer', category: '', onlineOnly: false }));
    expect(fresh.search({ query: 'hun', category: '', onlineOnly: false }).length).to.be.greaterThan(narrowed.length);
  });
});
