import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { ConfigError, configFromEnvironment } from '../../server/config.ts';
import { fundsacheSubmission } from './support/fundsache.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

const PROBLEM = 'application/problem+json; charset=utf-8';

type Answer = { statusCode: number; headers: Record<string, unknown>; json(): { type: string } };

function assertRateLimited(response: Answer) {
  assert.equal(response.statusCode, 429);
  assert.equal(response.headers['content-type'], PROBLEM);
  assert.equal(response.json().type, 'urn:open-rathaus:problem:rate-limited');
  const retryAfter = Number(response.headers['retry-after']);
  assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${String(response.headers['retry-after'])}`);
}

describe('per-client rate limits behind a trusted proxy', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({
      trustProxy: ['127.0.0.0/8'],
      anonymousSubmissionsPerMinute: 2,
      accessCodeLookupsPerMinute: 3,
      tokenRequestsPerMinute: 3,
    });
  });
  after(() => t.close());

  const from = (client: string) => ({ 'x-forwarded-for': client });
  const submit = (client: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: fundsacheSubmission(),
      headers: { ...from(client), 'idempotency-key': randomUUID() },
    });

  test('anonymous submissions: each citizen behind the load balancer has their own limit', async () => {
    assert.deepEqual([(await submit('203.0.113.1')).statusCode, (await submit('203.0.113.1')).statusCode], [201, 201]);
    assertRateLimited(await submit('203.0.113.1'));
    assert.equal((await submit('203.0.113.2')).statusCode, 201);
  });

  test('access-code look-ups, reading or following an application', async () => {
    const receipt = (await submit('203.0.113.10')).json();
    const lookUp = (client: string, path = '') =>
      t.app.inject({
        url: `/api/v1/applications/${receipt.reference}${path}`,
        headers: { ...from(client), 'rathaus-access-code': 'AAAA-BBBB-CCCC' },
      });
    for (let i = 0; i < 3; i++) assert.equal((await lookUp('203.0.113.11')).statusCode, 404);
    assertRateLimited(await lookUp('203.0.113.11'));
    assertRateLimited(await lookUp('203.0.113.11', '/events'));
    const other = await t.app.inject({
      url: `/api/v1/applications/${receipt.reference}`,
      headers: { ...from('203.0.113.12'), 'rathaus-access-code': receipt.accessCode },
    });
    assert.equal(other.statusCode, 200);
  });

  test('the staff token endpoint', async () => {
    const ask = (client: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/oauth/token',
        payload: 'grant_type=client_credentials&client_id=syke-fachverfahren&client_secret=guess',
        headers: { ...from(client), 'content-type': 'application/x-www-form-urlencoded' },
      });
    for (let i = 0; i < 3; i++) assert.equal((await ask('203.0.113.20')).statusCode, 401);
    assertRateLimited(await ask('203.0.113.20'));
    assert.equal((await ask('203.0.113.21')).statusCode, 401);
  });
});

describe('without TRUST_PROXY', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ anonymousSubmissionsPerMinute: 1 });
  });
  after(() => t.close());

  test('X-Forwarded-For is ignored, so a client cannot pick a fresh address for each request', async () => {
    const submit = (client: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        payload: fundsacheSubmission(),
        headers: { 'x-forwarded-for': client, 'idempotency-key': randomUUID() },
      });
    assert.equal((await submit('203.0.113.1')).statusCode, 201);
    assertRateLimited(await submit('203.0.113.2'));
  });
});

describe('TRUST_PROXY', () => {
  test('takes addresses and CIDR ranges and refuses anything else', () => {
    assert.deepEqual(configFromEnvironment({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.5,::1,fd00::/8' }).trustProxy, [
      '10.0.0.0/8',
      '192.168.1.5',
      '::1',
      'fd00::/8',
    ]);
    for (const wrong of ['true', 'loadbalancer', '10.0.0.0/33', '10.0.0.1/8/8', '300.1.1.1']) {
      assert.throws(() => configFromEnvironment({ TRUST_PROXY: wrong }), ConfigError, wrong);
    }
  });
});
