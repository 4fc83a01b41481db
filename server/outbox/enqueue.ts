import type { Sql } from '../db/database.ts';

export const OUTBOX_CHANNEL = 'rathaus_outbox';

export type OutboxEventType = 'application.submitted' | 'application.status-changed' | 'application.message-received';

/** Records a message for the municipality's specialist procedure in the same transaction as the change itself. */
export async function enqueue(tx: Sql, municipality: string, type: OutboxEventType, payload: object): Promise<void> {
  // One statement, one round trip: a submission holds its town's reference counter until it commits.
  await tx.query(
    `WITH message AS (INSERT INTO outbox (municipality, event_type, payload) VALUES ($1, $2, $3::jsonb) RETURNING id)
     SELECT pg_notify($4, $1) FROM message`,
    [municipality, type, JSON.stringify(payload), OUTBOX_CHANNEL],
  );
}
