import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { WELL_KNOWN } from '../../server/catalogue/seed/well-known-services.ts';
import { fundsacheSubmission, submitFundsache } from './support/fundsache.ts';
import { freePort } from './support/server-process.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

/** The value of one sample in Prometheus text format, e.g. sample(text, 'x_total', { a: 'b' }). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

describe('operations: health, readiness, metrics', () => {
  let t: TestApp;
  before(async () => {
    // A webhook nobody listens on: every delivery fails, so the failure counter and the backlog have something to show.
    const closedPort = await freePort();
    t = await startTestApp({
      webhooks: { syke: { url: `http://127.0.0.1:${closedPort}/hook`, secret: 'operations-secret-0123' } },
      outboxPollMs: 50,
    });
  });
  after(() => t.close());

  test('/livez answers while the process runs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/livez' });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { status: 'live' });
    assert.equal(response.headers['cache-control'], 'no-store');
  });

  test('/readyz is 200 with database, migrations and outbox worker checked', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    assert.equal(body.status, 'ready');
    assert.deepEqual(body.checks.database, { ok: true, detail: 'reachable' });
    assert.deepEqual(body.checks.migrations, { ok: true, detail: 'applied' });
    assert.deepEqual(body.checks.outbox, { ok: true, detail: 'alive' });
  });

  test('/readyz is 503 naming the migration this database lacks', async () => {
    const [last] = await t.db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name DESC LIMIT 1');
    await t.db.query('DELETE FROM schema_migrations WHERE name = $1', [last.name]);
    try {
      const response = await t.app.inject({ method: 'GET', url: '/readyz' });
      assert.equal(response.statusCode, 503);
      assert.equal(response.json().status, 'not-ready');
      assert.deepEqual(response.json().checks.migrations, { ok: false, detail: `pending: ${last.name}` });
    } finally {
      await t.db.query('INSERT INTO schema_migrations (name) VALUES ($1)', [last.name]);
    }
  });

  test('/metrics counts requests by route pattern, submissions, webhook failures and the backlog, with no personal data', async () => {
    const receipt = await submitFundsache(t.app);
    // A replay of the same key is an answer, not a second application.
    const key = randomUUID();
    for (let i = 0; i < 2; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        payload: fundsacheSubmission('stuhr'),
        headers: { 'idempotency-key': key },
      });
    }
    const looked = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${receipt.reference}`,
      headers: { 'rathaus-access-code': receipt.accessCode },
    });
    assert.equal(looked.statusCode, 200);
    await t.app.inject({ method: 'GET', url: '/nirgendwo/geheim-123' });

    // The worker tries the unreachable webhook within a few poll intervals.
    const scrape = () => t.app.inject({ method: 'GET', url: '/metrics' });
    for (let i = 0; i < 100; i++) {
      if ((sample((await scrape()).body, 'rathaus_webhook_failures_total', { municipality: 'syke' }) ?? 0) >= 1) break;
      await sleep(50);
    }
    const response = await scrape();
    assert.match(response.headers['content-type'] as string, /^text\/plain; version=0\.0\.4/);
    const text = response.body;

    const service = WELL_KNOWN.fundsacheMelden;
    assert.equal(sample(text, 'rathaus_submissions_total', { municipality: 'syke', service }), 1);
    assert.equal(sample(text, 'rathaus_submissions_total', { municipality: 'stuhr', service }), 1);
    assert.ok((sample(text, 'rathaus_webhook_failures_total', { municipality: 'syke' }) ?? 0) >= 1);
    assert.equal(sample(text, 'rathaus_outbox_backlog', { municipality: 'syke' }), 1);
    assert.equal(sample(text, 'rathaus_outbox_backlog', { municipality: 'stuhr' }), 1);
    assert.ok((sample(text, 'rathaus_outbox_oldest_age_seconds') ?? -1) >= 0);
    assert.equal(sample(text, 'rathaus_sse_open_streams'), 0);
    const route = '/api/v1/applications/:reference';
    assert.equal(sample(text, 'rathaus_http_request_duration_seconds_count', { method: 'GET', route, status: '200' }), 1);
    assert.equal(
      sample(text, 'rathaus_http_request_duration_seconds_count', { method: 'POST', route: '/api/v1/applications', status: '201' }),
      3,
    );
    assert.equal(sample(text, 'rathaus_http_request_duration_seconds_count', { method: 'GET', route: 'unmatched', status: '404' }), 1);
    if (t.db.engine === 'postgres') assert.equal(sample(text, 'rathaus_db_pool_connections', { state: 'max' }), 10);
    // Nothing identifying: no reference, access code, name or unmatched path.
    for (const secret of [receipt.reference, receipt.accessCode, 'Zwetschgenbaum', 'geheim-123']) assert.ok(!text.includes(secret), secret);
  });
});

describe('operations: graceful shutdown', () => {
  test('ends live streams with a retry hint, stops accepting, and finishes the request in flight', async () => {
    const t = await startTestApp();
    let closed = false;
    try {
      const base = await t.listen();
      const receipt = await submitFundsache(t.app);
      const stream = await fetch(`${base}/api/v1/applications/${receipt.reference}/events`, {
        headers: { 'rathaus-access-code': receipt.accessCode },
      });
      assert.equal(stream.status, 200);
      const metrics = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
      assert.equal(sample(metrics, 'rathaus_sse_open_streams'), 1);

      // A request that is still being answered when the shutdown begins: its body arrives in two parts.
      const payload = Buffer.from(JSON.stringify(fundsacheSubmission()));
      const request = http.request(`${base}/api/v1/applications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': payload.length, 'idempotency-key': randomUUID() },
      });
      const inFlight = new Promise<http.IncomingMessage>((resolve, reject) => request.on('response', resolve).on('error', reject));
      request.write(payload.subarray(0, 10));
      const release = () => request.end(payload.subarray(10));
      await sleep(100);

      const started = Date.now();
      const closing = t.app.close().then(() => (closed = true));
      const text = await stream.text();
      assert.match(text, /: the server is shutting down\nretry: \d+\n\n$/);
      const retry = Number(/retry: (\d+)\n\n$/.exec(text)![1]);
      assert.ok(retry >= 2000 && retry <= 4000, String(retry));

      assert.equal(closed, false, 'close waits for the request in flight');
      release();
      const answer = await inFlight;
      answer.resume();
      assert.equal(answer.statusCode, 201);
      assert.equal(answer.headers.connection, 'close');
      await closing;
      assert.ok(Date.now() - started < 5000);
    } finally {
      if (!closed) await t.app.close();
      await t.db.close();
      await t.database.drop();
    }
  });
});
