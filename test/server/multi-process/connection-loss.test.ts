import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { createTestDatabase, POSTGRES_ADMIN_URL, type TestDatabase } from '../support/test-database.ts';

// What happens when PostgreSQL ends the API's connections (a restart, a failover, an administrator): the API must
// neither crash nor stop hearing NOTIFY. Run by `npm run test:server:pg`; PGlite has no connections to lose.

describe('losing the connections to PostgreSQL', { skip: !POSTGRES_ADMIN_URL && 'needs PostgreSQL (npm run test:server:pg)' }, () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => {
    await database?.db.close();
    await database?.drop();
  });

  test('keeps working and hears NOTIFY again after every connection was terminated', async () => {
    const { db } = database;
    const heard: string[] = [];
    await db.listen('rathaus_test_channel', (payload) => heard.push(payload));
    await db.query("SELECT pg_notify('rathaus_test_channel', 'before')");
    for (let i = 0; i < 50 && !heard.includes('before'); i++) await sleep(100);
    assert.deepEqual(heard, ['before']);

    // Ends the pool's idle connections and the LISTEN connection, as a database restart would.
    const admin = new pg.Client({ connectionString: new URL(database.env.DATABASE_URL!).toString() });
    await admin.connect();
    const [{ ended }] = (
      await admin.query<{ ended: number }>(
        'SELECT count(pg_terminate_backend(pid))::int AS ended FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      )
    ).rows;
    await admin.end();
    assert.ok(ended >= 2, `ended ${ended} connections`);

    // Queries go on (the pool opens new connections), and NOTIFY reaches the listener once it has reconnected.
    for (let i = 0; i < 100 && !heard.includes('after'); i++) {
      await db.query("SELECT pg_notify('rathaus_test_channel', 'after')");
      await sleep(100);
    }
    assert.ok(heard.includes('after'), 'the listener did not come back');
  });
});
