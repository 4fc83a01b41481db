import { expect } from '@open-wc/testing';
import type { Municipality } from '../../../../contract/catalogue.ts';
import { findMunicipality, rememberedMunicipality } from '../../../../src/elements/service-list/municipality-choice.ts';
import { testInfo } from '../../support/page.ts';

const municipalities = (await (await fetch(`${testInfo.api}/municipalities`)).json()) as Municipality[];
const slugOf = (input: string) => {
  const match = findMunicipality(municipalities, input);
  return match.kind === 'found' ? match.municipality.slug : match.kind;
};

describe("finding the citizen's town", () => {
  it('finds a town by postcode, also with the town name after it', () => {
    expect(slugOf('28857')).to.equal('syke');
    expect(slugOf(' 28857 Syke ')).to.equal('syke');
    expect(slugOf('27252')).to.equal('schwafoerden');
  });

  it('finds a town by its name in any spelling', () => {
    expect(slugOf('Syke')).to.equal('syke');
    expect(slugOf('syke')).to.equal('syke');
    expect(slugOf('Stadt Syke')).to.equal('syke');
    expect(slugOf('Schwafoerden')).to.equal('schwafoerden');
    expect(slugOf('lemförde')).to.equal('altes-amt-lemfoerde');
  });

  it('finds every member municipality of the county, by postcode and by the Gemeinden of a Samtgemeinde', () => {
    expect(slugOf('27232')).to.equal('sulingen');
    expect(slugOf('49419')).to.equal('wagenfeld');
    expect(slugOf('27330')).to.equal('bruchhausen-vilsen');
    expect(slugOf('Lembruch')).to.equal('altes-amt-lemfoerde');
    expect(slugOf('Neuenkirchen')).to.equal('schwafoerden');
    expect(slugOf('Drebber')).to.equal('barnstorf');
    expect(slugOf('Rehden')).to.equal('rehden');
  });

  it('means the town, not the county, by "Diepholz"', () => {
    expect(slugOf('Diepholz')).to.equal('diepholz');
  });

  it('says why an input finds no town', () => {
    expect(slugOf('')).to.equal('empty');
    expect(slugOf('Atlantis')).to.equal('unknown-name');
    expect(slugOf('10115')).to.equal('unknown-postcode');
    expect(slugOf('Stadt')).to.equal('ambiguous');
  });

  it("remembers the choice for the visit under the kit's storage prefix", () => {
    rememberedMunicipality.write('syke');
    expect(sessionStorage.getItem('rathaus:municipality')).to.equal('syke');
    expect(rememberedMunicipality.read()).to.equal('syke');
    rememberedMunicipality.forget();
    expect(rememberedMunicipality.read()).to.equal(undefined);
  });
});
