import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startSmtpInbox, type SmtpInbox } from '../../demo/mail/smtp-inbox.ts';
import { configFromEnvironment, ConfigError } from '../../server/config.ts';
import { issueExamples } from './support/form-examples.ts';
import { fundsacheData, fundsacheSubmission } from './support/fundsache.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';
import { staffToken, startTestApp, type TestApp } from './support/test-app.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const ADDRESS = 'z.zwetschgenbaum@example.de';

describe('e-mail to citizens through SMTP', () => {
  let inbox: SmtpInbox;
  let t: TestApp;
  let syke: string;

  before(async () => {
    inbox = await startSmtpInbox();
    t = await startTestApp({
      mail: {
        smtpUrl: `smtp://127.0.0.1:${inbox.port}`,
        from: 'noreply@landkreis-diepholz.de',
        senders: { syke: { name: 'Stadt Syke – Bürgerbüro', statusPage: 'http://127.0.0.3:8080/status.html' } },
      },
      outboxPollMs: 100,
    });
    syke = await staffToken(t.app, 'syke-fachverfahren', 'syke-secret-0123456789');
  });
  after(async () => {
    await t.close();
    await inbox.close();
  });

  async function submit(extra: Record<string, unknown> = {}) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: { ...fundsacheSubmission('syke'), ...extra },
      headers: { 'idempotency-key': randomUUID() },
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as { reference: string; accessCode: string };
  }

  const changeStatus = (reference: string, status: string, message?: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/staff/applications/${reference}/status`,
      payload: { status, ...(message ? { message } : {}) },
      headers: { authorization: `Bearer ${syke}` },
    });

  test('the receipt mail has reference, access code and the status page link, as plain text and HTML, and no form data', async () => {
    const { reference, accessCode } = await submit();
    const mail = await inbox.waitFor((m) => m.subject.includes(reference));
    assert.equal(mail.subject, `Eingangsbestätigung ${reference}: Fundsache melden`);
    assert.deepEqual(mail.to, [ADDRESS]);
    assert.equal(mail.from, '"Stadt Syke – Bürgerbüro" <noreply@landkreis-diepholz.de>');
    assert.equal(mail.replyTo, 'buergerbuero@syke.de', "the Bürgerbüro's address from the catalogue");
    assert.equal(mail.language, 'de');
    for (const part of [mail.text, mail.html]) {
      assert.ok(part.includes(reference), 'reference');
      assert.ok(part.includes(accessCode), 'access code');
      assert.ok(part.includes(`http://127.0.0.3:8080/status.html?reference=${reference}`), 'status page, with the reference');
      assert.ok(!part.includes(`reference=${reference}&`) && !part.includes(`code=`), 'no access code in the link');
      assert.ok(part.includes('Stadt Syke'), 'town');
      assert.ok(!part.includes('Lederbörse') && !part.includes('Zwetschgenbaum'), 'no form data');
    }
    assert.match(mail.html, /<html lang="de">/);
    // Once the mail is out, the outbox no longer holds the access code.
    const row = async () =>
      (
        await t.db.query<{ payload: Record<string, unknown>; delivered_at: Date | null }>(
          "SELECT payload, delivered_at FROM outbox WHERE channel = 'mail' AND payload->>'reference' = $1",
          [reference],
        )
      )[0];
    for (let tries = 0; (await row()).delivered_at === null && tries < 50; tries++) await sleep(100);
    assert.notEqual((await row()).delivered_at, null);
    assert.equal((await row()).payload.accessCode, undefined);
  });

  test('/readyz reports the mail runner beside the webhook runner', async () => {
    const response = await t.app.inject({ url: '/readyz' });
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(response.json().checks.mail, { ok: true, detail: 'alive' });
  });

  test('a citizen who wrote in English gets English mail; a status change and a Rückfrage with a link to the answer form', async () => {
    const { reference } = await submit({ language: 'en' });
    const receipt = await inbox.waitFor((m) => m.subject === `Receipt ${reference}: Fundsache melden`);
    assert.equal(receipt.language, 'en');
    assert.match(receipt.text, /Your application “Fundsache melden” was received by Stadt Syke/);

    assert.equal((await changeStatus(reference, 'rueckfrage', 'Please send a photo.')).statusCode, 201);
    const question = await inbox.waitFor((m) => m.subject === `A question about your application ${reference}`);
    assert.ok(question.text.includes('Please send a photo.'));
    assert.ok(question.text.includes(`http://127.0.0.3:8080/status.html?reference=${reference}`), 'the tracker opens at this application');

    assert.equal((await changeStatus(reference, 'in-bearbeitung')).statusCode, 201);
    const status = await inbox.waitFor((m) => m.subject === `Your application ${reference}: In progress`);
    assert.ok(status.html.includes('In progress'));
  });

  test('a citizen who opted out gets no status mail, but still the Rückfrage', async () => {
    const { reference, accessCode } = await submit();
    await inbox.waitFor((m) => m.subject.includes(reference));
    const before = await t.app.inject({ url: `/api/v1/applications/${reference}`, headers: { 'rathaus-access-code': accessCode } });
    assert.equal(before.json().statusMail, true, 'status mail is on unless the citizen turns it off');
    const optOut = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/applications/${reference}/status-mail`,
      payload: { enabled: false },
      headers: { 'rathaus-access-code': accessCode },
    });
    assert.equal(optOut.statusCode, 200, optOut.body);
    const view = await t.app.inject({ url: `/api/v1/applications/${reference}`, headers: { 'rathaus-access-code': accessCode } });
    assert.equal(view.json().statusMail, false, 'the tracker shows the choice as made');
    assert.equal((await changeStatus(reference, 'in-bearbeitung')).statusCode, 201);
    assert.equal((await changeStatus(reference, 'rueckfrage', 'Bitte ein Foto.')).statusCode, 201);
    await inbox.waitFor((m) => m.subject === `Rückfrage zu Ihrem Antrag ${reference}`);
    await sleep(500);
    assert.deepEqual(
      inbox.mails.filter((m) => m.subject.includes(reference)).map((m) => m.subject),
      [`Eingangsbestätigung ${reference}: Fundsache melden`, `Rückfrage zu Ihrem Antrag ${reference}`],
    );
    const stranger = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/applications/${reference}/status-mail`,
      payload: { enabled: true },
      headers: { 'rathaus-access-code': 'AAAA-BBBB-CCCC' },
    });
    assert.equal(stranger.statusCode, 404);
  });

  test('an application without an e-mail address offers no status mail choice', async () => {
    // An anonymous Lärmbeschwerde without a wish for an answer: no address at all.
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: { municipality: 'syke', service: '99106003064000', data: issueExamples.laermbeschwerde },
      headers: { 'idempotency-key': randomUUID() },
    });
    assert.equal(response.statusCode, 201, response.body);
    const { reference, accessCode } = response.json() as { reference: string; accessCode: string };
    const view = await t.app.inject({ url: `/api/v1/applications/${reference}`, headers: { 'rathaus-access-code': accessCode } });
    assert.equal(view.statusCode, 200);
    assert.equal('statusMail' in view.json(), false);
  });

  test('a retried submission and a second enqueue of one event send one mail per address', async () => {
    const key = randomUUID();
    const send = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        payload: fundsacheSubmission('syke'),
        headers: { 'idempotency-key': key },
      });
    const { reference } = (await send()).json() as { reference: string };
    await send();
    await inbox.waitFor((m) => m.subject.includes(reference));
    await sleep(500);
    assert.equal(inbox.mails.filter((m) => m.subject.includes(reference)).length, 1);
    const [{ count }] = await t.db.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM outbox WHERE channel = 'mail' AND payload->>'reference' = $1",
      [reference],
    );
    assert.equal(count, 1);
  });

  test('SMTP_URL without MAIL_FROM is refused at start with the variable named', () => {
    assert.throws(
      () => configFromEnvironment({ SMTP_URL: 'smtp://127.0.0.1:2525' }),
      (error: unknown) => {
        return error instanceof ConfigError && /MAIL_FROM/.test(error.message);
      },
    );
    assert.throws(() => configFromEnvironment({ SMTP_URL: 'http://x', MAIL_FROM: 'a@b.de' }), /SMTP_URL/);
  });
});

