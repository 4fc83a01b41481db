#!/usr/bin/env node
// The PostgreSQL pass of the server tests needs a server; say which one and how to start it instead of timing out.
import pg from 'pg';

const url = process.env.RATHAUS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
try {
  await client.connect();
  await client.end();
} catch (error) {
  console.error(
    `PostgreSQL is not reachable at ${url} (${error.message}).\n` +
      'Start it (on Debian: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) ' +
      'or set RATHAUS_TEST_DATABASE_URL.',
  );
  process.exit(1);
}
