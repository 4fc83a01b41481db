import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Catalogue } from '../catalogue/catalogue.ts';
import type { MailConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../http/logger.ts';
import { OUTBOX_CHANNEL } from '../outbox/enqueue.ts';
import { backoffSeconds } from '../outbox/outbox-worker.ts';
import { mailText, type MailPayload } from './mail-texts.ts';

// A send gives up after its SMTP timeouts (10 s each step), well within the lease.
const LEASE_SECONDS = 30;
const BATCH = 20;

interface MailRow {
  id: number;
  municipality: string;
  payload: MailPayload;
  attempts: number;
}

/**
 * Sends the outbox's mail channel through SMTP, the way the webhook worker delivers its channel: a message is
 * leased before it is sent, retried with back-off until the SMTP server accepts it, and marked delivered after.
 * Each mail has a Message-ID made from its outbox id, so a mail sent again after a crash between the SMTP
 * server's acceptance and the mark is recognisable as the same mail. An access code is removed from the
 * outbox as soon as its mail is accepted.
 */
export class MailWorker {
  private readonly workerId = randomUUID();
  private readonly transport: Transporter;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private unlisten?: () => Promise<void>;

  constructor(
    private readonly db: Database,
    private readonly config: MailConfig,
    private readonly catalogue: Catalogue,
    private readonly log: Logger,
    private readonly pollMs: number,
  ) {
    this.transport = nodemailer.createTransport({
      url: config.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 10_000,
    });
  }

  start(): void {
    void this.db.listen(OUTBOX_CHANNEL, () => this.wake()).then((unlisten) => (this.unlisten = unlisten));
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.unlisten?.();
    await this.running;
    this.transport.close();
  }

  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.sendDue()
      .then(() => undefined)
      .catch((error: unknown) => this.log.error({ err: error }, 'mail round failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        } else this.schedule();
      });
  }

  private schedule(): void {
    if (!this.stopped) this.timer = setTimeout(() => this.wake(), this.pollMs);
  }

  async sendDue(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await this.db.query<MailRow>(
        `UPDATE outbox SET locked_until = now() + make_interval(secs => $1), locked_by = $2
         WHERE id IN (
           SELECT id FROM outbox
           WHERE channel = 'mail' AND delivered_at IS NULL AND next_attempt_at <= now()
             AND (locked_until IS NULL OR locked_until < now())
           ORDER BY id LIMIT $3
           FOR UPDATE SKIP LOCKED)
         RETURNING id, municipality, payload, attempts`,
        [LEASE_SECONDS, this.workerId, BATCH],
      );
      if (batch.length === 0) return sent;
      for (const row of batch) if (await this.send(row)) sent++;
    }
  }

  private async send(row: MailRow): Promise<boolean> {
    const mail = row.payload;
    const authority = this.catalogue.municipality(mail.municipality);
    const sender = this.config.senders[mail.municipality] ?? {};
    const site = this.config.senders[mail.site] ?? {};
    const replyTo = sender.replyTo ?? authority?.office.email;
    const text = mailText(mail, { statusPage: site.statusPage ?? sender.statusPage, replyTo });
    try {
      await this.transport.sendMail({
        from: { name: sender.name ?? authority?.name ?? 'Open Rathaus', address: this.config.from },
        ...(replyTo ? { replyTo } : {}),
        to: mail.to,
        subject: text.subject,
        text: text.text,
        html: text.html,
        messageId: `<outbox-${row.id}@${this.config.from.split('@')[1]}>`,
        headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': mail.language },
      });
    } catch (error) {
      // An SMTP code or a socket error code; never the address or the text.
      const failure = (error as { responseCode?: number }).responseCode?.toString() ?? (error as { code?: string }).code ?? 'send failed';
      await this.db.query(
        `UPDATE outbox SET attempts = attempts + 1, last_error = $3, locked_until = NULL,
           next_attempt_at = now() + make_interval(secs => $4)
         WHERE id = $1 AND locked_by = $2`,
        [row.id, this.workerId, failure, backoffSeconds(row.attempts + 1)],
      );
      this.log.warn({ outboxId: row.id, municipality: row.municipality, failure }, 'mail not sent; will retry');
      return false;
    }
    await this.db.query(
      `UPDATE outbox SET delivered_at = now(), locked_until = NULL, attempts = attempts + 1, payload = payload - 'accessCode'
       WHERE id = $1 AND locked_by = $2`,
      [row.id, this.workerId],
    );
    this.log.info({ outboxId: row.id, municipality: row.municipality, kind: mail.kind }, 'mail sent');
    return true;
  }
}
