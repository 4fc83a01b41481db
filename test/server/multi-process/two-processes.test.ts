import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '../../../server/db/database.ts';
import { fundsacheSubmission } from '../support/fundsache.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { createTestDatabase, POSTGRES_ADMIN_URL, type TestDatabase } from '../support/test-database.ts';
import { parseWebhook, startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.ts';

// Two server processes on one PostgreSQL database, as in production behind a load balancer. Run by
// `npm run test:server:pg`, which sets RATHAUS_TEST_DATABASE_URL; PGlite cannot be shared between processes.

const STAFF_CLIENT = { clientId: 'syke-fachverfahren', clientSecret: 'syke-secret-0123456789', municipality: 'syke' };

interface NamedServer extends ServerProcess {
  name: string;
}

async function startServer(name: string, env: Record<string, string | undefined>): Promise<NamedServer> {
  return { name, ...(await startServerProcess(env, `server ${name}`)) };
}

async function submit(server: NamedServer, municipality = 'syke'): Promise<{ reference: string; accessCode: string }> {
  const response = await fetch(`${server.url}/api/v1/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify(fundsacheSubmission(municipality)),
  });
  const body = await response.text();
  assert.equal(response.status, 201, `${server.name}: ${body}`);
  return JSON.parse(body);
}

describe('two server processes on one PostgreSQL database', () => {
  let database: TestDatabase | undefined;
  let db: Database;
  let receiver: WebhookReceiver | undefined;
  let a: NamedServer;
  let b: NamedServer;
  const servers: NamedServer[] = [];

  before(async () => {
    if (!POSTGRES_ADMIN_URL) {
      throw new Error(
        'These tests need PostgreSQL: set RATHAUS_TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test) or run `npm run test:server:pg`.',
      );
    }
    database = await createTestDatabase();
    db = database.db;
    receiver = await startWebhookReceiver('/fachverfahren');
    // A short delay per answer keeps deliveries in flight long enough for both workers to reach for them.
    receiver.delayMs = 10;
    const secret = 'whsec_' + Buffer.from('two-processes-webhook-secret-32b').toString('base64');
    const env = {
      ...database.env,
      STAFF_TOKEN_SECRET: 'two-processes-secret-two-processes',
      STAFF_CLIENTS: JSON.stringify([STAFF_CLIENT]),
      WEBHOOKS: JSON.stringify({ syke: { url: receiver.url, secret }, stuhr: { url: receiver.url, secret } }),
      OUTBOX_POLL_MS: '100',
      ANONYMOUS_SUBMISSIONS_PER_MINUTE: '1000',
      RATHAUS_TODAY: '2026-11-25',
      LOG_LEVEL: 'warn',
    };
    // Both start at once, as after a deployment: migrations and seeding must not trip over each other.
    const started = await Promise.allSettled([startServer('A', env), startServer('B', env)]);
    for (const result of started) if (result.status === 'fulfilled') servers.push(result.value);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
    [a, b] = servers;
  });

  after(async () => {
    for (const server of servers) await server.kill();
    await receiver?.close();
    await database?.db.close();
    await database?.drop();
  });

  test('a live tracker connected to B sees a status change posted to A within 5 s', async () => {
    const { reference, accessCode } = await submit(a);
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), 10_000);
    try {
      const stream = await fetch(`${b.url}/api/v1/applications/${reference}/events`, {
        headers: { 'rathaus-access-code': accessCode, accept: 'text/event-stream' },
        signal: abort.signal,
      });
      assert.equal(stream.status, 200);
      assert.match(stream.headers.get('content-type') ?? '', /^text\/event-stream/);

      const tokenResponse = await fetch(`${a.url}/api/v1/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: STAFF_CLIENT.clientId,
          client_secret: STAFF_CLIENT.clientSecret,
        }),
      });
      assert.equal(tokenResponse.status, 200);
      const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
      const postedAt = Date.now();
      const change = await fetch(`${a.url}/api/v1/staff/applications/${reference}/status`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ status: 'in-bearbeitung' }),
      });
      assert.equal(change.status, 201, await change.clone().text());
      const entry = (await change.json()) as { id: number; status: string };

      const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      let event: { id?: string; event?: string; data?: string } | undefined;
      while (!event) {
        const remaining = postedAt + 5000 - Date.now();
        assert.ok(remaining > 0, `no status event on B within 5 s; stream so far: ${JSON.stringify(buffer)}`);
        const chunk = await Promise.race([reader.read(), sleep(remaining).then(() => 'timeout' as const)]);
        assert.notEqual(chunk, 'timeout', `no status event on B within 5 s; stream so far: ${JSON.stringify(buffer)}`);
        if (chunk === 'timeout' || chunk.done) assert.fail(`stream on B ended early: ${JSON.stringify(buffer)}`);
        buffer += chunk.value;
        for (;;) {
          const end = buffer.indexOf('\n\n');
          if (end < 0) break;
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = Object.fromEntries(
            block
              .split('\n')
              .filter((line) => !line.startsWith(':'))
              .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
          );
          if (fields.event === 'status') event = fields;
        }
      }
      assert.equal(event.id, String(entry.id));
      assert.deepEqual(JSON.parse(event.data!), { reference, entry });
    } finally {
      clearTimeout(timer);
      abort.abort();
    }
  });

  test('40 applications submitted to A and B reach the specialist procedure exactly once each', async () => {
    const receipts = await Promise.all(Array.from({ length: 40 }, (_, i) => submit(i % 2 === 0 ? a : b)));
    const references = new Set(receipts.map((receipt) => receipt.reference));
    assert.equal(references.size, 40);
    const ours = (message: ReturnType<typeof parseWebhook>) =>
      message.type === 'application.submitted' && references.has(message.data.reference!);

    await receiver!.waitFor(40, 20_000, ours);
    // Give both workers a few more polling rounds in which a duplicate would show.
    await sleep(1000);
    const requests = receiver!.received.filter((request) => ours(parseWebhook(request)));
    assert.equal(requests.length, 40, 'requests for the 40 applications');
    assert.ok(requests.every((request) => request.answeredWith === 204));
    assert.equal(new Set(requests.map((request) => request.headers['webhook-id'])).size, 40);
    assert.deepEqual(new Set(requests.map((request) => parseWebhook(request).data.reference)), references);
    const ids = receiver!.received.map((request) => request.headers['webhook-id']);
    assert.equal(new Set(ids).size, ids.length, 'no webhook-id was sent twice');
    const [pending] = await db.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM outbox WHERE event_type = 'application.submitted' AND payload->>'reference' = ANY($1::text[]) AND (delivered_at IS NULL OR attempts <> 1)",
      [[...references]],
    );
    assert.equal(pending.count, 0);
    // Both processes' workers took part (the last to lease a message stays in locked_by), or the check above proves nothing.
    const senders = await db.query<{ locked_by: string; count: number }>(
      "SELECT locked_by, count(*)::int AS count FROM outbox WHERE event_type = 'application.submitted' AND payload->>'reference' = ANY($1::text[]) GROUP BY locked_by",
      [[...references]],
    );
    assert.equal(senders.length, 2, JSON.stringify(senders));
  });

  test('reference numbers from both processes are unique and consecutive per municipality', async () => {
    const receipts = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        submit(i % 2 === 0 ? a : b, i % 4 < 2 ? 'syke' : 'stuhr').then((receipt) => ({ ...receipt, i })),
      ),
    );
    const mine = receipts.map((receipt) => receipt.reference);
    assert.equal(new Set(mine).size, 40);
    assert.equal(mine.filter((reference) => reference.startsWith('SYK-')).length, 20);
    assert.equal(mine.filter((reference) => reference.startsWith('STU-')).length, 20);

    const rows = await db.query<{ municipality: string; reference: string }>(
      'SELECT municipality, reference FROM applications ORDER BY reference',
    );
    for (const reference of mine)
      assert.ok(
        rows.some((row) => row.reference === reference),
        reference,
      );
    for (const [municipality, code] of [
      ['syke', 'SYK'],
      ['stuhr', 'STU'],
    ]) {
      const numbers = rows
        .filter((row) => row.municipality === municipality)
        .map((row) => {
          assert.match(row.reference, new RegExp(`^${code}-\\d{4}-\\d{6}$`));
          return Number(row.reference.slice(-6));
        })
        .sort((x, y) => x - y);
      assert.deepEqual(
        numbers,
        Array.from({ length: numbers.length }, (_, i) => i + 1),
        `${municipality}: ${numbers.join(', ')}`,
      );
    }
  });
});
