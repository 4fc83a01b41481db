import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { generateKeyPair, SignJWT } from 'jose';
import { fundsacheData, fundsacheSubmission, submitFundsache } from './support/fundsache.ts';
import { samplePng } from './support/sample-files.ts';
import { startTestApp, staffToken, type TestApp } from './support/test-app.ts';

/** Sends a multipart submission over real HTTP with one file part named `pointer`. */
async function submitFile(base: string, pointer: string) {
  const form = new FormData();
  form.append('application', JSON.stringify(fundsacheSubmission()));
  form.append(pointer, new Blob([new Uint8Array(samplePng)], { type: 'image/png' }), 'foto.png');
  const response = await fetch(`${base}/api/v1/applications`, { method: 'POST', body: form, headers: { 'idempotency-key': randomUUID() } });
  return { status: response.status, body: await response.json() };
}

describe('file parts named by a pointer through the prototype', () => {
  let t: TestApp;
  let base: string;
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
  before(async () => {
    t = await startTestApp({ anonymousSubmissionsPerMinute: 1000 });
    base = await t.listen();
  });
  after(() => t.close());

  for (const pointer of [
    '/__proto__/polluted',
    '/fund/__proto__/polluted',
    '/constructor/prototype/polluted',
    '/fund/constructor/prototype/polluted',
    '/fund/foto/__proto__',
    '/fund/toString',
    '/fund/hasOwnProperty',
    '/fund/unbekannt',
    '/fund',
    '/',
  ]) {
    test(`refuses "${pointer}" at that pointer and changes nothing for anyone else`, async () => {
      const answer = await submitFile(base, pointer);
      assert.equal(answer.status, 422, JSON.stringify(answer.body));
      assert.ok(
        answer.body.errors.some((error: { pointer: string; code: string }) => error.pointer === pointer && error.code === 'file-field'),
        JSON.stringify(answer.body),
      );
      assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), prototypeKeys);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);

      // Everyone else is served as before: a valid submission, a look-up and a clerk's status change.
      const receipt = await submitFundsache(t.app);
      const lookup = await t.app.inject({
        url: `/api/v1/applications/${receipt.reference}`,
        headers: { 'rathaus-access-code': receipt.accessCode },
      });
      assert.equal(lookup.statusCode, 200, lookup.body);
      const change = await t.app.inject({
        method: 'POST',
        url: `/api/v1/staff/applications/${receipt.reference}/status`,
        payload: { status: 'in-bearbeitung' },
        headers: { authorization: `Bearer ${await staffToken(t.app, 'syke-fachverfahren', 'syke-secret-0123456789')}` },
      });
      assert.equal(change.statusCode, 201, change.body);
    });
  }

  test('still places a file where the form has a file field', async () => {
    const answer = await submitFile(base, '/fund/foto');
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
  });
});

describe('attachments claimed in the JSON without an upload', () => {
  let t: TestApp;
  let base: string;
  before(async () => {
    t = await startTestApp({ anonymousSubmissionsPerMinute: 1000 });
    base = await t.listen();
  });
  after(() => t.close());

  const claimed = { id: '3f2b8c1e-9a4d-4e7b-8f6a-2c1d0e9b7a65', name: '../../etc/passwd', type: 'image/png', size: 1234 };
  const withClaim = () => fundsacheSubmission('syke', fundsacheData({ fund: { ...fundsacheData().fund, foto: claimed } }));

  async function storedApplications(): Promise<number> {
    const [row] = await t.db.query<{ count: number }>('SELECT count(*)::int AS count FROM applications');
    return row.count;
  }

  test('refuses a description of a file in JSON, at the file field, and stores nothing', async () => {
    const before = await storedApplications();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: withClaim(),
      headers: { 'idempotency-key': randomUUID() },
    });
    assert.equal(response.statusCode, 422, response.body);
    assert.deepEqual(
      response.json().errors.map((error: { pointer: string; code: string }) => [error.pointer, error.code]),
      [['/fund/foto', 'file-upload']],
    );
    assert.equal(await storedApplications(), before);
  });

  test('refuses it in a multipart submission too, even beside a real upload for that field', async () => {
    const before = await storedApplications();
    for (const withFile of [false, true]) {
      const form = new FormData();
      form.append('application', JSON.stringify(withClaim()));
      if (withFile) form.append('/fund/foto', new Blob([new Uint8Array(samplePng)], { type: 'image/png' }), 'foto.png');
      const response = await fetch(`${base}/api/v1/applications`, {
        method: 'POST',
        body: form,
        headers: { 'idempotency-key': randomUUID() },
      });
      const body = await response.json();
      assert.equal(response.status, 422, JSON.stringify(body));
      assert.deepEqual(
        body.errors.map((error: { pointer: string; code: string }) => [error.pointer, error.code]),
        [['/fund/foto', 'file-upload']],
      );
    }
    assert.equal(await storedApplications(), before);
  });

  test('describes an uploaded file by what the server read: its own id, name, type and size', async () => {
    const form = new FormData();
    form.append('application', JSON.stringify(fundsacheSubmission()));
    form.append('/fund/foto', new Blob([new Uint8Array(samplePng)], { type: 'image/png' }), 'foto.png');
    const response = await fetch(`${base}/api/v1/applications`, {
      method: 'POST',
      body: form,
      headers: { 'idempotency-key': randomUUID() },
    });
    const receipt = await response.json();
    assert.equal(response.status, 201, JSON.stringify(receipt));
    const view = (
      await t.app.inject({ url: `/api/v1/applications/${receipt.reference}`, headers: { 'rathaus-access-code': receipt.accessCode } })
    ).json();
    const [attachment] = view.attachments;
    assert.deepEqual(view.data.fund.foto, { id: attachment.id, name: 'foto.png', type: 'image/png', size: samplePng.length });
  });
});

