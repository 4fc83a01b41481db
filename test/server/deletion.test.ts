import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { deleteExpiredApplications } from '../../server/operations/deletion.ts';
import { WELL_KNOWN } from '../../server/catalogue/seed/well-known-services.ts';
import { submitFundsache } from './support/fundsache.ts';
import { staffToken, startTestApp, type TestApp } from './support/test-app.ts';

const DAY = 24 * 3600 * 1000;

describe('deletion periods (Löschfristen)', () => {
  let t: TestApp;
  let token: string;
  before(async () => {
    t = await startTestApp({ anonymousSubmissionsPerMinute: 1000 });
    token = await staffToken(t.app, 'syke-fachverfahren', 'syke-secret-0123456789');
  });
  after(() => t.close());

  async function submit() {
    const receipt = await submitFundsache(t.app);
    const [{ id }] = await t.db.query<{ id: string }>('SELECT id FROM applications WHERE reference = $1', [receipt.reference]);
    // An attachment as the upload route stores it (Fundsache has no file field of its own).
    await t.db.query(
      `INSERT INTO attachments (id, application_id, pointer, file_name, content_type, size, sha256, content)
       VALUES ($1, $2, '/foto', 'foto.jpg', 'image/jpeg', 3, 'x', '\\x010203')`,
      [randomUUID(), id],
    );
    return { ...receipt, id } as { reference: string; accessCode: string; id: string };
  }

  async function setStatus(reference: string, status: string, message?: string) {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/staff/applications/${reference}/status`,
      headers: { authorization: `Bearer ${token}` },
      payload: { status, ...(message ? { message } : {}) },
    });
    assert.equal(response.statusCode, 201, response.body);
  }

  const closedAt = async (id: string) =>
    (await t.db.query<{ updated_at: Date }>('SELECT updated_at FROM applications WHERE id = $1', [id]))[0].updated_at;
  const view = async (a: { reference: string; accessCode: string }) =>
    (
      await t.app.inject({ method: 'GET', url: `/api/v1/applications/${a.reference}`, headers: { 'rathaus-access-code': a.accessCode } })
    ).json();

  test('a closed application keeps its data until the period has run out, then only an anonymous record stays', async () => {
    const done = await submit();
    await setStatus(done.reference, 'abgeschlossen', 'Ihre Geldbörse liegt im Fundbüro, Frau Zwetschgenbaum.');
    const open = await submit();
    await setStatus(open.reference, 'rueckfrage', 'Bitte Foto der Rückseite schicken.');
    const closed = await closedAt(done.id);
    const policy = { defaultDays: 365, byService: {} };

    // A day early: nothing goes.
    assert.equal(await deleteExpiredApplications(t.db, policy, new Date(closed.getTime() + 364 * DAY)), 0);
    assert.equal((await view(done)).data.finder.person.familienname, 'Zwetschgenbaum');

    const deletionDay = new Date(closed.getTime() + 365 * DAY + 1000);
    assert.equal(await deleteExpiredApplications(t.db, policy, deletionDay), 1);
    const record = await view(done);
    assert.deepEqual(record.data, {});
    assert.deepEqual(record.attachments, []);
    assert.equal(record.dataDeletedAt, deletionDay.toISOString());
    assert.equal(record.status, 'abgeschlossen');
    assert.equal(record.service.key, WELL_KNOWN.fundsacheMelden);
    assert.deepEqual(
      record.timeline.map((entry: { status: string; message?: string }) => [entry.status, entry.message]),
      [
        ['eingegangen', undefined],
        ['abgeschlossen', undefined],
      ],
    );
    // Nowhere else either: no attachment, no outbox message, no stored answer, no name anywhere in the database.
    assert.equal((await t.db.query('SELECT 1 FROM attachments WHERE application_id = $1', [done.id])).length, 0);
    for (const table of ['applications', 'outbox', 'idempotency_keys', 'status_events']) {
      const rows = await t.db.query(`SELECT t::text AS row FROM ${table} t WHERE t::text LIKE '%' || $1 || '%'`, [done.reference]);
      assert.ok(!rows.some((row) => String(row.row).includes('Zwetschgenbaum')), table);
    }
    // The application still open is untouched, however old.
    assert.equal(await deleteExpiredApplications(t.db, policy, new Date(closed.getTime() + 5000 * DAY)), 0);
    const untouched = await view(open);
    assert.equal(untouched.data.finder.person.familienname, 'Zwetschgenbaum');
    assert.equal(untouched.attachments.length, 1);
    assert.equal('dataDeletedAt' in untouched, false);
  });

  test("a service's own period overrides the default, and a rejected application counts as closed", async () => {
    const rejected = await submit();
    await setStatus(rejected.reference, 'abgelehnt', 'Kein Fund im Stadtgebiet.');
    const closed = await closedAt(rejected.id);
    const policy = { defaultDays: 365, byService: { [WELL_KNOWN.fundsacheMelden]: 30 } };
    assert.equal(await deleteExpiredApplications(t.db, policy, new Date(closed.getTime() + 29 * DAY)), 0);
    assert.equal(await deleteExpiredApplications(t.db, policy, new Date(closed.getTime() + 31 * DAY)), 1);
    assert.ok((await view(rejected)).dataDeletedAt);
    // Runs again find nothing more to do.
    assert.equal(await deleteExpiredApplications(t.db, policy, new Date(closed.getTime() + 400 * DAY)), 0);
  });
});
