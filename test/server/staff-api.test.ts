import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { ApplicationView, TimelineEntry } from '../../contract/applications.ts';
import { fundsacheSubmission, submitFundsache } from './support/fundsache.ts';
import { samplePng } from './support/sample-files.ts';
import { staffToken, startTestApp, type TestApp } from './support/test-app.ts';

const PROBLEM = 'application/problem+json; charset=utf-8';
const problemType = (name: string) => `urn:open-rathaus:problem:${name}`;

const SYKE = { id: 'syke-fachverfahren', secret: 'syke-secret-0123456789' };
const STUHR = { id: 'stuhr-fachverfahren', secret: 'stuhr-secret-0123456789' };

describe('staff API', () => {
  let t: TestApp;
  let base: string;
  let syke: string;
  let stuhr: string;
  before(async () => {
    t = await startTestApp();
    base = await t.listen();
    syke = await staffToken(t.app, SYKE.id, SYKE.secret);
    stuhr = await staffToken(t.app, STUHR.id, STUHR.secret);
  });
  after(() => t.close());

  const tokenRequest = (form: Record<string, string>, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/oauth/token',
      payload: new URLSearchParams(form).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });

  const staffGet = (url: string, token?: string) =>
    t.app.inject({ url: `/api/v1${url}`, headers: token ? { authorization: `Bearer ${token}` } : {} });

  const changeStatus = (reference: string, body: object, token = syke) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/staff/applications/${reference}/status`,
      payload: body,
      headers: { authorization: `Bearer ${token}` },
    });

  function assertProblem(
    response: { statusCode: number; headers: Record<string, unknown>; json(): { type: string } },
    status: number,
    type: string,
    what = type,
  ) {
    assert.equal(response.statusCode, status, what);
    assert.equal(response.headers['content-type'], PROBLEM, what);
    assert.equal(response.json().type, problemType(type), what);
  }

  test('issues a client credentials token for credentials in the form body', async () => {
    const response = await tokenRequest({ grant_type: 'client_credentials', client_id: SYKE.id, client_secret: SYKE.secret });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['cache-control'], 'no-store');
    const body = response.json();
    assert.equal(body.token_type, 'Bearer');
    assert.equal(body.expires_in, 900);
    assert.equal((await staffGet('/staff/applications', body.access_token)).statusCode, 200);
  });

  test('issues a client credentials token for credentials sent with HTTP Basic', async () => {
    const basic = Buffer.from(`${encodeURIComponent(STUHR.id)}:${encodeURIComponent(STUHR.secret)}`).toString('base64');
    const response = await tokenRequest({ grant_type: 'client_credentials' }, { authorization: `Basic ${basic}` });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.json().token_type, 'Bearer');
    const listing = await staffGet('/staff/applications', response.json().access_token);
    assert.equal(listing.statusCode, 200);
  });

  test('refuses a wrong client secret, in the body or with HTTP Basic', async () => {
    assertProblem(
      await tokenRequest({ grant_type: 'client_credentials', client_id: SYKE.id, client_secret: 'wrong-secret-0123456789' }),
      401,
      'invalid-client',
      'body',
    );
    assertProblem(
      await tokenRequest({ grant_type: 'client_credentials', client_id: 'nobody', client_secret: SYKE.secret }),
      401,
      'invalid-client',
      'unknown client',
    );
    const basic = Buffer.from(`${SYKE.id}:${STUHR.secret}`).toString('base64');
    assertProblem(
      await tokenRequest({ grant_type: 'client_credentials' }, { authorization: `Basic ${basic}` }),
      401,
      'invalid-client',
      'basic',
    );
    // Basic credentials are percent-encoded (RFC 6749 §2.3.1); a broken encoding is the client's error, not a 500.
    const broken = Buffer.from(`${SYKE.id}:%E0%A4%A`).toString('base64');
    assertProblem(
      await tokenRequest({ grant_type: 'client_credentials' }, { authorization: `Basic ${broken}` }),
      401,
      'invalid-client',
      'broken encoding',
    );
    // Without the colon between ID and secret, Basic authenticates nobody, whatever the body says.
    const noColon = Buffer.from(SYKE.id).toString('base64');
    assertProblem(
      await tokenRequest(
        { grant_type: 'client_credentials', client_id: SYKE.id, client_secret: SYKE.secret },
        { authorization: `Basic ${noColon}` },
      ),
      401,
      'invalid-client',
      'basic without colon',
    );
  });

  test('refuses any grant but client_credentials', async () => {
    const response = await tokenRequest({
      grant_type: 'password',
      username: SYKE.id,
      password: SYKE.secret,
      client_id: SYKE.id,
      client_secret: SYKE.secret,
    });
    assert.equal(response.statusCode, 400);
    assert.equal(response.headers['content-type'], PROBLEM);
    assert.equal(response.json().type, problemType('unsupported-grant-type'));
  });

  test("a municipality lists only its own applications and cannot open another's", async () => {
    const own = await submitFundsache(t.app, 'syke');
    const foreign = await submitFundsache(t.app, 'stuhr');

    const listing = await staffGet('/staff/applications', syke);
    assert.equal(listing.statusCode, 200);
    assert.equal(listing.headers['cache-control'], 'no-store');
    const references = listing.json<ApplicationView[]>().map((application) => application.reference);
    assert.ok(references.includes(own.reference), references.join());
    assert.ok(!references.includes(foreign.reference), references.join());
    assert.ok(listing.json<ApplicationView[]>().every((application) => application.municipality.slug === 'syke'));

    const stuhrListing = (await staffGet('/staff/applications', stuhr))
      .json<ApplicationView[]>()
      .map((application) => application.reference);
    assert.ok(stuhrListing.includes(foreign.reference));
    assert.ok(!stuhrListing.includes(own.reference));

    const mine = await staffGet(`/staff/applications/${own.reference}`, syke);
    assert.equal(mine.statusCode, 200);
    assert.equal(mine.json().data.finder.person.familienname, 'Zwetschgenbaum');

    const theirs = await staffGet(`/staff/applications/${foreign.reference}`, syke);
    assertProblem(theirs, 404, 'not-found');
    assert.doesNotMatch(theirs.body, /Zwetschgenbaum/);
  });

  test('the staff API needs a staff token', async () => {
    const { reference } = await submitFundsache(t.app, 'syke');
    assertProblem(await staffGet('/staff/applications'), 401, 'unauthorized', 'no token');
    assertProblem(await staffGet(`/staff/applications/${reference}`), 401, 'unauthorized', 'no token, one application');
    assertProblem(await staffGet('/staff/applications', 'not-a-token'), 401, 'unauthorized', 'garbage token');
    const [header, payload] = syke.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, municipality: 'stuhr' })).toString('base64url')}.${syke.split('.')[2]}`;
    assertProblem(await staffGet('/staff/applications', forged), 401, 'unauthorized', 'token with a changed municipality');
  });

  test('returns the exact bytes and type of an attachment, only to its own municipality with a token', async () => {
    const form = new FormData();
    form.append('application', JSON.stringify(fundsacheSubmission('syke')));
    form.append('/fund/foto', new Blob([new Uint8Array(samplePng)], { type: 'image/png' }), 'börse foto.png');
    const submitted = await fetch(`${base}/api/v1/applications`, {
      method: 'POST',
      body: form,
      headers: { 'idempotency-key': randomUUID() },
    });
    const receipt = await submitted.json();
    assert.equal(submitted.status, 201, JSON.stringify(receipt));

    const view = (await staffGet(`/staff/applications/${receipt.reference}`, syke)).json<ApplicationView>();
    assert.equal(view.attachments.length, 1);
    const [attachment] = view.attachments;
    assert.deepEqual(
      { pointer: attachment.pointer, name: attachment.name, type: attachment.type, size: attachment.size },
      {
        pointer: '/fund/foto',
        name: 'börse foto.png',
        type: 'image/png',
        size: samplePng.length,
      },
    );
    assert.deepEqual(view.data.fund, {
      ...(view.data.fund as object),
      foto: { id: attachment.id, name: 'börse foto.png', type: 'image/png', size: samplePng.length },
    });

    const url = `/staff/applications/${receipt.reference}/attachments/${attachment.id}`;
    const file = await staffGet(url, syke);
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'image/png');
    assert.match(String(file.headers['content-disposition']), /^attachment;/);
    assert.match(String(file.headers['content-disposition']), /filename\*=UTF-8''b%C3%B6rse%20foto\.png/);
    assert.equal(file.headers['x-content-type-options'], 'nosniff');
    assert.ok(file.rawPayload.equals(samplePng), 'the same bytes as uploaded');

    assertProblem(await staffGet(url), 401, 'unauthorized', 'without a token');
    assertProblem(await staffGet(url, stuhr), 404, 'not-found', "another municipality's client");
    assertProblem(
      await staffGet(`/staff/applications/${receipt.reference}/attachments/${randomUUID()}`, syke),
      404,
      'not-found',
      'unknown attachment',
    );
  });

  test('moves an application through its statuses, which the citizen sees in order on the timeline', async () => {
    const { reference, accessCode } = await submitFundsache(t.app, 'syke');

    const working = await changeStatus(reference, { status: 'in-bearbeitung' });
    assert.equal(working.statusCode, 201, working.body);
    const entry = working.json<TimelineEntry>();
    assert.equal(entry.status, 'in-bearbeitung');
    assert.ok(Number.isInteger(entry.id));
    assert.ok(!Number.isNaN(Date.parse(entry.at)));
    assert.equal('message' in entry, false);

    const noMessage = await changeStatus(reference, { status: 'rueckfrage' });
    assertProblem(noMessage, 400, 'bad-request');
    assert.ok(
      noMessage.json().errors.some((error: { pointer: string }) => error.pointer === '/message'),
      noMessage.body,
    );

    const question = 'Bitte beschreiben Sie den Inhalt der Geldbörse.';
    const asked = await changeStatus(reference, { status: 'rueckfrage', message: question });
    assert.equal(asked.statusCode, 201, asked.body);
    assert.equal(asked.json().message, question);
    assert.ok(asked.json().id > entry.id);

    const citizen = await t.app.inject({ url: `/api/v1/applications/${reference}`, headers: { 'rathaus-access-code': accessCode } });
    assert.equal(citizen.statusCode, 200);
    const view = citizen.json<ApplicationView>();
    assert.equal(view.status, 'rueckfrage');
    assert.deepEqual(
      view.timeline.map(({ status, message }) => ({ status, message })),
      [
        { status: 'eingegangen', message: undefined },
        { status: 'in-bearbeitung', message: undefined },
        { status: 'rueckfrage', message: question },
      ],
    );
    assert.deepEqual(view.timeline[1], entry);

    const done = await changeStatus(reference, { status: 'abgeschlossen' });
    assert.equal(done.statusCode, 201, done.body);
    for (const status of ['in-bearbeitung', 'rueckfrage', 'abgeschlossen', 'abgelehnt']) {
      const after = await changeStatus(reference, { status, message: 'Noch etwas?' });
      assertProblem(after, 409, 'invalid-status-change', status);
    }
    const final = (
      await t.app.inject({ url: `/api/v1/applications/${reference}`, headers: { 'rathaus-access-code': accessCode } })
    ).json<ApplicationView>();
    assert.equal(final.status, 'abgeschlossen');
    assert.equal(final.timeline.length, 4);
  });

  test("refuses status changes by another municipality's client and unknown statuses", async () => {
    const { reference, accessCode } = await submitFundsache(t.app, 'syke');
    assertProblem(await changeStatus(reference, { status: 'in-bearbeitung' }, stuhr), 404, 'not-found', "Stuhr on Syke's application");
    assertProblem(await changeStatus(reference, { status: 'erledigt' }), 400, 'bad-request', 'unknown status');
    assertProblem(await changeStatus(reference, { status: 'eingegangen' }), 400, 'bad-request', 'back to eingegangen');
    assertProblem(await changeStatus('SYK-2026-999999', { status: 'in-bearbeitung' }), 404, 'not-found', 'unknown reference');
    const unauthenticated = await t.app.inject({
      method: 'POST',
      url: `/api/v1/staff/applications/${reference}/status`,
      payload: { status: 'in-bearbeitung' },
    });
    assertProblem(unauthenticated, 401, 'unauthorized', 'without a token');
    const view = (
      await t.app.inject({ url: `/api/v1/applications/${reference}`, headers: { 'rathaus-access-code': accessCode } })
    ).json<ApplicationView>();
    assert.deepEqual(
      view.timeline.map((entry) => entry.status),
      ['eingegangen'],
    );
  });

  test('the submission and every status change leave an outbox message, in order', async () => {
    const { reference } = await submitFundsache(t.app, 'syke');
    const outbox = () =>
      t.db.query<{ municipality: string; event_type: string; payload: { reference: string; entry?: TimelineEntry } }>(
        "SELECT municipality, event_type, payload FROM outbox WHERE payload->>'reference' = $1 ORDER BY id",
        [reference],
      );
    assert.deepEqual(
      (await outbox()).map((row) => row.event_type),
      ['application.submitted'],
    );

    const entries: TimelineEntry[] = [];
    for (const change of [{ status: 'in-bearbeitung' }, { status: 'rueckfrage', message: 'Wo genau?' }, { status: 'abgelehnt' }]) {
      const response = await changeStatus(reference, change);
      assert.equal(response.statusCode, 201, response.body);
      entries.push(response.json());
    }
    assertProblem(await changeStatus(reference, { status: 'abgeschlossen' }), 409, 'invalid-status-change');
    await changeStatus(reference, { status: 'rueckfrage' }); // refused (400): leaves nothing behind

    const rows = await outbox();
    assert.deepEqual(
      rows.map((row) => row.event_type),
      ['application.submitted', 'application.status-changed', 'application.status-changed', 'application.status-changed'],
    );
    assert.ok(rows.every((row) => row.municipality === 'syke'));
    assert.deepEqual(
      rows.slice(1).map((row) => row.payload.entry),
      entries,
    );

    const all = await t.db.query<{ event_type: string }>('SELECT event_type FROM outbox ORDER BY id');
    assert.equal(all[0].event_type, 'application.submitted');
    assert.ok(all.every((row) => ['application.submitted', 'application.status-changed'].includes(row.event_type)));
  });
});
