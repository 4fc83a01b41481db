import type { Sql } from '../db/database.ts';
import { enqueueMailMessage } from '../outbox/outbox-store.ts';
import type { MailPayload } from './mail-texts.ts';

/**
 * Records a mail in the outbox's mail channel, in the transaction of the change it tells about. One mail per
 * event and address: `event` names the event (e.g. "receipt:SYK-2026-000001", "status:42"), and a second
 * enqueue of the same event to the same address is ignored.
 */
export async function enqueueMail(tx: Sql, municipality: string, event: string, mail: MailPayload): Promise<void> {
  await enqueueMailMessage(tx, {
    municipality,
    eventType: `mail.${mail.kind}`,
    dedupeKey: `${event}:${mail.to.toLowerCase()}`,
    payload: mail,
  });
}
