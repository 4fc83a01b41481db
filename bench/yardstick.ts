import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';

/**
 * The database's own rate for the transaction one submission makes, measured on the same PostgreSQL in the same
 * run as the API: the reference counter, the application, its first timeline entry with NOTIFY, the outbox
 * message with NOTIFY and the idempotent answer, committed; `connections` clients in parallel for `seconds`.
 * With `counter: false` the counter row (and its lock) is left out: what a sequence would cost instead.
 */
export async function yardstick(
  databaseUrl: string,
  options: { seconds: number; connections: number; counter: boolean; municipality: string; service: string },
): Promise<{ perSecond: number; p50: number; p99: number; transactions: number }> {
  const setup = new pg.Client({ connectionString: databaseUrl });
  await setup.connect();
  const [form] = (
    await setup.query<{ version: number }>('SELECT max(version) AS version FROM form_definitions WHERE service_key = $1', [options.service])
  ).rows;
  await setup.end();
  const data = JSON.stringify({
    fund: { gegenstand: 'schluessel', beschreibung: 'Schlüsselbund', fundort: 'Markt' },
    finder: { name: 'Muster' },
  });
  const latencies: number[] = [];
  const until = Date.now() + options.seconds * 1000;
  let serial = 0;
  async function worker() {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    while (Date.now() < until) {
      const started = performance.now();
      const id = randomUUID();
      await client.query('BEGIN');
      let reference = `YS-${process.pid}-${serial++}-${randomUUID().slice(0, 8)}`;
      if (options.counter) {
        const { rows } = await client.query<{ last_value: number }>(
          `INSERT INTO reference_counters (municipality, year, last_value) VALUES ($1, 9999, 1)
           ON CONFLICT (municipality, year) DO UPDATE SET last_value = reference_counters.last_value + 1 RETURNING last_value`,
          [options.municipality],
        );
        reference = `YS-9999-${rows[0].last_value}`;
      }
      await client.query(
        `INSERT INTO applications (id, reference, municipality, service_key, form_version, data, access_code_hash, trust_level, status)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, 'none', 'eingegangen')`,
        [id, reference, options.municipality, options.service, form.version, data, createHash('sha256').update(id).digest('hex')],
      );
      await client.query(
        `WITH event AS (INSERT INTO status_events (application_id, status, actor) VALUES ($1, 'eingegangen', 'system') RETURNING id, created_at),
              application AS (UPDATE applications SET updated_at = (SELECT created_at FROM event) WHERE id = $1)
         SELECT pg_notify('rathaus_yardstick', id::text) FROM event`,
        [id],
      );
      await client.query(
        `WITH message AS (INSERT INTO outbox (municipality, event_type, payload, delivered_at) VALUES ($1, 'yardstick', $2::jsonb, now()) RETURNING id)
         SELECT pg_notify('rathaus_yardstick', $1) FROM message`,
        [options.municipality, data],
      );
      await client.query(
        `INSERT INTO idempotency_keys (scope, key, request_hash, status_code, response) VALUES ('yardstick', $1, 'x', 201, $2::jsonb)`,
        [id, JSON.stringify({ reference })],
      );
      await client.query('COMMIT');
      latencies.push(performance.now() - started);
    }
    await client.end();
  }
  const started = Date.now();
  await Promise.all(Array.from({ length: options.connections }, worker));
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Number((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0).toFixed(1));
  return { perSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), transactions: latencies.length };
}
