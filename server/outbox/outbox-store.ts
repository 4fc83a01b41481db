import type { Sql } from '../db/database.ts';

/**
 * The outbox table's SQL, all of it: what is recorded (in the transaction of the change it tells about), claimed,
 * settled, counted and, when an application's data is deleted, forgotten.
 */

/** The NOTIFY channel that wakes the runners when a message is committed. */
export const OUTBOX_CHANNEL = 'rathaus_outbox';

export type OutboxEventType = 'application.submitted' | 'application.status-changed' | 'application.message-received';

export interface OutboxMessage {
  id: number;
  municipality: string;
  event_type: string;
  payload: object;
  created_at: Date;
  attempts: number;
}

/** Records a message for the municipality's specialist procedure in the same transaction as the change itself. */
export async function enqueue(tx: Sql, municipality: string, type: OutboxEventType, payload: object): Promise<void> {
  // One statement, one round trip: a submission holds its town's reference counter until it commits.
  await tx.query(
    `WITH message AS (INSERT INTO outbox (municipality, event_type, payload) VALUES ($1, $2, $3::jsonb) RETURNING id)
     SELECT pg_notify($4, $1) FROM message`,
    [municipality, type, JSON.stringify(payload), OUTBOX_CHANNEL],
  );
}

/** Records a mail in the mail channel; a second one with the same `dedupeKey` is ignored. */
export async function enqueueMailMessage(
  tx: Sql,
  message: { municipality: string; eventType: string; dedupeKey: string; payload: object },
): Promise<void> {
  await tx.query(
    `WITH message AS (
       INSERT INTO outbox (municipality, channel, event_type, dedupe_key, payload) VALUES ($1, 'mail', $2, $3, $4::jsonb)
       ON CONFLICT (channel, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING RETURNING id
     )
     SELECT pg_notify($5, $1) FROM message`,
    [message.municipality, message.eventType, message.dedupeKey, JSON.stringify(message.payload), OUTBOX_CHANNEL],
  );
}

/**
 * Leases up to `batch` due messages of a channel to `workerId` for `leaseSeconds` (`FOR UPDATE SKIP LOCKED`, so two
 * runners never claim the same message), oldest first; only `municipalities`' messages when given.
 */
export function claim(
  db: Sql,
  lease: { channel: string; workerId: string; leaseSeconds: number; batch: number; municipalities?: readonly string[] },
): Promise<OutboxMessage[]> {
  const { channel, workerId, leaseSeconds, batch, municipalities } = lease;
  // Two statements rather than "($5 IS NULL OR …)", whose generic plan could not use an index on municipality.
  return db.query<OutboxMessage>(
    `UPDATE outbox SET locked_until = now() + make_interval(secs => $1), locked_by = $2
     WHERE id IN (
       SELECT id FROM outbox
       WHERE channel = $3 AND delivered_at IS NULL AND next_attempt_at <= now()
         AND (locked_until IS NULL OR locked_until < now())
         ${municipalities ? 'AND municipality = ANY($5::text[])' : ''}
       ORDER BY id LIMIT $4
       FOR UPDATE SKIP LOCKED)
     RETURNING id, municipality, event_type, payload, created_at, attempts`,
    [leaseSeconds, workerId, channel, batch, ...(municipalities ? [municipalities] : [])],
  );
}

/** Delivered: done for good, without the payload fields named in `forget`. Only while `workerId` holds the lease. */
export async function markDelivered(db: Sql, id: number, workerId: string, forget: readonly string[]): Promise<void> {
  await db.query(
    `UPDATE outbox SET delivered_at = now(), locked_until = NULL, attempts = attempts + 1, payload = payload - $3::text[]
     WHERE id = $1 AND locked_by = $2`,
    [id, workerId, forget],
  );
}

/** Refused: held back for good (retrying cannot make it right), and kept for an operator to look at. */
export async function markRefused(db: Sql, id: number, workerId: string, reason: string): Promise<void> {
  await db.query(`UPDATE outbox SET last_error = $3, locked_until = NULL, next_attempt_at = 'infinity' WHERE id = $1 AND locked_by = $2`, [
    id,
    workerId,
    `refused: ${reason}`,
  ]);
}

/** Failed: tried again in `retryInSeconds`. */
export async function markFailed(db: Sql, id: number, workerId: string, failure: string, retryInSeconds: number): Promise<void> {
  await db.query(
    `UPDATE outbox SET attempts = attempts + 1, last_error = $3, locked_until = NULL,
       next_attempt_at = now() + make_interval(secs => $4)
     WHERE id = $1 AND locked_by = $2`,
    [id, workerId, failure, retryInSeconds],
  );
}

/** Gives back every lease `workerId` holds on undelivered messages, so that another runner need not wait for it. */
export async function releaseLeases(db: Sql, workerId: string): Promise<void> {
  await db.query('UPDATE outbox SET locked_until = NULL WHERE locked_by = $1 AND delivered_at IS NULL', [workerId]);
}

/** Undelivered messages (held-back ones included) by municipality, and the age of each one's oldest in seconds. */
export function backlog(db: Sql): Promise<{ municipality: string; waiting: number; age: number | null }[]> {
  return db.query(
    `SELECT municipality, count(*)::int AS waiting, extract(epoch FROM now() - min(created_at))::float8 AS age
     FROM outbox WHERE delivered_at IS NULL GROUP BY municipality`,
  );
}

/** Deletes every message that carried one of these applications' data (their data is being deleted). */
export async function deleteMessagesOf(tx: Sql, references: readonly string[]): Promise<void> {
  await tx.query(`DELETE FROM outbox WHERE payload ->> 'reference' = ANY($1::text[])`, [references]);
}
