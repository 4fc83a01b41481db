import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { WELL_KNOWN } from '../../server/catalogue/seed/well-known-services.ts';
import type { ServiceList } from '../../contract/catalogue.ts';
import { fundsacheData, fundsacheSubmission } from './support/fundsache.ts';
import { samplePdf, samplePng } from './support/sample-files.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

const PROBLEM = 'application/problem+json; charset=utf-8';

describe('submitting applications', () => {
  let t: TestApp;
  let base: string;
  before(async () => {
    t = await startTestApp({ maxAttachmentBytes: 64 * 1024, bodyLimitBytes: 32 * 1024, anonymousSubmissionsPerMinute: 1000 });
    base = await t.listen();
  });
  after(() => t.close());

  const submit = (body: unknown, headers: Record<string, string> = { 'idempotency-key': randomUUID() }) =>
    t.app.inject({ method: 'POST', url: '/api/v1/applications', payload: body as object, headers });

  /** Sends a multipart submission over real HTTP, files named by the JSON pointer of their field. */
  async function submitWithFiles(
    envelope: object,
    files: { pointer: string; name: string; type: string; content: Buffer }[],
    key = randomUUID(),
  ) {
    const form = new FormData();
    form.append('application', JSON.stringify(envelope));
    for (const file of files) form.append(file.pointer, new Blob([new Uint8Array(file.content)], { type: file.type }), file.name);
    const response = await fetch(`${base}/api/v1/applications`, { method: 'POST', body: form, headers: { 'idempotency-key': key } });
    return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
  }

  async function counts() {
    const [row] = await t.db.query<{ applications: number; attachments: number; events: number; outbox: number }>(
      `SELECT (SELECT count(*)::int FROM applications) AS applications, (SELECT count(*)::int FROM attachments) AS attachments,
              (SELECT count(*)::int FROM status_events) AS events, (SELECT count(*)::int FROM outbox) AS outbox`,
    );
    return row;
  }

  test('an anonymous citizen gets a readable reference number and an access code', async () => {
    const response = await submit(fundsacheSubmission());
    assert.equal(response.statusCode, 201);
    const receipt = response.json();
    assert.match(receipt.reference, new RegExp(`^SYK-${new Date().getUTCFullYear()}-\\d{6}$`));
    assert.match(receipt.accessCode, /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    assert.equal(receipt.status, 'eingegangen');
    assert.equal(response.headers.location, `/api/v1/applications/${receipt.reference}`);
    assert.ok(receipt.nextSteps.length > 20);

    const lookup = await t.app.inject({
      url: `/api/v1/applications/${receipt.reference}`,
      headers: { 'rathaus-access-code': receipt.accessCode.toLowerCase() },
    });
    assert.equal(lookup.statusCode, 200);
    assert.equal(lookup.json().timeline[0].status, 'eingegangen');
    assert.equal(lookup.json().data.finder.person.familienname, 'Zwetschgenbaum');
  });

  test('numbers applications per municipality and year without gaps', async () => {
    const first = (await submit(fundsacheSubmission('stuhr'))).json().reference as string;
    const second = (await submit(fundsacheSubmission('stuhr'))).json().reference as string;
    assert.match(first, new RegExp(`^STU-${new Date().getUTCFullYear()}-\\d{6}$`));
    assert.equal(Number(second.slice(-6)), Number(first.slice(-6)) + 1);
  });

  test('a wrong access code or another reference reveals nothing', async () => {
    const receipt = (await submit(fundsacheSubmission())).json();
    const other = (await submit(fundsacheSubmission())).json();
    for (const [reference, code] of [
      [receipt.reference, 'AAAA-BBBB-CCCC'],
      [other.reference, receipt.accessCode],
      ['SYK-2026-999999', receipt.accessCode],
    ]) {
      const response = await t.app.inject({ url: `/api/v1/applications/${reference}`, headers: { 'rathaus-access-code': code } });
      assert.equal(response.statusCode, 404);
      assert.equal(response.headers['content-type'], PROBLEM);
    }
    assert.equal((await t.app.inject(`/api/v1/applications/${receipt.reference}`)).statusCode, 401);
  });

  test('a retry with the same Idempotency-Key returns the first answer and creates nothing', async () => {
    const key = randomUUID();
    const first = await submit(fundsacheSubmission(), { 'idempotency-key': key });
    const before = await counts();
    const retries = await Promise.all([1, 2, 3].map(() => submit(fundsacheSubmission(), { 'idempotency-key': key })));
    for (const retry of retries) {
      assert.equal(retry.statusCode, 201);
      assert.deepEqual(retry.json(), first.json());
    }
    assert.deepEqual(await counts(), before);
  });

  test('concurrent first attempts with one key create exactly one application', async () => {
    const key = randomUUID();
    const before = await counts();
    const answers = await Promise.all([1, 2, 3, 4].map(() => submit(fundsacheSubmission(), { 'idempotency-key': key })));
    assert.equal(new Set(answers.map((answer) => answer.json().reference)).size, 1);
    assert.equal((await counts()).applications, before.applications + 1);
  });

  test('refuses a missing key, and a key reused for different data', async () => {
    const missing = await submit(fundsacheSubmission(), {});
    assert.equal(missing.statusCode, 400);
    assert.match(missing.json().detail, /Idempotency-Key/);
    const key = randomUUID();
    await submit(fundsacheSubmission(), { 'idempotency-key': key });
    const reused = await submit(fundsacheSubmission('syke', fundsacheData({ verbleib: { verbleib: 'finder' } })), {
      'idempotency-key': key,
    });
    assert.equal(reused.statusCode, 422);
    assert.equal(reused.json().type, 'urn:open-rathaus:problem:idempotency-key-reused');
  });

  test('answers schema violations with JSON pointers into the form data', async () => {
    const data = fundsacheData({ fund: { gegenstand: 'ufo', beschreibung: 'x', fundort: 'Syke', funddatum: '2026-13-45' } });
    delete (data as Record<string, unknown>).verbleib;
    const response = await submit(fundsacheSubmission('syke', data));
    assert.equal(response.statusCode, 422);
    assert.equal(response.headers['content-type'], PROBLEM);
    const pointers = response.json().errors.map((error: { pointer: string }) => error.pointer);
    assert.ok(pointers.includes('/verbleib'), pointers.join());
    assert.ok(pointers.includes('/fund/gegenstand'), pointers.join());
    assert.ok(pointers.includes('/fund/funddatum'), pointers.join());
    for (const error of response.json().errors) assert.ok(error.detail.length > 0 && error.code.length > 0);
  });

  test('refuses bad requests with a problem document each, storing nothing', async () => {
    const before = await counts();
    const cases: [
      string,
      () => Promise<{ statusCode: number; headers: Record<string, unknown>; json(): { type: string } }>,
      number,
      string,
    ][] = [
      [
        'invalid JSON',
        () =>
          t.app.inject({
            method: 'POST',
            url: '/api/v1/applications',
            payload: '{"municipality": ',
            headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          }),
        400,
        'invalid-json',
      ],
      [
        'body over the limit',
        () => submit(fundsacheSubmission('syke', fundsacheData({ fund: { beschreibung: 'x'.repeat(40_000) } }))),
        413,
        'too-large',
      ],
      [
        'wrong content type',
        () =>
          t.app.inject({
            method: 'POST',
            url: '/api/v1/applications',
            payload: 'municipality=syke',
            headers: { 'content-type': 'text/plain', 'idempotency-key': randomUUID() },
          }),
        415,
        'unsupported-media-type',
      ],
      ['unknown municipality', () => submit(fundsacheSubmission('atlantis')), 404, 'not-found'],
      ['unknown service', () => submit({ ...fundsacheSubmission(), service: '99000000000000' }), 404, 'not-found'],
      ['envelope without data', () => submit({ municipality: 'syke', service: WELL_KNOWN.fundsacheMelden }), 400, 'bad-request'],
    ];
    for (const [name, send, status, type] of cases) {
      const response = await send();
      assert.equal(response.statusCode, status, name);
      assert.equal(response.headers['content-type'], PROBLEM, name);
      assert.equal(response.json().type, `urn:open-rathaus:problem:${type}`, name);
    }
    assert.deepEqual(await counts(), before);
  });

  test('refuses a service that the town does not offer online', async () => {
    const list = (await t.app.inject('/api/v1/municipalities/stuhr/services')).json<ServiceList>().services;
    const inPerson = list.find((service) => service.mode === 'vor-ort' && service.responsible.slug === 'stuhr')!;
    const response = await submit({ municipality: 'stuhr', service: inPerson.key, data: {} });
    assert.equal(response.statusCode, 409);
    assert.equal(response.json().type, 'urn:open-rathaus:problem:not-offered-online');
    const countyNotLive = await submit({ municipality: 'stuhr', service: WELL_KNOWN.kfzZulassung, data: {} });
    assert.equal(countyNotLive.statusCode, 409);
    assert.equal(countyNotLive.json().onlineFrom, '2027-03-01');
  });

  test('stores attachments checked by their content', async () => {
    const envelope = fundsacheSubmission();
    const answer = await submitWithFiles(envelope, [{ pointer: '/fund/foto', name: 'börse.png', type: 'image/png', content: samplePng }]);
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const [stored] = await t.db.query<{ file_name: string; content_type: string; size: number }>(
      'SELECT file_name, content_type, size FROM attachments a JOIN applications p ON p.id = a.application_id WHERE p.reference = $1',
      [answer.body.reference],
    );
    assert.deepEqual(stored, { file_name: 'börse.png', content_type: 'image/png', size: samplePng.length });
  });

  test('refuses attachments that lie about their type, are too large, have a path in their name or sit in no file field', async () => {
    const before = await counts();
    const cases = [
      {
        name: 'lies about its type',
        file: { pointer: '/fund/foto', name: 'foto.png', type: 'image/png', content: samplePdf },
        status: 415,
        code: 'file-type',
      },
      {
        name: 'is not an accepted type',
        file: { pointer: '/fund/foto', name: 'foto.png', type: 'image/png', content: Buffer.from('GIF89a……') },
        status: 415,
        code: 'file-type',
      },
      {
        name: 'has a path in its name',
        file: { pointer: '/fund/foto', name: '../../etc/foto.png', type: 'image/png', content: samplePng },
        status: 400,
        code: 'file-name',
      },
      {
        name: 'belongs to no file field',
        file: { pointer: '/fund/fundort', name: 'foto.png', type: 'image/png', content: samplePng },
        status: 422,
        code: 'file-field',
      },
    ];
    for (const { name, file, status, code } of cases) {
      const answer = await submitWithFiles(fundsacheSubmission(), [file]);
      assert.equal(answer.status, status, name);
      assert.equal(answer.type, PROBLEM, name);
      assert.ok(
        answer.body.errors.some((error: { pointer: string; code: string }) => error.pointer === file.pointer && error.code === code),
        `${name}: ${JSON.stringify(answer.body)}`,
      );
    }
    const tooLarge = await submitWithFiles(fundsacheSubmission(), [
      { pointer: '/fund/foto', name: 'gross.png', type: 'image/png', content: Buffer.concat([samplePng, Buffer.alloc(70 * 1024)]) },
    ]);
    assert.equal(tooLarge.status, 413);
    assert.deepEqual(await counts(), before);
  });
});

describe('rate limit for anonymous submissions', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ anonymousSubmissionsPerMinute: 3 });
  });
  after(() => t.close());

  test('answers 429 with Retry-After once an address sent too many anonymous applications', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        payload: fundsacheSubmission(),
        headers: { 'idempotency-key': randomUUID() },
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        assert.equal(response.headers['content-type'], PROBLEM);
        assert.ok(response.headers['retry-after']);
      }
    }
    assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
  });
});
