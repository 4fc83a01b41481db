import nodemailer from 'nodemailer';
import type { Catalogue } from '../catalogue/catalogue.ts';
import type { MailConfig } from '../config.ts';
import type { OutboxChannel } from '../outbox/outbox-runner.ts';
import { mailText, type MailPayload } from './mail-texts.ts';

/**
 * The outbox's mail channel: each mail through SMTP, from the municipality's sender name with its reply-to. Each
 * mail has a Message-ID made from its outbox id, so a mail sent again after a crash between the SMTP server's
 * acceptance and the outbox's note is recognisable as the same mail. An access code leaves the outbox as soon
 * as its mail is accepted.
 */
export function mailChannel(config: MailConfig, catalogue: Catalogue): OutboxChannel {
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 10_000,
  });
  return {
    name: 'mail',
    // A send gives up after its SMTP timeouts (10 s each step), well within the lease.
    leaseSeconds: 30,
    async deliver(message) {
      const mail = message.payload as MailPayload;
      const authority = catalogue.municipality(mail.municipality);
      const sender = config.senders[mail.municipality] ?? {};
      const site = config.senders[mail.site] ?? {};
      const replyTo = sender.replyTo ?? authority?.office.email;
      const text = mailText(mail, { statusPage: site.statusPage ?? sender.statusPage, replyTo });
      try {
        await transport.sendMail({
          from: { name: sender.name ?? authority?.name ?? 'Open Rathaus', address: config.from },
          ...(replyTo ? { replyTo } : {}),
          to: mail.to,
          subject: text.subject,
          text: text.text,
          html: text.html,
          messageId: `<outbox-${message.id}@${config.from.split('@')[1]}>`,
          headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': mail.language },
        });
      } catch (error) {
        // An SMTP code or a socket error code; never the address or the text.
        return {
          failure: (error as { responseCode?: number }).responseCode?.toString() ?? (error as { code?: string }).code ?? 'send failed',
        };
      }
      return { delivered: true, forget: ['accessCode'] };
    },
    close: () => transport.close(),
  };
}
