import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Value } from 'typebox/value';
import type { ApplicationView, TimelineEntry } from '../../contract/applications.ts';
import { WEBHOOKS } from '../../contract/handoff.ts';
import { fundsacheSubmission } from './support/fundsache.ts';
import { samplePdf, samplePng } from './support/sample-files.ts';
import { staffToken, startTestApp, type TestApp } from './support/test-app.ts';
import { startTestIssuer, trustedIssuerConfig, type TestIssuer } from './support/test-issuer.ts';
import { parseWebhook, startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts';

const problemType = (name: string) => `urn:open-rathaus:problem:${name}`;

describe("answering the office's Rückfrage", () => {
  let t: TestApp;
  let base: string;
  let syke: string;
  let issuer: TestIssuer;
  let receiver: WebhookReceiver;

  before(async () => {
    issuer = await startTestIssuer();
    receiver = await startWebhookReceiver('/fachverfahren/syke');
    t = await startTestApp({
      trustedIssuers: [trustedIssuerConfig(issuer)],
      webhooks: { syke: { url: receiver.url, secret: `whsec_${randomBytes(32).toString('base64')}` } },
      outboxPollMs: 100,
      maxAttachmentBytes: 64 * 1024,
    });
    base = await t.listen();
    syke = await staffToken(t.app, 'syke-fachverfahren', 'syke-secret-0123456789');
  });
  after(async () => {
    await t.close();
    await receiver.close();
    await issuer.close();
  });

  async function submit(token?: string): Promise<{ reference: string; accessCode?: string }> {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: fundsacheSubmission('syke'),
      headers: { 'idempotency-key': randomUUID(), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json();
  }

  async function ask(reference: string, status = 'rueckfrage', message = 'Bitte senden Sie ein Foto der Geldbörse.') {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/staff/applications/${reference}/status`,
      payload: { status, message },
      headers: { authorization: `Bearer ${syke}` },
    });
    assert.equal(response.statusCode, 201, response.body);
  }

  /** Sends an answer over real HTTP: JSON without files, multipart with them. */
  function answer(
    reference: string,
    credentials: { accessCode?: string; token?: string },
    text: string,
    files: { name: string; type: string; content: Buffer }[] = [],
    key = randomUUID(),
  ): Promise<Response> {
    const headers: Record<string, string> = { 'idempotency-key': key };
    if (credentials.accessCode) headers['rathaus-access-code'] = credentials.accessCode;
    if (credentials.token) headers.authorization = `Bearer ${credentials.token}`;
    let body: BodyInit;
    if (files.length === 0) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify({ text });
    } else {
      const form = new FormData();
      form.append('answer', JSON.stringify({ text }));
      for (const file of files) form.append('file', new Blob([new Uint8Array(file.content)], { type: file.type }), file.name);
      body = form;
    }
    return fetch(`${base}/api/v1/applications/${reference}/answers`, { method: 'POST', headers, body });
  }

  async function view(reference: string, accessCode: string): Promise<ApplicationView> {
    const response = await t.app.inject({ url: `/api/v1/applications/${reference}`, headers: { 'rathaus-access-code': accessCode } });
    return response.json();
  }

  async function counts(reference: string) {
    const [row] = await t.db.query<{ events: number; files: number; messages: number }>(
      `SELECT (SELECT count(*)::int FROM status_events e JOIN applications a ON a.id = e.application_id WHERE a.reference = $1) AS events,
              (SELECT count(*)::int FROM attachments f JOIN applications a ON a.id = f.application_id WHERE a.reference = $1) AS files,
              (SELECT count(*)::int FROM outbox WHERE payload->>'reference' = $1 AND event_type = 'application.message-received') AS messages`,
      [reference],
    );
    return row;
  }

  test('an anonymous citizen answers with the access code and a file; the timeline shows "Ihre Antwort", the status stays', async () => {
    const { reference, accessCode } = await submit();
    await ask(reference);
    const response = await answer(reference, { accessCode }, '  Das Foto ist angehängt.\r\nViele Grüße  ', [
      { name: 'geldboerse.png', type: 'image/png', content: samplePng },
    ]);
    assert.equal(response.status, 201, await response.clone().text());
    const entry = (await response.json()) as TimelineEntry;
    assert.equal(entry.status, 'rueckfrage');
    assert.equal(entry.answer?.text, 'Das Foto ist angehängt.\nViele Grüße');
    assert.deepEqual(
      entry.answer?.attachments.map((file) => [file.name, file.type, file.size]),
      [['geldboerse.png', 'image/png', samplePng.length]],
    );

    const shown = await view(reference, accessCode!);
    assert.equal(shown.status, 'rueckfrage', 'only the office moves the case on');
    assert.deepEqual(shown.timeline.at(-1), entry);
    assert.deepEqual(shown.attachments, [], "an answer's files are not files of the application form");

    // The clerk sees the answer and can download its file.
    const staffView = await t.app.inject({ url: `/api/v1/staff/applications/${reference}`, headers: { authorization: `Bearer ${syke}` } });
    const clerkEntry = (staffView.json() as ApplicationView).timeline.at(-1)!;
    assert.equal(clerkEntry.answer?.text, 'Das Foto ist angehängt.\nViele Grüße');
    const download = await t.app.inject({
      url: `/api/v1/staff/applications/${reference}/attachments/${clerkEntry.answer!.attachments[0].id}`,
      headers: { authorization: `Bearer ${syke}` },
    });
    assert.equal(download.statusCode, 200);
    assert.deepEqual(download.rawPayload, samplePng);

    // The specialist procedure gets application.message-received, valid against the published schema.
    const [delivered] = await receiver.waitFor(
      1,
      10_000,
      (m) => m.type === 'application.message-received' && m.data.reference === reference,
    );
    const message = parseWebhook(delivered);
    assert.ok(
      Value.Check(WEBHOOKS['application.message-received'], message),
      JSON.stringify([...Value.Errors(WEBHOOKS['application.message-received'], message)]),
    );
    assert.equal((message.data as { text?: string }).text, 'Das Foto ist angehängt.\nViele Grüße');
    assert.equal(message.data.entryId, entry.id);
    const [file] = message.data.attachments as { filename: string; href: string; size: number }[];
    assert.equal(file.filename, 'geldboerse.png');
    assert.equal(file.href, `/api/v1/staff/applications/${reference}/attachments/${entry.answer!.attachments[0].id}`);

    // The office moves on; a second answer is then refused.
    await ask(reference, 'in-bearbeitung', 'Danke, wir bearbeiten Ihren Antrag.');
    const late = await answer(reference, { accessCode }, 'Noch etwas');
    assert.equal(late.status, 409);
    assert.equal(((await late.json()) as { type: string }).type, problemType('not-awaiting-answer'));
  });

  test('a signed-in citizen answers their own application with their token', async () => {
    const token = await issuer.token({ sub: `answer-${randomUUID()}`, acr: 'urn:test:niedrig' });
    const { reference } = await submit(token);
    await ask(reference);
    const response = await answer(reference, { token }, 'Die Börse ist braun, siehe PDF.', [
      { name: 'beschreibung.pdf', type: 'application/pdf', content: samplePdf },
    ]);
    assert.equal(response.status, 201, await response.clone().text());
    const mine = await t.app.inject({ url: '/api/v1/me/applications', headers: { authorization: `Bearer ${token}` } });
    const entry = (mine.json() as ApplicationView[])[0].timeline.at(-1)!;
    assert.equal(entry.answer?.text, 'Die Börse ist braun, siehe PDF.');
    assert.equal(entry.answer?.attachments[0].name, 'beschreibung.pdf');
  });

  test("someone else's application answers 404 as if it did not exist, and nothing is stored", async () => {
    const { reference } = await submit();
    await ask(reference);
    const other = await submit();
    const stranger = await issuer.token({ sub: `stranger-${randomUUID()}`, acr: 'urn:test:niedrig' });
    const before = await counts(reference);
    for (const credentials of [{ accessCode: other.accessCode }, { token: stranger }]) {
      const response = await answer(reference, credentials, 'Hallo');
      assert.equal(response.status, 404);
      assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    }
    const none = await answer(reference, {}, 'Hallo');
    assert.equal(none.status, 401);
    assert.deepEqual(await counts(reference), before);
  });

  test('refuses an answer to an application the office asked nothing about', async () => {
    const { reference, accessCode } = await submit();
    const response = await answer(reference, { accessCode }, 'Hallo');
    assert.equal(response.status, 409);
    const problem = (await response.json()) as { type: string; detail: string };
    assert.equal(problem.type, problemType('not-awaiting-answer'));
    assert.match(problem.detail, /Rückfrage/);
  });

  test('an empty answer, a too-large file and a file of the wrong type are each refused at their place; nothing half-stored', async () => {
    const { reference, accessCode } = await submit();
    await ask(reference);
    const before = await counts(reference);

    const empty = await answer(reference, { accessCode }, '   \n ');
    assert.equal(empty.status, 422);
    const emptyProblem = (await empty.json()) as { errors: { pointer: string; code: string; detail: string }[] };
    assert.deepEqual(emptyProblem.errors, [{ pointer: '/text', code: 'required', detail: 'Bitte schreiben Sie Ihre Antwort.' }]);

    const big = Buffer.concat([samplePdf, Buffer.alloc(70 * 1024, 0x20)]);
    const tooLarge = await answer(reference, { accessCode }, 'Anbei', [
      { name: 'ok.png', type: 'image/png', content: samplePng },
      { name: 'gross.pdf', type: 'application/pdf', content: big },
    ]);
    assert.equal(tooLarge.status, 413);
    const largeProblem = (await tooLarge.json()) as { errors: { pointer: string; code: string }[] };
    assert.deepEqual(
      largeProblem.errors.map(({ pointer, code }) => [pointer, code]),
      [['/files/1', 'file-size']],
    );

    const wrongType = await answer(reference, { accessCode }, 'Anbei', [
      { name: 'ok.png', type: 'image/png', content: samplePng },
      { name: 'text.pdf', type: 'application/pdf', content: Buffer.from('kein PDF') },
    ]);
    assert.equal(wrongType.status, 415);
    assert.equal(((await wrongType.json()) as { errors: { pointer: string }[] }).errors[0].pointer, '/files/1');

    assert.deepEqual(await counts(reference), before, 'no timeline entry, file or message from refused answers');
  });

  test('a retry with the same Idempotency-Key stores the answer once and returns the first entry', async () => {
    const { reference, accessCode } = await submit();
    await ask(reference);
    const key = randomUUID();
    const files = [{ name: 'foto.jpg', type: 'image/png', content: samplePng }];
    const first = await answer(reference, { accessCode }, 'Einmal', files, key);
    const second = await answer(reference, { accessCode }, 'Einmal', files, key);
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.deepEqual(await second.json(), await first.json());
    const reused = await answer(reference, { accessCode }, 'Etwas anderes', [], key);
    assert.equal(reused.status, 422);
    const { messages, events } = await counts(reference);
    assert.equal(messages, 1);
    assert.equal(events, 3, 'eingegangen, rueckfrage, one answer');
  });

  test('the OpenAPI document describes the route and the webhook', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    assert.ok(doc.paths['/api/v1/applications/{reference}/answers'].post);
    assert.equal(doc.paths['/api/v1/applications/{reference}/answers'].post.operationId, 'answerApplication');
    assert.ok(doc.webhooks['application.message-received'].post.requestBody);
  });
});
