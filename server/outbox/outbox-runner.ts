import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.ts';
import type { Logger } from '../http/logger.ts';
import { claim, markDelivered, markFailed, markRefused, OUTBOX_CHANNEL, releaseLeases, type OutboxMessage } from './outbox-store.ts';

/** What became of one delivery attempt. `forget` names payload fields no longer needed once delivered. */
export type Delivery = { delivered: true; forget?: string[] } | { failure: string } | { refuse: string };

/** One of the outbox's channels: what it delivers, and how. */
export interface OutboxChannel {
  name: 'webhook' | 'mail';
  /** How long a claimed message is this runner's: longer than one delivery can take. */
  leaseSeconds: number;
  /** Only these municipalities' messages (e.g. those with a webhook); every municipality's when absent. */
  municipalities?: readonly string[];
  deliver(message: OutboxMessage): Promise<Delivery>;
  close?(): void;
}

const BATCH = 20;
const MAX_BACKOFF_SECONDS = 3600;

/** Seconds until the next attempt after `attempts` failures: 2, 4, 8 … up to an hour, with jitter. */
export function backoffSeconds(attempts: number): number {
  const base = Math.min(2 ** attempts, MAX_BACKOFF_SECONDS);
  // The jitter must not lift the wait above the cap.
  return Math.min(base * (0.8 + Math.random() * 0.4), MAX_BACKOFF_SECONDS);
}

/**
 * Delivers one channel of the outbox, at least once. A message is leased before it is delivered (`FOR UPDATE SKIP
 * LOCKED` + `locked_until`), so two runners, in one process or many, never deliver the same message at the same
 * time, and a runner that dies mid-delivery releases it when the lease runs out. Failures are retried with
 * back-off; a refused message stays for an operator to look at. New messages wake the runner at once (NOTIFY).
 */
export class OutboxRunner {
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
    private readonly channel: OutboxChannel,
    private readonly log: Logger,
    private readonly options: {
      pollMs: number;
      /** Told of every failed or refused delivery (for the metrics). */
      onFailure?: (municipality: string) => void;
    },
  ) {}

  start(): void {
    if (this.channel.municipalities?.length === 0) return;
    this.started = true;
    this.lastRoundEnded = Date.now();
    void this.db.listen(OUTBOX_CHANNEL, () => this.wake()).then((unlisten) => (this.unlisten = unlisten));
    this.schedule();
  }

  /**
   * Stops after the delivery in progress (a round does not start on its next message once stopped), and gives the
   * messages it had claimed but not delivered back at once, so that another process need not wait for their lease.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.unlisten?.();
    await this.running;
    if (this.started) {
      await releaseLeases(this.db, this.workerId).catch(() => undefined);
    }
    this.channel.close?.();
  }

  /**
   * Whether the runner is doing its job: not started (nothing to deliver to) counts as idle; otherwise a round must
   * have ended within a few poll intervals, or the one in progress must be younger than a lease.
   */
  health(now = Date.now()): 'idle' | 'alive' | 'stalled' | 'stopped' {
    if (!this.started) return 'idle';
    if (this.stopped) return 'stopped';
    if (this.roundStarted !== undefined) return now - this.roundStarted < this.channel.leaseSeconds * 1000 ? 'alive' : 'stalled';
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
      .catch((error: unknown) => this.log.error({ err: error, channel: this.channel.name }, 'outbox round failed'))
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
        if (await this.attempt(message)) delivered++;
      }
    }
  }

  private claim(): Promise<OutboxMessage[]> {
    const { name, leaseSeconds, municipalities } = this.channel;
    return claim(this.db, { channel: name, workerId: this.workerId, leaseSeconds, batch: BATCH, municipalities });
  }

  private async attempt(message: OutboxMessage): Promise<boolean> {
    const channel = this.channel.name;
    const about = { outboxId: message.id, municipality: message.municipality, channel };
    const outcome = await this.channel.deliver(message);
    if ('delivered' in outcome) {
      await markDelivered(this.db, message.id, this.workerId, outcome.forget ?? []);
      this.log.info({ ...about, type: message.event_type }, `${channel} delivered`);
      return true;
    }
    if ('refuse' in outcome) {
      await markRefused(this.db, message.id, this.workerId, outcome.refuse);
      this.log.error({ ...about, reason: outcome.refuse }, `${channel} refused; not sent`);
    } else {
      await markFailed(this.db, message.id, this.workerId, outcome.failure, backoffSeconds(message.attempts + 1));
      this.log.warn({ ...about, failure: outcome.failure }, `${channel} delivery failed; will retry`);
    }
    this.options.onFailure?.(message.municipality);
    return false;
  }
}
