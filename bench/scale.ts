/**
 * Cost that must not grow with the years: fills PostgreSQL with N applications (three towns, 100,000 citizens,
 * most of them long closed) and prints p50/p99 of every query the API runs against them, at each size.
 *   npm run bench:scale                                  (10k, 100k and 1M rows; PostgreSQL at RATHAUS_TEST_DATABASE_URL)
 *   SCALE_SIZES=10000,100000 SCALE_RUNS=100 npm run bench:scale
 * The queries are the API's own (application-store.ts, outbox-runner.ts), sent as the API sends them.
 */
import pg from 'pg';
import { findByMunicipality, findByOwner, findByReference } from '../server/applications/application-store.ts';
import { buildApp } from '../server/app.ts';
import { configFromEnvironment } from '../server/config.ts';
import { openDatabase } from '../server/db/open-database.ts';
import type { Sql } from '../server/db/database.ts';
import { WELL_KNOWN } from '../server/catalogue/seed/well-known-services.ts';
import { readTimelines } from '../server/status/status-event-store.ts';

const ADMIN_URL = process.env.RATHAUS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SIZES = (process.env.SCALE_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const RUNS = Number(process.env.SCALE_RUNS ?? 200);
const TOWNS = [
  ['syke', 'SYK'],
  ['stuhr', 'STU'],
  ['diepholz', 'DH'],
] as const;
const CITIZENS = 100_000;

async function main() {
  const name = `rathaus_scale_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), dataDir: '' });
  try {
    // Catalogue and forms exactly as the API seeds them.
    const app = await buildApp({ ...configFromEnvironment({}), logLevel: 'warn' }, db);
    await app.close();
    const codes = await db.query<{ slug: string; code: string }>('SELECT slug, code FROM municipalities');
    const code = new Map(codes.map((row) => [row.slug, row.code]));
    const [form] = await db.query<{ version: number }>('SELECT max(version) AS version FROM form_definitions WHERE service_key = $1', [
      WELL_KNOWN.fundsacheMelden,
    ]);
    const table: string[] = [];
    let filled = 0;
    for (const size of SIZES) {
      const started = Date.now();
      await fill(
        db,
        filled,
        size,
        form.version,
        TOWNS.map(([slug]) => [slug, code.get(slug) ?? slug.slice(0, 3).toUpperCase()]),
      );
      filled = size;
      await db.query('ANALYZE');
      console.error(`filled ${size} applications in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      for (const [query, run] of queries(db, size)) {
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const t0 = performance.now();
          await run(i);
          times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
        table.push(`| ${size.toLocaleString('en')} | ${query} | ${at(0.5)} | ${at(0.99)} |`);
      }
    }
    console.log(`\nQueries of the API on PostgreSQL, ${RUNS} runs each (three towns, ${CITIZENS.toLocaleString('en')} citizens)\n`);
    console.log('| applications | query | p50 ms | p99 ms |');
    console.log('| ---: | --- | ---: | ---: |');
    for (const line of table) console.log(line);
  } finally {
    await db.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** Applications from..to (exclusive), 85 % closed, 5 % waiting for an answer; one timeline entry and one delivered message each. */
async function fill(db: Sql, from: number, to: number, formVersion: number, towns: [string, string][]) {
  const CHUNK = 50_000;
  for (let start = from; start < to; start += CHUNK) {
    const end = Math.min(to, start + CHUNK);
    await db.query(
      `WITH rows AS (
         SELECT i, ($3::text[])[1 + i % 3] AS slug, ($4::text[])[1 + i % 3] AS code,
                CASE WHEN i % 20 = 0 THEN 'rueckfrage' WHEN i % 20 = 1 THEN 'eingegangen' WHEN i % 20 = 2 THEN 'in-bearbeitung'
                     WHEN i % 20 < 6 THEN 'abgelehnt' ELSE 'abgeschlossen' END AS status,
                now() - make_interval(mins => ($2 - i)) AS at
         FROM generate_series($1::int, $2::int - 1) AS i)
       INSERT INTO applications (id, reference, municipality, service_key, form_version, data, owner_issuer, owner_subject,
         access_code_hash, trust_level, status, created_at, updated_at)
       SELECT gen_random_uuid(), code || '-' || (2000 + i / 900000) || '-' || lpad((i % 900000)::text, 6, '0'), slug, $5, $6,
              '{"fund": {"gegenstand": "schluessel"}}'::jsonb, 'https://id.example', 'citizen-' || (i % ${CITIZENS}),
              NULL, 'substantiell', status, at, at
       FROM rows`,
      [start, end, towns.map(([slug]) => slug), towns.map(([, code]) => code), WELL_KNOWN.fundsacheMelden, formVersion],
    );
  }
  await db.query(
    `INSERT INTO status_events (application_id, status, actor, created_at)
     SELECT id, status, 'system', created_at FROM applications a
     WHERE NOT EXISTS (SELECT 1 FROM status_events e WHERE e.application_id = a.id)`,
  );
  await db.query(
    `INSERT INTO outbox (municipality, event_type, payload, created_at, attempts, delivered_at)
     SELECT municipality, 'application.submitted', '{}'::jsonb, created_at, 1, created_at FROM generate_series(1, $1::int) AS n,
       LATERAL (SELECT municipality, created_at FROM applications LIMIT 1) a`,
    [to - from],
  );
}

function queries(db: Sql, size: number): [string, (i: number) => Promise<unknown>][] {
  // Row n belongs to Syke when n % 3 === 0 (see fill); spread over the whole table.
  const reference = (i: number) => {
    const spread = (i * 7919) % size;
    const n = spread - (spread % 3);
    return `SYK-${2000 + Math.floor(n / 900000)}-${String(n % 900000).padStart(6, '0')}`;
  };
  const deep = `SYK-2000-${String(Math.floor(Math.min(size, 900000) / 2)).padStart(6, '0')}`;
  return [
    [
      'by reference (+ timeline)',
      async (i) => {
        const row = await findByReference(db, reference(i));
        if (row) await readTimelines(db, [row.id]);
      },
    ],
    ["a citizen's list", (i) => findByOwner(db, 'https://id.example', `citizen-${(i * 7919) % CITIZENS}`)],
    ["clerk's list, unfiltered", () => findByMunicipality(db, 'syke', { limit: 50 })],
    ["clerk's list, status rueckfrage", () => findByMunicipality(db, 'syke', { status: 'rueckfrage', limit: 50 })],
    ["clerk's list, status rueckfrage, deep page", () => findByMunicipality(db, 'syke', { status: 'rueckfrage', before: deep, limit: 50 })],
    ["clerk's list, deep page", () => findByMunicipality(db, 'syke', { before: deep, limit: 50 })],
    [
      'outbox claim',
      () =>
        db.query(
          `SELECT id FROM outbox
         WHERE delivered_at IS NULL AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
           AND municipality = ANY($1::text[])
         ORDER BY id LIMIT 20`,
          [['syke', 'stuhr', 'diepholz']],
        ),
    ],
  ];
}

await main();