describe('input the schema accepts but the database or the stack would not', () => {
  let t: TestApp;
  let base: string;
  before(async () => {
    t = await startTestApp({ anonymousSubmissionsPerMinute: 1000 });
    base = await t.listen();
  });
  after(() => t.close());

  const submit = (payload: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    });

  for (const [name, fund, finder, pointer, code] of [
    ['a NUL character', { beschreibung: 'Braune\u0000Börse' }, {}, '/fund/beschreibung', 'text-control'],
    ['a lone surrogate', {}, { person: { familienname: 'Zwetschgen\ud800baum' } }, '/finder/person/familienname', 'text-encoding'],
  ] as const) {
    test(`answers ${name} in a text field with 422 at that field`, async () => {
      const data = fundsacheData({
        fund: { ...fundsacheData().fund, ...fund },
        finder: { ...fundsacheData().finder, ...finder },
      });
      const response = await submit(fundsacheSubmission('syke', data));
      assert.equal(response.statusCode, 422, response.body);
      assert.deepEqual(
        response.json().errors.map((error: { pointer: string; code: string }) => [error.pointer, error.code]),
        [[pointer, code]],
      );
    });
  }

  test('answers data nested 10,000 levels deep with 400, as JSON and as a multipart part', async () => {
    const deep = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    const body = `{"municipality":"syke","service":"${fundsacheSubmission().service}","data":${deep}}`;
    const response = await submit(body);
    assert.equal(response.statusCode, 400, response.body);
    assert.equal(response.json().type, 'urn:open-rathaus:problem:limit-exceeded');
    assert.equal(response.json().errors[0].code, 'max-depth');

    const form = new FormData();
    form.append('application', body);
    const multipart = await fetch(`${base}/api/v1/applications`, {
      method: 'POST',
      body: form,
      headers: { 'idempotency-key': randomUUID() },
    });
    assert.equal(multipart.status, 400);
    assert.equal((await multipart.json()).errors[0].code, 'max-depth');
  });
});

describe('a trusted issuer whose discovery endpoint is down', () => {
  let t: TestApp;
  let hits = 0;
  let down: Server;
  let issuer: string;
  before(async () => {
    down = createServer((_request, response) => {
      hits++;
      response.statusCode = 503;
      response.end('down for maintenance');
    });
    await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(down.address() as AddressInfo).port}`;
    t = await startTestApp({ trustedIssuers: [{ issuer, audience: 'rathaus-test' }] });
  });
  after(async () => {
    await t.close();
    await new Promise((resolve) => down.close(resolve));
  });

  test('answers 503 with Retry-After, never 500, and asks the provider again only after a pause', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ acr: 'x' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k' })
      .setIssuer(issuer)
      .setAudience('rathaus-test')
      .setSubject('citizen')
      .setExpirationTime('5m')
      .sign(privateKey);
    for (let i = 0; i < 5; i++) {
      const response = await t.app.inject({ url: '/api/v1/me/applications', headers: { authorization: `Bearer ${token}` } });
      assert.equal(response.statusCode, 503, response.body);
      assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(response.json().type, 'urn:open-rathaus:problem:issuer-unavailable');
      assert.ok(Number(response.headers['retry-after']) > 0);
    }
    assert.equal(hits, 1);
  });
});
