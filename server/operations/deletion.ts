import { dueForDeletion, eraseData } from '../applications/application-store.ts';
import { deleteFilesOf } from '../applications/attachment-store.ts';
import { forgetResponses } from '../applications/idempotency.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../http/logger.ts';
import { deleteMessagesOf } from '../outbox/outbox-store.ts';
import { eraseMessages } from '../status/status-event-store.ts';

export interface DeletionPolicy {
  /** Days after an application was closed (abgeschlossen or abgelehnt) until its data is deleted. */
  defaultDays: number;
  /** Other periods for some services, by service key. */
  byService: Record<string, number>;
}

// Any constant shared by all processes: one deletion run at a time across the whole installation.
const DELETION_LOCK = 7_245_003;

/**
 * Deletes the personal data of every closed application whose deletion period has run out at `now`: its form
 * data, attachments, timeline messages, the outbox messages that carried it and the stored idempotent answer. What
 * stays is an anonymous record: reference, service, municipality, dates, final status and when the data went. The
 * owner's account id or the access code's hash stay too, so that whoever could follow it still sees "Daten
 * gelöscht am …" instead of a missing application. Resolves with the number of applications deleted.
 */
export async function deleteExpiredApplications(db: Database, policy: DeletionPolicy, now: Date, batch = 200): Promise<number> {
  const shortest = Math.min(policy.defaultDays, ...Object.values(policy.byService));
  let deleted = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      const [{ locked }] = await tx.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS locked', [DELETION_LOCK]);
      if (!locked) return 0;
      const due = await dueForDeletion(tx, {
        now,
        shortestDays: shortest,
        daysByService: policy.byService,
        defaultDays: policy.defaultDays,
        batch,
      });
      if (due.length === 0) return 0;
      const ids = due.map((row) => row.id);
      const references = due.map((row) => row.reference);
      await deleteFilesOf(tx, ids);
      await eraseMessages(tx, ids);
      await deleteMessagesOf(tx, references);
      await forgetResponses(tx, references);
      await eraseData(tx, ids, now);
      return due.length;
    });
    deleted += count;
    if (count < batch) return deleted;
  }
}

/** Runs the deletion now and then every `intervalMs`, in every process; the advisory lock lets one work at a time. */
export class DeletionSchedule {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly policy: DeletionPolicy,
    private readonly log: Logger,
    private readonly intervalMs: number,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  start(): void {
    this.timer = setTimeout(() => this.run(), Math.min(this.intervalMs, 60_000));
    this.timer.unref();
  }

  private run(): void {
    this.running = deleteExpiredApplications(this.db, this.policy, this.clock())
      .then((count) => {
        if (count > 0) this.log.info({ count }, 'deleted the data of closed applications past their deletion period');
      })
      .catch((error: unknown) => this.log.error({ err: error }, 'deletion run failed'))
      .finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        this.timer = setTimeout(() => this.run(), this.intervalMs);
        this.timer.unref();
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
