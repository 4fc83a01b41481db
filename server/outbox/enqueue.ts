import type { Sql } from '../db/database.ts';

export const OUTBOX_CHANNEL = 'rathaus_outbox';

export type OutboxEventType = 'application.submitted' | 'application.status-changed';

/** Records a message for the municipality's specialist procedure in the same transaction as the change itself. */
export async function enqueue(tx: Sql, municipality: string, type: OutboxEventType, payload: object): Promise<void> {
  await tx.query('INSERT INTO outbox (municipality, event_type, payload) VALUES ($1, $2, $3::jsonb)', [
    municipality,
    type,
    JSON.stringify(payload),
  ]);
  await tx.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, municipality]);
}
