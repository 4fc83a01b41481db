import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import pg from 'pg';
import type { Database } from '../../server/db/database.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import { submitFundsache } from './support/fundsache.ts';
import { staffToken, startTestApp } from './support/test-app.ts';
import { POSTGRES_ADMIN_URL } from './support/test-database.ts';

const run = promisify(execFile);

/** Everything a restore must bring back, in a comparable form. */
async function contents(db: Database) {
  const [applications, timeline, attachments] = await Promise.all([
    db.query(
      `SELECT reference, municipality, service_key, status, data::text AS data, access_code_hash FROM applications ORDER BY reference`,
    ),
    db.query(
      `SELECT e.id, a.reference, e.status, e.message, e.created_at FROM status_events e JOIN applications a ON a.id = e.application_id ORDER BY e.id`,
    ),
    db.query(`SELECT id, application_id, file_name, encode(sha256(content), 'hex') AS digest FROM attachments ORDER BY id`),
  ]);
  return { applications, timeline, attachments };
}

/**
 * The README's procedure, done: PostgreSQL with pg_dump -Fc and pg_restore into a fresh database; PGlite by
 * copying the data folder of the stopped API. The restored database holds every application, every timeline
 * entry and every attachment, byte for byte.
 */
test('a backup restored into a fresh database holds every application, timeline entry and attachment', { timeout: 600_000 }, async () => {
  const t = await startTestApp({ anonymousSubmissionsPerMinute: 1000 });
  let restored: Database | undefined;
  const cleanup: (() => Promise<unknown>)[] = [];
  try {
    const token = await staffToken(t.app, 'syke-fachverfahren', 'syke-secret-0123456789');
    for (let i = 0; i < 3; i++) {
      const receipt = await submitFundsache(t.app);
      const [{ id }] = await t.db.query<{ id: string }>('SELECT id FROM applications WHERE reference = $1', [receipt.reference]);
      await t.db.query(
        `INSERT INTO attachments (id, application_id, pointer, file_name, content_type, size, sha256, content)
         VALUES ($1, $2, '/foto', 'foto.jpg', 'image/jpeg', 4, 'x', $3)`,
        [randomUUID(), id, Buffer.from([0, 1, 2, i])],
      );
      const changed = await t.app.inject({
        method: 'POST',
        url: `/api/v1/staff/applications/${receipt.reference}/status`,
        headers: { authorization: `Bearer ${token}` },
        payload: { status: 'rueckfrage', message: `Rückfrage ${i}` },
      });
      assert.equal(changed.statusCode, 201);
    }
    const before = await contents(t.db);
    assert.equal(before.applications.length, 3);
    assert.equal(before.timeline.length, 6);
    assert.equal(before.attachments.length, 3);

    if (POSTGRES_ADMIN_URL) {
      const source = t.database.env.DATABASE_URL!;
      const dir = await mkdtemp(join(tmpdir(), 'rathaus-backup-'));
      cleanup.push(() => rm(dir, { recursive: true, force: true }));
      const dump = join(dir, 'rathaus.dump');
      await run('pg_dump', ['--format=custom', `--file=${dump}`, `--dbname=${source}`]);
      const name = `rathaus_restore_${process.pid}`;
      const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      cleanup.push(async () => {
        const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      });
      const target = new URL(POSTGRES_ADMIN_URL);
      target.pathname = `/${name}`;
      await run('pg_restore', ['--no-owner', `--dbname=${target}`, dump]);
      restored = await openDatabase({ databaseUrl: target.toString(), dataDir: '' });
    } else {
      // PGlite: the folder of the stopped API is the backup.
      await t.app.close();
      await t.db.close();
      const copy = await mkdtemp(join(tmpdir(), 'rathaus-restore-'));
      cleanup.push(() => rm(copy, { recursive: true, force: true }));
      await cp(t.database.env.DATA_DIR!, copy, { recursive: true });
      restored = await openDatabase({ dataDir: copy });
    }
    assert.deepEqual(await contents(restored), before);
  } finally {
    await restored?.close();
    if (POSTGRES_ADMIN_URL) await t.close();
    else await t.database.drop();
    for (const step of cleanup) await step();
  }
});
