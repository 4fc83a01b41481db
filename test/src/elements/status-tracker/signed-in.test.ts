import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../../src/elements/status-tracker/status-tracker.ts';
import type { RathausStatusTracker } from '../../../../src/elements/status-tracker/status-tracker.ts';
import { pageSession } from '../../../../src/session/session.ts';
import { signInForTest } from '../../support/page.ts';
import { allInShadow, changeStatus, GERMAN_DATE_TIME, inShadow, liveRegion, recordRequests, submitFundsache, textOf } from './helpers.ts';

async function trackerOf(name: string, sub: string): Promise<{ el: RathausStatusTracker; token: string }> {
  const token = await signInForTest({ name }, { sub });
  const el = await fixture<RathausStatusTracker>(html`<rathaus-status-tracker></rathaus-status-tracker>`);
  await waitUntil(() => !inShadow(el, 'p[role="status"]'), 'the list did not load', { timeout: 5000 });
  return { el, token };
}

const references = (el: RathausStatusTracker) => allInShadow(el, '[part="reference"]').map(textOf);

describe('rathaus-status-tracker, signed in', () => {
  afterEach(() => pageSession().update({ status: 'signed-out' }));

  it('tells a citizen without applications "Sie haben noch keine Anträge gestellt."', async () => {
    const { el } = await trackerOf('Max Neu', 'tracker-newcomer');
    expect(textOf(inShadow(el, 'h2'))).to.equal('Meine Anträge');
    expect(textOf(inShadow(el, '[part="empty"]'))).to.equal('Sie haben noch keine Anträge gestellt.');
    expect(inShadow(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'en');
    await waitUntil(() => textOf(inShadow(el, 'h2')) === 'My applications', 'the tracker did not switch to English');
    expect(textOf(inShadow(el, '[part="empty"]'))).to.equal('You have not made any applications yet.');
  });

  it('offers a retry when the list cannot be loaded, and shows the list once the backend answers', async () => {
    await signInForTest({ name: 'Max Neu' }, { sub: 'tracker-offline' });
    // Port 9 refuses connections: the same failure as being offline.
    const el = await fixture<RathausStatusTracker>(html`<rathaus-status-tracker api="http://127.0.0.1:9/api/v1"></rathaus-status-tracker>`);
    await waitUntil(() => inShadow(el, '[part="error"]'), 'no error appeared', { timeout: 5000 });
    const error = inShadow(el, '[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.contain('Die Daten konnten nicht geladen werden');
    await expect(el).to.be.accessible();
    el.removeAttribute('api');
    inShadow<HTMLButtonElement>(el, '[part="error"] button')!.click();
    await waitUntil(() => inShadow(el, '[part="empty"]'), 'the retry did not load the list', { timeout: 5000 });
    expect(inShadow(el, '[part="error"]')).to.equal(null);
  });

  it('lists the applications from every municipality of the county, newest first', async () => {
    const token = await signInForTest({ name: 'Erika Mustermann' }, { sub: 'tracker-citizen' });
    const inDiepholz = await submitFundsache('diepholz', token);
    const inSyke = await submitFundsache('syke', token);
    const { el } = await trackerOf('Erika Mustermann', 'tracker-citizen');
    const mine = references(el).filter((reference) => reference === inDiepholz.reference || reference === inSyke.reference);
    expect(mine).to.deep.equal([inSyke.reference, inDiepholz.reference]);
    const articles = allInShadow(el, 'ul[part="list"] > li > article[part="application"]');
    expect(articles.length).to.be.greaterThanOrEqual(2);
    const [first, second] = articles.filter((article) => mine.includes(textOf(article.querySelector('[part="reference"]'))));
    expect(textOf(first.querySelector('h3'))).to.equal('Fundsache melden');
    expect(textOf(first)).to.contain('Stadt Syke');
    expect(textOf(second)).to.contain('Stadt Diepholz');
    expect(textOf(first.querySelector('[part="status"]'))).to.equal('Eingegangen');
    expect(textOf(first.querySelector('[part="entry"] time'))).to.match(GERMAN_DATE_TIME);
    await expect(el).to.be.accessible();
  });

  it('shows a change made by the office live, announces it and tells the host page', async () => {
    const token = await signInForTest({ name: 'Erika Mustermann' }, { sub: 'tracker-citizen-live' });
    const receipt = await submitFundsache('syke', token);
    const { el } = await trackerOf('Erika Mustermann', 'tracker-citizen-live');
    const article = () =>
      allInShadow(el, 'article').find((candidate) => textOf(candidate.querySelector('[part="reference"]')) === receipt.reference)!;
    expect(article()).not.to.equal(undefined);
    const changed = oneEvent(el, 'rathaus-status-change');
    await changeStatus(receipt.reference, { status: 'rueckfrage', message: 'Bitte reichen Sie ein Foto nach.' });
    expect((await changed).detail).to.deep.equal({ reference: receipt.reference, status: 'rueckfrage' });
    await el.updateComplete;
    expect([...article().querySelectorAll('[part="entry"] .entry-status')].map(textOf)).to.deep.equal(['Eingegangen', 'Rückfrage']);
    expect(textOf(article().querySelector('[part="message"]'))).to.contain('Bitte reichen Sie ein Foto nach.');
    expect(textOf(liveRegion(el))).to.contain(`Antrag ${receipt.reference}: Rückfrage`);
    await expect(el).to.be.accessible();
  });

  it('adds an application sent elsewhere while the list is open', async () => {
    const { el, token } = await trackerOf('Max Neu', 'tracker-second-tab');
    expect(inShadow(el, '[part="empty"]')).not.to.equal(null);
    // Give the live stream a moment to open; a later connection would replay the entry anyway (Last-Event-ID 0).
    await aTimeout(200);
    const changed = oneEvent(el, 'rathaus-status-change');
    const receipt = await submitFundsache('stuhr', token);
    expect((await changed).detail).to.deep.equal({ reference: receipt.reference, status: 'eingegangen' });
    await el.updateComplete;
    expect(references(el)).to.deep.equal([receipt.reference]);
    expect(textOf(inShadow(el, 'article'))).to.contain('Gemeinde Stuhr');
  });

  it('clears everything shown when the citizen signs out and stops following their applications', async () => {
    const token = await signInForTest({ name: 'Erika Mustermann' }, { sub: 'tracker-shared-computer' });
    const receipt = await submitFundsache('syke', token);
    const { requests, restore } = recordRequests();
    const { el } = await trackerOf('Erika Mustermann', 'tracker-shared-computer').finally(restore);
    expect(references(el)).to.deep.equal([receipt.reference]);
    await waitUntil(() => requests.some(({ url }) => url.endsWith('/me/events')), 'the tracker did not follow the list');
    const stream = requests.find(({ url }) => url.endsWith('/me/events'))!;
    expect(stream.signal?.aborted).to.equal(false);

    let events = 0;
    el.addEventListener('rathaus-status-change', () => events++);
    pageSession().update({ status: 'signed-out' });
    await el.updateComplete;
    expect(stream.signal?.aborted, 'the live stream is closed').to.equal(true);
    const text = textOf(el.shadowRoot as unknown as Element);
    expect(text).not.to.contain(receipt.reference);
    expect(text).not.to.contain('Fundsache melden');
    expect(text).not.to.contain('Meine Anträge');
    expect(inShadow(el, 'form[part="lookup-form"]')).not.to.equal(null);
    expect(inShadow<HTMLInputElement>(el, '#reference')!.value).to.equal('');

    await changeStatus(receipt.reference, { status: 'in-bearbeitung' });
    await aTimeout(500);
    expect(events).to.equal(0);
    expect(textOf(el.shadowRoot as unknown as Element)).not.to.contain(receipt.reference);
    await expect(el).to.be.accessible();
  });
});