describe('durability of mail', () => {
  let database: TestDatabase;
  let inbox: SmtpInbox | undefined;
  const servers: ServerProcess[] = [];
  after(async () => {
    for (const server of servers) await server.kill();
    await inbox?.close();
    await database?.drop();
  });

  test('a mail committed with the application is sent after the server was killed before sending it, and only once', async () => {
    database = await createTestDatabase();
    await database.db.close();
    // The SMTP server is not there yet: the first process can commit the mail but never send it.
    const { startSmtpInbox: start } = await import('../../demo/mail/smtp-inbox.ts');
    const probe = await start();
    const port = probe.port;
    await probe.close();
    const env = {
      ...database.env,
      STAFF_TOKEN_SECRET: 'mail-durability-secret-mail-durability',
      RATHAUS_TODAY: '2026-11-25',
      LOG_LEVEL: 'info',
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'noreply@landkreis-diepholz.de',
      OUTBOX_POLL_MS: '100',
    };
    // The first process tries once, woken by the commit (its poll would otherwise pile up back-off while the
    // machine is slow); the second polls often.
    const first = await startServerProcess({ ...env, OUTBOX_POLL_MS: '600000' }, 'first');
    servers.push(first);
    const response = await fetch(`${first.url}/api/v1/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(fundsacheSubmission('syke', fundsacheData())),
    });
    assert.equal(response.status, 201);
    const { reference } = (await response.json()) as { reference: string };
    first.child.kill('SIGKILL');
    await first.kill();

    inbox = await startSmtpInbox({ port });
    const second = await startServerProcess(env, 'second');
    servers.push(second);
    // Within the 30 s lease of a send the kill may have interrupted, plus back-off.
    const mail = await inbox.waitFor((m) => m.subject.includes(reference), 60_000);
    assert.deepEqual(mail.to, [ADDRESS]);
    await sleep(1000);
    assert.equal(inbox.mails.filter((m) => m.subject.includes(reference)).length, 1);
    // No address, name or access code in the logs of either process.
    for (const line of [...first.lines, ...second.lines]) {
      assert.ok(!line.includes(ADDRESS) && !line.includes('Zwetschgenbaum'), line);
    }
  });
});
