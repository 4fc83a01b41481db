import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { ConfigError, configFromEnvironment } from '../../server/config.ts';
import { LIMIT_VARIABLES, type Limits } from '../../server/http/limits.ts';
import { fundsacheSubmission } from './support/fundsache.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

const LIMITS: Limits = {
  maxJsonDepth: 8,
  maxJsonProperties: 20,
  maxJsonItems: 10,
  maxStringLength: 3000,
  requestTimeoutMs: 1500,
  headersTimeoutMs: 600,
  keepAliveTimeoutMs: 600,
};

/** Opens a raw connection to the server, to send a request as slowly as an attacker would. */
function rawConnection(base: string): Promise<{ socket: Socket; received: () => string; closed: Promise<number> }> {
  const { hostname, port } = new URL(base);
  const opened = Date.now();
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString('utf8')));
      const closed = new Promise<number>((done) => socket.on('close', () => done(Date.now() - opened)));
      resolve({ socket, received: () => text, closed });
    });
    socket.on('error', reject);
  });
}

describe('limits, each just over', () => {
  let t: TestApp;
  let base: string;
  before(async () => {
    t = await startTestApp({ limits: LIMITS, anonymousSubmissionsPerMinute: 1000 });
    base = await t.listen();
  });
  after(() => t.close());

  const post = (data: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: { ...fundsacheSubmission(), data },
      headers: { 'idempotency-key': randomUUID() },
    });
  /** Whether the data got past the limits (to the form's own checks, which answer 422 for such nonsense). */
  const limitCode = async (data: unknown) => {
    const response = await post(data);
    if (response.statusCode === 422) return 'within';
    assert.equal(response.statusCode, 400, response.body);
    assert.equal(response.json().type, 'urn:open-rathaus:problem:limit-exceeded');
    return response.json().errors[0].code as string;
  };
  // The envelope is level 1 and `data` level 2.
  const nested = (levels: number) => {
    let value: unknown = 'x';
    for (let i = 2; i <= levels; i++) value = { a: value };
    return value;
  };

  test('MAX_JSON_DEPTH', async () => {
    assert.equal(await limitCode(nested(LIMITS.maxJsonDepth)), 'within');
    assert.equal(await limitCode(nested(LIMITS.maxJsonDepth + 1)), 'max-depth');
  });

  test('MAX_JSON_PROPERTIES', async () => {
    const object = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, i]));
    assert.equal(await limitCode(object(LIMITS.maxJsonProperties)), 'within');
    assert.equal(await limitCode(object(LIMITS.maxJsonProperties + 1)), 'max-properties');
  });

  test('MAX_JSON_ITEMS', async () => {
    const list = (n: number) => ({ liste: Array.from({ length: n }, () => 1) });
    assert.equal(await limitCode(list(LIMITS.maxJsonItems)), 'within');
    assert.equal(await limitCode(list(LIMITS.maxJsonItems + 1)), 'max-items');
  });

  test('MAX_STRING_LENGTH', async () => {
    assert.equal(await limitCode({ text: 'x'.repeat(LIMITS.maxStringLength) }), 'within');
    assert.equal(await limitCode({ text: 'x'.repeat(LIMITS.maxStringLength + 1) }), 'max-length');
  });

  test('HEADERS_TIMEOUT_MS: headers sent a byte at a time get 408 and the connection is closed', async () => {
    const { socket, received, closed } = await rawConnection(base);
    const request = 'GET /api/v1/municipalities HTTP/1.1\r\nHost: x\r\nX-Slow: ' + 'a'.repeat(100);
    let i = 0;
    const drip = setInterval(() => socket.writable && socket.write(request[i++ % request.length]), 100);
    const after = await closed;
    clearInterval(drip);
    assert.ok(after >= LIMITS.headersTimeoutMs && after < LIMITS.headersTimeoutMs + 1500, `closed after ${after} ms`);
    assert.match(received(), /^HTTP\/1\.1 408 /);
    assert.match(received(), /content-type: application\/problem\+json/i);
  });

  test('REQUEST_TIMEOUT_MS: a body sent a byte at a time gets 408 and the connection is closed', async () => {
    const { socket, received, closed } = await rawConnection(base);
    socket.write(
      'POST /api/v1/applications HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: slow\r\nContent-Length: 10000\r\n\r\n',
    );
    const drip = setInterval(() => socket.writable && socket.write(' '), 100);
    const after = await closed;
    clearInterval(drip);
    assert.ok(after >= LIMITS.requestTimeoutMs && after < LIMITS.requestTimeoutMs + 1500, `closed after ${after} ms`);
    assert.match(received(), /^HTTP\/1\.1 408 /);
    assert.match(received(), /"type":"urn:open-rathaus:problem:request-timeout"/);
  });

  test('KEEP_ALIVE_TIMEOUT_MS: an idle connection is closed after it', async () => {
    const { socket, received, closed } = await rawConnection(base);
    socket.write('GET /api/v1/municipalities/syke HTTP/1.1\r\nHost: x\r\n\r\n');
    const after = await closed;
    assert.match(received(), /^HTTP\/1\.1 200 /);
    assert.ok(after >= LIMITS.keepAliveTimeoutMs && after < LIMITS.keepAliveTimeoutMs + 1500, `closed after ${after} ms`);
  });
});

describe('limit settings', () => {
  test('are read from the environment, each by its variable', () => {
    const env = Object.fromEntries(Object.values(LIMIT_VARIABLES).map(({ name }, i) => [name, String(2000 - i)]));
    const limits = configFromEnvironment(env).limits;
    assert.deepEqual(
      Object.values(limits),
      Object.keys(LIMIT_VARIABLES).map((_, i) => 2000 - i),
    );
  });

  test('refuse a value that is not a positive whole number, and a header timeout above the request timeout', () => {
    assert.throws(() => configFromEnvironment({ MAX_JSON_DEPTH: '0' }), ConfigError);
    assert.throws(() => configFromEnvironment({ REQUEST_TIMEOUT_MS: 'soon' }), ConfigError);
    assert.throws(() => configFromEnvironment({ HEADERS_TIMEOUT_MS: '20000', REQUEST_TIMEOUT_MS: '10000' }), /HEADERS_TIMEOUT_MS/);
  });
});
