import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { submitFundsache } from './support/fundsache.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';
import { startTestIssuer, trustedIssuerConfig, type TestIssuer } from './support/test-issuer.ts';

/** Reads a response body to its end; resolves with the milliseconds it stayed open, or rejects after `limitMs`. */
async function openFor(response: Response, limitMs: number): Promise<number> {
  const started = Date.now();
  const reader = response.body!.getReader();
  const timer = setTimeout(() => void reader.cancel(), limitMs);
  try {
    for (;;) if ((await reader.read()).done) break;
  } finally {
    clearTimeout(timer);
  }
  const open = Date.now() - started;
  if (open >= limitMs) throw new Error(`the stream was still open after ${limitMs} ms`);
  return open;
}

describe('the lifetime of a live status stream', () => {
  let t: TestApp;
  let issuer: TestIssuer;
  let base: string;
  before(async () => {
    issuer = await startTestIssuer();
    t = await startTestApp({ trustedIssuers: [trustedIssuerConfig(issuer)], anonymousSubmissionsPerMinute: 1000 });
    base = await t.listen();
  });
  after(async () => {
    await t.close();
    await issuer.close();
  });

  /** A token that the API accepts for `seconds` more: expired by the clock, but within the 30 s tolerance. */
  const tokenAcceptedFor = (seconds: number) =>
    issuer.token({ sub: `stream-${randomUUID()}` }, { expiresIn: Math.floor(Date.now() / 1000) - 30 + seconds });

  test('ends when the token that opened it is no longer accepted', async () => {
    // 6 s of validity: enough to open the stream on a busy CI machine, short enough to wait for.
    const response = await fetch(`${base}/api/v1/me/events`, { headers: { authorization: `Bearer ${await tokenAcceptedFor(6)}` } });
    assert.equal(response.status, 200);
    // Ended by the server when the token runs out (openFor fails if it is still open after 12 s); that a stream
    // with a long-lived token stays open is the next test.
    await openFor(response, 12_000);
  });

  test('with a token accepted for long, stays open', async () => {
    const response = await fetch(`${base}/api/v1/me/events`, { headers: { authorization: `Bearer ${await issuer.token()}` } });
    await assert.rejects(openFor(response, 3000), /still open/);
  });

  test('HEAD answers with the stream headers at once, after the same checks as GET', async () => {
    const token = await issuer.token({ sub: 'head-citizen' });
    const receipt = await submitFundsache(t.app);
    for (const [path, headers, status] of [
      ['/api/v1/me/events', { authorization: `Bearer ${token}` }, 200],
      [`/api/v1/applications/${receipt.reference}/events`, { 'rathaus-access-code': receipt.accessCode }, 200],
      [`/api/v1/applications/${receipt.reference}/events`, { 'rathaus-access-code': 'AAAA-BBBB-CCCC' }, 404],
      ['/api/v1/me/events', {}, 401],
    ] as const) {
      const response = await fetch(`${base}${path}`, { method: 'HEAD', headers, signal: AbortSignal.timeout(3000) });
      assert.equal(response.status, status, path);
      if (status === 200) assert.equal(response.headers.get('content-type'), 'text/event-stream; charset=utf-8');
    }
  });
});
