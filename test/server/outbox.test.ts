import assert from 'node:assert/strict';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Value } from 'typebox/value';
import { ApplicationSubmittedPlain } from '../../contract/handoff.ts';
import { setTimeout as sleep } from 'node:timers/promises';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import type { Logger } from '../../server/http/logger.ts';
import { backoffSeconds, OutboxRunner } from '../../server/outbox/outbox-runner.ts';
import { webhookChannel } from '../../server/outbox/webhook-channel.ts';
import { fundsacheData, fundsacheSubmission } from './support/fundsache.ts';
import { samplePng } from './support/sample-files.ts';
import { staffToken, startTestApp, type TestApp } from './support/test-app.ts';
import { parseWebhook, startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts';

const silent = { info() {}, warn() {}, error() {} } as unknown as Logger;

function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** Polls `probe` until it returns a value (not undefined) or the time is up. */
async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(25);
  }
}

interface OutboxState {
  id: number;
  attempts: number;
  last_error: string | null;
  delivered_at: Date | null;
}

describe('transactional outbox and webhooks', () => {
  let t: TestApp;
  let base: string;
  let receiver: WebhookReceiver;
  const secret = newSecret();

  before(async () => {
    receiver = await startWebhookReceiver('/fachverfahren/syke');
    t = await startTestApp({ webhooks: { syke: { url: receiver.url, secret } }, outboxPollMs: 100, anonymousSubmissionsPerMinute: 1000 });
    base = await t.listen();
  });
  after(async () => {
    await t?.close();
    await receiver?.close();
  });

  async function submit(municipality = 'syke', data = fundsacheData()): Promise<{ reference: string; accessCode: string }> {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: fundsacheSubmission(municipality, data),
      headers: { 'idempotency-key': randomUUID() },
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json();
  }

  const submittedFor = (reference: string) => (message: ReturnType<typeof parseWebhook>) =>
    message.type === 'application.submitted' && message.data.reference === reference;

  const outboxRow = async (reference: string, type = 'application.submitted') =>
    (
      await t.db.query<OutboxState>(
        "SELECT id, attempts, last_error, delivered_at FROM outbox WHERE event_type = $1 AND payload->>'reference' = $2",
        [type, reference],
      )
    )[0];

  test('a new application reaches the specialist procedure, signed as Standard Webhooks specifies', async () => {
    const form = new FormData();
    form.append('application', JSON.stringify(fundsacheSubmission()));
    form.append('/fund/foto', new Blob([new Uint8Array(samplePng)], { type: 'image/png' }), 'börse.png');
    const response = await fetch(`${base}/api/v1/applications`, {
      method: 'POST',
      body: form,
      headers: { 'idempotency-key': randomUUID() },
    });
    assert.equal(response.status, 201);
    const { reference } = (await response.json()) as { reference: string };

    const [request] = await receiver.waitFor(1, 5000, submittedFor(reference));
    const message = parseWebhook(request);
    assert.equal(request.headers['content-type'], 'application/json');
    assert.equal(message.type, 'application.submitted');
    assert.equal(message.municipality, 'syke');
    assert.equal(message.id, request.headers['webhook-id']);
    assert.ok(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000) < 60, request.headers['webhook-timestamp']);

    const data = message.data as ApplicationSubmittedPlain & {
      data: {
        finder: { person: { familienname: string } };
        fund: { beschreibung: string; foto: { id: string; name: string; type: string; size: number } };
      };
    };
    assert.ok(Value.Check(ApplicationSubmittedPlain, data), JSON.stringify([...Value.Errors(ApplicationSubmittedPlain, data)]));
    assert.equal(data.reference, reference);
    assert.equal(data.metadata.publicServiceType.identifier, `urn:de:fim:leika:leistung:${fundsacheSubmission().service}`);
    assert.equal(data.data.finder.person.familienname, 'Zwetschgenbaum');
    assert.equal(data.data.fund.beschreibung, fundsacheData().fund.beschreibung);
    assert.deepEqual(data.attachments, [
      { attachmentId: data.data.fund.foto.id, href: `/api/v1/staff/applications/${reference}/attachments/${data.data.fund.foto.id}` },
    ]);
    assert.deepEqual(data.metadata.contentStructure.attachments, [
      {
        attachmentId: data.data.fund.foto.id,
        purpose: 'attachment',
        filename: 'börse.png',
        mimeType: 'image/png',
        description: 'Foto der Fundsache',
        pointer: '/fund/foto',
        size: samplePng.length,
        hash: { type: 'sha512', content: createHash('sha512').update(samplePng).digest('hex') },
      },
    ]);
    assert.deepEqual(data.data.fund.foto, { id: data.data.fund.foto.id, name: 'börse.png', type: 'image/png', size: samplePng.length });

    // An independent implementation of the specification accepts the signature …
    assert.deepEqual(new Webhook(secret).verify(request.body, request.headers), message);
    // … and refuses the same body with one byte changed, or the right body checked with another secret.
    const at = request.body.indexOf('Zwetschgenbaum');
    assert.ok(at > 0);
    const altered = `${request.body.slice(0, at)}X${request.body.slice(at + 1)}`;
    assert.equal(Buffer.byteLength(altered), Buffer.byteLength(request.body));
    assert.throws(() => new Webhook(secret).verify(altered, request.headers), WebhookVerificationError);
    assert.throws(() => new Webhook(newSecret()).verify(request.body, request.headers), WebhookVerificationError);

    const row = await eventually('delivered_at', async () => {
      const state = await outboxRow(reference);
      return state?.delivered_at ? state : undefined;
    });
    assert.equal(row.attempts, 1);
    assert.equal(row.last_error, null);
  });

  test('a status change arrives as application.status-changed', async () => {
    const { reference } = await submit();
    await receiver.waitFor(1, 5000, submittedFor(reference));
    const token = await staffToken(t.app, 'syke-fachverfahren', 'syke-secret-0123456789');
    const change = await t.app.inject({
      method: 'POST',
      url: `/api/v1/staff/applications/${reference}/status`,
      headers: { authorization: `Bearer ${token}` },
      payload: { status: 'rueckfrage', message: 'Bitte beschreiben Sie den Druckknopf genauer.' },
    });
    assert.equal(change.statusCode, 201, change.body);
    const entry = change.json();

    const [request] = await receiver.waitFor(1, 5000, (m) => m.type === 'application.status-changed' && m.data.reference === reference);
    const message = parseWebhook(request);
    assert.equal(message.municipality, 'syke');
    assert.deepEqual(message.data, { reference, entry });
    assert.equal(entry.status, 'rueckfrage');
    new Webhook(secret).verify(request.body, request.headers);
  });

  test('an endpoint that is down gets every message once it is back, and nothing is lost', async () => {
    // 1. The endpoint answers 503.
    receiver.down = true;
    const first = await submit();
    const refused = await eventually('a failed attempt', async () => {
      const state = await outboxRow(first.reference);
      return state && state.attempts > 0 ? state : undefined;
    });
    assert.equal(refused.last_error, 'HTTP 503');
    assert.equal(refused.delivered_at, null);
    assert.ok(receiver.received.some((r) => r.answeredWith === 503 && submittedFor(first.reference)(parseWebhook(r))));

    // 2. The endpoint is gone altogether: connection refused.
    await receiver.stop();
    const second = await submit();
    // The worker backs off (2 s, 4 s …) after a failure; make both messages due now instead of waiting for it.
    await t.db.query('UPDATE outbox SET next_attempt_at = now() WHERE delivered_at IS NULL');
    for (const reference of [first.reference, second.reference]) {
      const state = await eventually(`a refused connection for ${reference}`, async () => {
        const row = await outboxRow(reference);
        return row && row.last_error !== null && row.last_error !== 'HTTP 503' ? row : undefined;
      });
      assert.ok(state.attempts > 0);
      assert.equal(state.delivered_at, null);
    }
    assert.ok((await outboxRow(first.reference))!.attempts >= 2);

    // 3. Back up: once due again (forced, as above, to skip the back-off), both messages are delivered.
    receiver.down = false;
    await receiver.restart();
    await t.db.query('UPDATE outbox SET next_attempt_at = now() WHERE delivered_at IS NULL');
    for (const { reference } of [first, second]) {
      const [request] = await receiver.waitFor(1, 5000, submittedFor(reference));
      new Webhook(secret).verify(request.body, request.headers);
      const state = await eventually(`delivered_at for ${reference}`, async () => {
        const row = await outboxRow(reference);
        return row?.delivered_at ? row : undefined;
      });
      assert.ok(state.attempts >= 2, `${reference}: ${state.attempts} attempts`);
    }

    // Nothing lost, nothing doubled: every application of Syke was taken exactly once as application.submitted.
    const references = (await t.db.query<{ reference: string }>("SELECT reference FROM applications WHERE municipality = 'syke'")).map(
      (row) => row.reference,
    );
    assert.ok(references.length >= 4);
    const taken = receiver.delivered.map(parseWebhook).filter((m) => m.type === 'application.submitted');
    for (const reference of references) {
      assert.equal(taken.filter((m) => m.data.reference === reference).length, 1, reference);
    }
    assert.equal(taken.length, references.length);
    const [pending] = await t.db.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM outbox WHERE municipality = 'syke' AND delivered_at IS NULL",
    );
    assert.equal(pending.count, 0);
  });

  test('two workers on one database deliver each of 30 messages exactly once', async () => {
    // Stuhr has no webhook in the app's own worker, so only the two workers below send its messages.
    const stuhr = await startWebhookReceiver('/fachverfahren/stuhr');
    try {
      stuhr.delayMs = 5;
      const references = new Set<string>();
      for (let i = 0; i < 30; i++) references.add((await submit('stuhr')).reference);
      const [pending] = await t.db.query<{ count: number }>(
        "SELECT count(*)::int AS count FROM outbox WHERE municipality = 'stuhr' AND delivered_at IS NULL",
      );
      assert.equal(pending.count, 30);

      const webhooks = { stuhr: { url: stuhr.url, secret: newSecret() } };
      const workers = [1, 2].map(() => new OutboxRunner(t.db, webhookChannel(webhooks), silent, { pollMs: 60_000 }));
      const counts = await Promise.all(workers.map((worker) => worker.deliverDue()));

      assert.equal(counts[0] + counts[1], 30, `delivered ${counts.join(' + ')}`);
      assert.ok(
        counts.every((count) => count > 0),
        `both workers took part: ${counts.join(' + ')}`,
      );
      assert.equal(stuhr.received.length, 30);
      assert.equal(new Set(stuhr.received.map((r) => r.headers['webhook-id'])).size, 30);
      assert.deepEqual(new Set(stuhr.received.map((r) => parseWebhook(r).data.reference)), references);
      const [left] = await t.db.query<{ count: number }>(
        "SELECT count(*)::int AS count FROM outbox WHERE municipality = 'stuhr' AND (delivered_at IS NULL OR attempts <> 1)",
      );
      assert.equal(left.count, 0);
      // A further round finds nothing left to send.
      assert.deepEqual(await Promise.all(workers.map((worker) => worker.deliverDue())), [0, 0]);
      assert.equal(stuhr.received.length, 30);
    } finally {
      await stuhr.close();
    }
  });
});

test('the back-off grows with every failed attempt and is capped at an hour', () => {
  for (let sample = 0; sample < 200; sample++) {
    let previous = 0;
    for (let attempts = 1; attempts <= 40; attempts++) {
      const seconds = backoffSeconds(attempts);
      assert.ok(Number.isFinite(seconds) && seconds > 0, `${attempts}: ${seconds}`);
      const base = Math.min(2 ** attempts, 3600);
      assert.ok(seconds >= 0.8 * base && seconds <= Math.min(1.2 * base, 3600), `after ${attempts} attempts: ${seconds} s`);
      // Until it reaches the cap it doubles, and jitter of ±20 % never lets it shrink.
      if (2 ** (attempts - 1) < 3600) assert.ok(seconds > previous, `after ${attempts} attempts: ${seconds} s, before ${previous} s`);
      previous = seconds;
    }
  }
  assert.ok(backoffSeconds(1) < 3);
  assert.ok(backoffSeconds(10_000) <= 3600);
});
