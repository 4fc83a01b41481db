import { expect } from '@open-wc/testing';
import type { ServiceEntry, ServiceList } from '../../../../contract/catalogue.ts';
import { foldGerman, ServiceIndex } from '../../../../src/elements/service-list/search-index.ts';
import { testInfo } from '../../support/page.ts';

const syke = (await (await fetch(`${testInfo.api}/municipalities/syke/services`)).json()) as ServiceList;
const index = new ServiceIndex(syke.services, syke.synonyms);
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
    // Offered only in person in Syke; what still matches online are services that mention an Ausweis.
    expect(names('Personalausweis beantragen', { onlineOnly: true })).not.to.include('Personalausweis beantragen');
    expect(names('Personalausweis beantragen')[0]).to.equal('Personalausweis beantragen');
  });

  // How fast this is, is measured by `npm run bench:kit` (keystroke → filtered list on 10,000 services), not here.
  it('finds on 10,000 services exactly what it finds on the town’s own, keystroke by keystroke', () => {
    const many: ServiceEntry[] = Array.from({ length: 10_000 }, (_, i) => ({
      ...syke.services[i % syke.services.length]!,
      key: `99${String(i).padStart(12, '0')}`,
    }));
    const typing = new ServiceIndex(many, syke.synonyms);
    const afresh = new ServiceIndex(many, syke.synonyms);
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

  it('gives the same answer typed on as searched afresh', () => {
    const fresh = new ServiceIndex(syke.services, syke.synonyms);
    fresh.search({ query: 'hund', category: '', onlineOnly: false });
    const typedOn = fresh.search({ query: 'hundesteuer', category: '', onlineOnly: false });
    expect(typedOn).to.deep.equal(index.search({ query: 'hundesteuer', category: '', onlineOnly: false }));
    expect(fresh.search({ query: 'hun', category: '', onlineOnly: false }).length).to.be.greaterThan(typedOn.length);
  });

  it('ranks a whole word of the name over the start of a word, and a name over keywords', () => {
    const hund = names('Hund');
    expect(hund.indexOf('Hund anmelden')).to.be.lessThan(hund.indexOf('Ersatz-Hundesteuermarke beantragen'));
    // "Nachbar" is only a keyword of the noise complaint, never part of a name: it still comes first.
    expect(names('Nachbar')[0]).to.equal('Lärmbeschwerde einreichen');
    // "Kita" is the start of the name "Kita-Platz anmelden" and only a keyword of others.
    expect(names('Kita')[0]).to.equal('Kita-Platz anmelden');
  });

  it('puts services that can be applied for online here first among equally good matches', () => {
    const entry = (name: string, mode: 'online' | 'vor-ort') => ({ ...syke.services[0]!, name, keywords: [], synonyms: [], mode });
    const equal = new ServiceIndex([entry('Baum A pflanzen', 'vor-ort'), entry('Baum B pflanzen', 'online')]);
    expect(equal.search({ query: 'baum', category: '', onlineOnly: false }).map((service) => service.name)).to.deep.equal([
      'Baum B pflanzen',
      'Baum A pflanzen',
    ]);
  });

  it('tolerates one typo in words of five letters or more, but not in shorter ones', () => {
    expect(names('Fürerschein')).to.include('Führerschein umtauschen');
    expect(names('Personalauswies')[0]).to.equal('Personalausweis beantragen');
    expect(names('Hnud'), 'four letters: no guessing').to.deep.equal([]);
  });

  it('finds what the synonym list says an everyday word means, phrases included', () => {
    expect(names('Perso')[0]).to.equal('Personalausweis beantragen');
    expect(names('neue Wohnung')[0]).to.equal('Wohnsitz anmelden');
    expect(names('heiraten')[0]).to.equal('Eheschließung anmelden');
    expect(names('laut Nachbar')[0]).to.equal('Lärmbeschwerde einreichen');
    expect(names('Krach')[0]).to.equal('Lärmbeschwerde einreichen');
    // Without the list, "Krach" is no word of the catalogue.
    expect(new ServiceIndex(syke.services).search({ query: 'Krach', category: '', onlineOnly: false })).to.deep.equal([]);
  });

  it('skips filler words, and lists the services matching most words when none matches all', () => {
    expect(names('ich habe meinen Ausweis verloren')[0]).to.equal('Verlust eines Ausweises oder Passes melden');
    expect(names('ich habe meinen Ausweis verloren')).to.deep.equal(names('Ausweis verloren'));
    expect(names('ich'), 'a filler word alone is still searched for').not.to.deep.equal([]);
    const partly = names('Rente reicht nicht');
    expect(partly[0]).to.equal('Grundsicherung im Alter und bei Erwerbsminderung beantragen');
  });

  it('matches one or two letters only at the start of words', () => {
    expect(names('zeug')).to.include('Fahrzeug zulassen');
    expect(names('ze')).not.to.include('Fahrzeug zulassen');
    expect(names('ze')).to.include('Auskunft aus dem Gewerbezentralregister beantragen');
  });
});
