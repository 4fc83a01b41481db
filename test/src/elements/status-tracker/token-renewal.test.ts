import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../src/elements/status-tracker/status-tracker.ts';
import type { RathausStatusTracker } from '../../../../src/elements/status-tracker/status-tracker.ts';
import { pageSession } from '../../../../src/session/session.ts';
import { signInForTest } from '../../support/page.ts';
import { allInShadow, changeStatus, inShadow, submitFundsache, textOf } from './helpers.ts';

/** Records the headers of every request for the live stream, passing each on unchanged to the real backend. */
function recordStreams(): { streams: Headers[]; restore: () => void } {
  const streams: Headers[] = [];
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input).endsWith('/me/events')) streams.push(new Headers(init?.headers));
    return realFetch(input, init);
  };
  return { streams, restore: () => (window.fetch = realFetch) };
}

describe('rathaus-status-tracker, when the token renews', () => {
  afterEach(() => pageSession().update({ status: 'signed-out' }));

  it('follows on with the renewed token and misses no change made while no stream was open', async () => {
    const sub = `tracker-renewal-${Date.now()}`;
    const receipt = await submitFundsache('syke', await signInForTest({ name: 'Erika Mustermann' }, { sub }));
    // A token the backend accepts for 3 more seconds (expired by the clock, within its 30 s of tolerance).
    const expiring = await signInForTest({ name: 'Erika Mustermann' }, { sub, exp: Math.floor(Date.now() / 1000) - 27 });
    const { streams, restore } = recordStreams();
    try {
      const el = await fixture<RathausStatusTracker>(html`<rathaus-status-tracker></rathaus-status-tracker>`);
      await waitUntil(() => allInShadow(el, '[part="reference"]').some((node) => textOf(node) === receipt.reference), 'no list', {
        timeout: 5000,
      });
      await waitUntil(() => streams.length === 1, 'the tracker did not follow the list');
      expect(streams[0].get('authorization')).to.equal(`Bearer ${expiring}`);

      // The backend ends the stream when the token expires; the office changes the status while none is open.
      await aTimeout(4000);
      await changeStatus(receipt.reference, { status: 'in-bearbeitung' });
      const renewed = await signInForTest({ name: 'Erika Mustermann' }, { sub });

      await waitUntil(
        () => textOf(inShadow(el, '[part="status"]')) === 'In Bearbeitung',
        'the change made between the two streams did not arrive',
        { timeout: 8000 },
      );
      const last = streams[streams.length - 1];
      expect(last.get('authorization')).to.equal(`Bearer ${renewed}`);
      expect(Number(last.get('last-event-id'))).to.be.greaterThan(0);
      expect(allInShadow(el, '[part="entry"]').length).to.equal(2);
    } finally {
      restore();
    }
  });
});
