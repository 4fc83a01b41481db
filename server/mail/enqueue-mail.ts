import type { Sql } from '../db/database.ts';
import { OUTBOX_CHANNEL } from '../outbox/enqueue.ts';
import type { MailPayload } from './mail-texts.ts';

/**
 * Records a mail in the outbox's mail channel, in the transaction of the change it tells about. One mail per
 * event and address: `event` names the event (e.g. "receipt:SYK-2026-000001", "status:42"), and a second
 * enqueue of the same event to the same address is ignored.
 */
export async function enqueueMail(tx: Sql, municipality: string, event: string, mail: MailPayload): Promise<void> {
  await tx.query(
    `WITH message AS (
       INSERT INTO outbox (municipality, channel, event_type, dedupe_key, payload) VALUES ($1, 'mail', $2, $3, $4::jsonb)
       ON CONFLICT (channel, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING RETURNING id
     )
     SELECT pg_notify($5, $1) FROM message`,
    [municipality, `mail.${mail.kind}`, `${event}:${mail.to.toLowerCase()}`, JSON.stringify(mail), OUTBOX_CHANNEL],
  );
}
