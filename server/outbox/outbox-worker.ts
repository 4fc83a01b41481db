import { randomUUID } from 'node:crypto';
import type { Webhook } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Prepared } from '../handoff/handoff.ts';
import type { Logger } from '../http/logger.ts';
import { OUTBOX_CHANNEL } from './enqueue.ts';
import { webhookHeaders } from './webhook-signature.ts';

export interface OutboxRow {
  id: number;
  municipality: string;
  event_type: string;
  payload: object;
  created_at: Date;
  attempts: number;
}

const LEASE_SECONDS = 60;
const BATCH = 20;
const MAX_BACKOFF_SECONDS = 3600;

/** Seconds until the next attempt after `attempts` failures: 2, 4, 8 … up to an hour, with jitter. */
export function backoffSeconds(attempts: number): number {
  const base = Math.min(2 ** attempts, MAX_BACKOFF_SECONDS);
  // The jitter must not lift the wait above the cap.
  return Math.min(base * (0.8 + Math.random() * 0.4), MAX_BACKOFF_SECONDS);
}

/**
 * Delivers outbox messages to each municipality's webhook, at least once. A message is leased before it is
 * sent (`FOR UPDATE SKIP LOCKED` + `locked_until`), so two workers, in one process or many, never send the same
 * message at the same time, and a worker that dies mid-delivery releases it when the lease runs out.
 */
export class OutboxWorker {
  private readonly workerId = randomUUID();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private unlisten?: () => Promise<void>;
  private started = false;
  /** When the last round ended (Date.now()), and when the one in progress began. */
  private lastRoundEnded = 0;
  private roundStarted?: number;

  constructor(
    private readonly db: Database,
    private readonly webhooks: Record<string, Webhook>,
    private readonly log: Logger,
    private readonly options: {
      pollMs: number;
      timeoutMs?: number;
      /** The data a message is sent with now (e.g. encrypted), or why it must never leave. */
      prepare?: (message: OutboxRow) => Promise<Prepared>;
      /** Told of every failed delivery (for the metrics). */
      onFailure?: (municipality: string) => void;
    },
  ) {}

  start(): void {
    if (Object.keys(this.webhooks).length === 0) return;
    this.started = true;
    this.lastRoundEnded = Date.now();
    void this.db.listen(OUTBOX_CHANNEL, () => this.wake()).then((unlisten) => (this.unlisten = unlisten));
    this.schedule();
  }

  /**
   * Stops after the delivery in progress (a round does not start on its next message once stopped), and gives the
   * messages it had claimed but not sent back at once, so that another process need not wait for their lease.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.unlisten?.();
    await this.running;
    if (this.started) {
      await this.db
        .query('UPDATE outbox SET locked_until = NULL WHERE locked_by = $1 AND delivered_at IS NULL', [this.workerId])
        .catch(() => undefined);
    }
  }

  /**
   * Whether the worker is doing its job: not started (no webhooks configured) counts as idle; otherwise a round must
   * have ended within a few poll intervals, or the one in progress must be younger than a lease.
   */
  health(now = Date.now()): 'idle' | 'alive' | 'stalled' | 'stopped' {
    if (!this.started) return 'idle';
    if (this.stopped) return 'stopped';
    if (this.roundStarted !== undefined) return now - this.roundStarted < LEASE_SECONDS * 1000 ? 'alive' : 'stalled';
    return now - this.lastRoundEnded < Math.max(3 * this.options.pollMs, 30_000) ? 'alive' : 'stalled';
  }

  /** Runs one round now (or right after the current one), e.g. when a new message was committed. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.roundStarted = Date.now();
    this.running = this.deliverDue()
      .then(() => undefined)
      .catch((error: unknown) => this.log.error({ err: error }, 'outbox round failed'))
      .finally(() => {
        this.running = undefined;
        this.roundStarted = undefined;
        this.lastRoundEnded = Date.now();
        if (this.again) {
          this.again = false;
          this.wake();
        } else this.schedule();
      });
  }

  private schedule(): void {
    if (!this.stopped) this.timer = setTimeout(() => this.wake(), this.options.pollMs);
  }

  /** Delivers every message that is due; resolves with how many were delivered. */
  async deliverDue(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const batch = await this.claim();
      if (batch.length === 0) return delivered;
      for (const message of batch) {
        if (this.stopped) return delivered;
        if (await this.deliver(message)) delivered++;
      }
    }
  }

  private claim(): Promise<OutboxRow[]> {
    return this.db.query<OutboxRow>(
      `UPDATE outbox SET locked_until = now() + make_interval(secs => $1), locked_by = $2
       WHERE id IN (
         SELECT id FROM outbox
         WHERE channel = 'webhook' AND delivered_at IS NULL AND next_attempt_at <= now()
           AND (locked_until IS NULL OR locked_until < now())
           AND municipality = ANY($3::text[])
         ORDER BY id LIMIT $4
         FOR UPDATE SKIP LOCKED)
       RETURNING id, municipality, event_type, payload, created_at, attempts`,
      [LEASE_SECONDS, this.workerId, Object.keys(this.webhooks), BATCH],
    );
  }

  private async deliver(message: OutboxRow): Promise<boolean> {
    const webhook = this.webhooks[message.municipality]!;
    const messageId = `msg_${message.id}`;
    const prepared = this.options.prepare ? await this.options.prepare(message) : { data: message.payload };
    if ('refuse' in prepared) {
      // Held back for good and kept for an operator to look at: retrying cannot make it right.
      await this.db.query(
        `UPDATE outbox SET last_error = $3, locked_until = NULL, next_attempt_at = 'infinity' WHERE id = $1 AND locked_by = $2`,
        [message.id, this.workerId, `refused: ${prepared.refuse}`],
      );
      this.log.error({ outboxId: message.id, municipality: message.municipality, reason: prepared.refuse }, 'webhook refused; not sent');
      this.options.onFailure?.(message.municipality);
      return false;
    }
    const body = JSON.stringify({
      id: messageId,
      type: message.event_type,
      municipality: message.municipality,
      occurredAt: message.created_at.toISOString(),
      data: prepared.data,
    });
    let failure: string | undefined;
    try {
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...webhookHeaders(webhook.secret, messageId, body, Math.floor(Date.now() / 1000)) },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
      await response.body?.cancel();
      if (!response.ok) failure = `HTTP ${response.status}`;
    } catch (error) {
      // The cause's code (ECONNREFUSED, ETIMEDOUT …) tells an operator what happened; messages may carry URLs.
      const cause = error instanceof Error ? (error.cause as { code?: string } | undefined)?.code : undefined;
      failure = cause ?? (error instanceof Error ? error.name : 'network error');
    }
    if (failure === undefined) {
      await this.db.query(
        'UPDATE outbox SET delivered_at = now(), locked_until = NULL, attempts = attempts + 1 WHERE id = $1 AND locked_by = $2',
        [message.id, this.workerId],
      );
      this.log.info({ outboxId: message.id, municipality: message.municipality, type: message.event_type }, 'webhook delivered');
      return true;
    }
    await this.db.query(
      `UPDATE outbox SET attempts = attempts + 1, last_error = $3, locked_until = NULL,
         next_attempt_at = now() + make_interval(secs => $4)
       WHERE id = $1 AND locked_by = $2`,
      [message.id, this.workerId, failure, backoffSeconds(message.attempts + 1)],
    );
    this.log.warn({ outboxId: message.id, municipality: message.municipality, failure }, 'webhook delivery failed; will retry');
    this.options.onFailure?.(message.municipality);
    return false;
  }
}
