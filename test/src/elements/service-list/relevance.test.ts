import { expect } from '@open-wc/testing';
import type { ServiceList } from '../../../../contract/catalogue.ts';
import { ServiceIndex } from '../../../../src/elements/service-list/search-index.ts';
import { testInfo } from '../../support/page.ts';
import { relevanceCases } from './relevance-cases.ts';

// Syke's list as the API serves it, with the county's synonym list (catalogue/synonyms.yaml).
const syke = (await (await fetch(`${testInfo.api}/municipalities/syke/services`)).json()) as ServiceList;

describe('search relevance (issue 12)', () => {
  it(`puts the expected service first for at least 95 % of ${relevanceCases.length} typical queries, and always among the first three`, () => {
    expect(relevanceCases.length).to.be.at.least(40);
    expect(syke.synonyms?.groups.length, 'the API serves the synonym list').to.be.greaterThan(10);
    const index = new ServiceIndex(syke.services, syke.synonyms);
    const names = syke.services.map((service) => service.name);
    const places = relevanceCases.map(({ query, expected }) => {
      expect(names, `"${expected}" is in Syke's list`).to.include(expected);
      const found = index.search({ query, category: '', onlineOnly: false }).map((service) => service.name);
      return { query, expected, place: found.indexOf(expected), top: found.slice(0, 3) };
    });
    const first = places.filter(({ place }) => place === 0).length;
    const rate = first / places.length;
    console.log(
      `relevance: ${first}/${places.length} first (${(rate * 100).toFixed(1)} %), ${places.filter(({ place }) => place >= 0 && place < 3).length}/${places.length} in the first three`,
    );
    for (const miss of places.filter(({ place }) => place !== 0))
      console.log(`  #${miss.place + 1} "${miss.query}" → ${miss.expected}; first: ${miss.top.join(' | ')}`);
    for (const { query, expected, place, top } of places) {
      expect(place, `"${query}" should find "${expected}" among the first three, found ${top.join(' | ')}`).to.be.within(0, 2);
    }
    expect(rate).to.be.at.least(0.95);
  });
});
