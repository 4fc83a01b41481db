import { expect } from '@open-wc/testing';
import { pageSession } from '../../../../src/session/session.ts';
import { signInForTest } from '../../support/page.ts';
import {
  SERVICE,
  attach,
  choose,
  clickPart,
  field,
  fill,
  formFor,
  hasField,
  pngFile,
  stepHeading,
  storedDraft,
  summaryLinks,
} from './helpers.ts';

describe('rathaus-application-form: fields that appear on a condition', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    await signInForTest({ given_name: 'Erika', family_name: 'Mustermann' }, { acr: 'http://eidas.europa.eu/LoA/low' });
  });
  afterEach(() => pageSession().update({ status: 'signed-out' }));

  it('shows Begründung and Nachweis of "Geburtsurkunde" only for "Sonstiges berechtigtes Interesse", right after the question', async () => {
    const el = await formFor(SERVICE.geburtsurkunde);
    expect(stepHeading(el)).to.equal('Schritt 1 von 5 Angaben zur Geburt');
    expect(hasField(el, 'Begründung des rechtlichen Interesses')).to.equal(false);
    expect(hasField(el, 'Nachweis')).to.equal(false);
    await choose(el, 'Für wen beantragen Sie die Urkunde?', 'Sonstiges berechtigtes Interesse');
    const begruendung = field(el, 'Begründung des rechtlichen Interesses');
    expect(begruendung.tagName).to.equal('TEXTAREA');
    expect(begruendung.labels![0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Begründung des rechtlichen Interesses (Pflichtfeld)');
    expect(field(el, 'Nachweis').type).to.equal('file');
    const labels = [...el.shadowRoot!.querySelectorAll('[part~="form"] label, [part~="form"] legend')].map((label) =>
      label.textContent!.trim(),
    );
    expect(labels.findIndex((text) => text.startsWith('Begründung'))).to.be.greaterThan(
      labels.findIndex((text) => text.startsWith('Für wen')),
    );
    await expect(el).to.be.accessible();
  });

  it('checks the revealed fields as required while they are shown', async () => {
    const el = await formFor(SERVICE.geburtsurkunde);
    await fill(el, 'Familienname bei Geburt', 'Mustermann');
    await fill(el, 'Vornamen', 'Erika');
    await fill(el, 'Geburtsdatum', '1980-01-31');
    await fill(el, 'Geburtsort', 'Syke');
    await choose(el, 'Für wen beantragen Sie die Urkunde?', 'Sonstiges berechtigtes Interesse');
    await fill(el, 'Begründung des rechtlichen Interesses', 'Erbschaft');
    await clickPart(el, 'next-button');
    const summary = summaryLinks(el).map((link) => link.textContent!.trim());
    expect(summary).to.deep.equal([
      '„Begründung des rechtlichen Interesses“ muss mindestens 20 Zeichen lang sein.',
      'Bitte wählen Sie eine Datei für „Nachweis“ aus.',
    ]);
    await choose(el, 'Für wen beantragen Sie die Urkunde?', 'Ich selbst');
    await clickPart(el, 'next-button');
    expect(stepHeading(el)).to.equal('Schritt 2 von 5 Urkunde');
  });

  it('hides them again when the answer changes back and drops what was entered in them', async () => {
    const el = await formFor(SERVICE.geburtsurkunde);
    await choose(el, 'Für wen beantragen Sie die Urkunde?', 'Sonstiges berechtigtes Interesse');
    await fill(el, 'Begründung des rechtlichen Interesses', 'Nachlassverfahren beim Amtsgericht Syke, Az. 12 VI 345/26');
    await attach(el, 'Nachweis', pngFile('schreiben.png'));
    expect(storedDraft(SERVICE.geburtsurkunde)!.data.geburt.begruendung).to.contain('Nachlassverfahren');
    await choose(el, 'Für wen beantragen Sie die Urkunde?', 'Elternteil');
    expect(hasField(el, 'Begründung des rechtlichen Interesses')).to.equal(false);
    expect(hasField(el, 'Nachweis')).to.equal(false);
    const draft = storedDraft(SERVICE.geburtsurkunde)!;
    expect(draft.data.geburt).not.to.have.property('begruendung');
    expect(draft.files).to.deep.equal({});
    await choose(el, 'Für wen beantragen Sie die Urkunde?', 'Sonstiges berechtigtes Interesse');
    expect(field(el, 'Begründung des rechtlichen Interesses').value).to.equal('');
    expect(el.shadowRoot!.querySelector('.file-chosen')).to.equal(null);
  });

  it('reveals a field under a select too: "Sonstiger Verwendungszweck"', async () => {
    sessionStorage.setItem(
      'rathaus:draft:syke:99027002012000',
      JSON.stringify({ formVersion: 1, step: 1, idempotencyKey: 'k', files: {}, data: {} }),
    );
    const el = await formFor(SERVICE.geburtsurkunde);
    expect(stepHeading(el)).to.equal('Schritt 2 von 5 Urkunde');
    // The default of the form is filled in.
    expect(field(el, 'Anzahl').value).to.equal('1');
    expect(hasField(el, 'Sonstiger Verwendungszweck')).to.equal(false);
    await choose(el, 'Verwendungszweck', 'Sonstiges');
    expect(hasField(el, 'Sonstiger Verwendungszweck')).to.equal(true);
    await choose(el, 'Verwendungszweck', 'Rente');
    expect(hasField(el, 'Sonstiger Verwendungszweck')).to.equal(false);
  });
});
