import type { Webhook } from '../config.ts';
import type { Prepared } from '../handoff/handoff.ts';
import type { OutboxChannel } from './outbox-runner.ts';
import type { OutboxMessage } from './outbox-store.ts';
import { webhookHeaders } from './webhook-signature.ts';

/**
 * The outbox's webhook channel: each message to its municipality's specialist procedure, signed (Standard
 * Webhooks), for the municipalities that have a webhook.
 */
export function webhookChannel(
  webhooks: Record<string, Webhook>,
  options: {
    timeoutMs?: number;
    /** The data a message is sent with now (e.g. encrypted), or why it must never leave. */
    prepare?: (message: OutboxMessage) => Promise<Prepared>;
  } = {},
): OutboxChannel {
  return {
    name: 'webhook',
    leaseSeconds: 60,
    municipalities: Object.keys(webhooks),
    async deliver(message) {
      const webhook = webhooks[message.municipality]!;
      const messageId = `msg_${message.id}`;
      const prepared = options.prepare ? await options.prepare(message) : { data: message.payload };
      if ('refuse' in prepared) return { refuse: prepared.refuse };
      const body = JSON.stringify({
        id: messageId,
        type: message.event_type,
        municipality: message.municipality,
        occurredAt: message.created_at.toISOString(),
        data: prepared.data,
      });
      try {
        const response = await fetch(webhook.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...webhookHeaders(webhook.secret, messageId, body, Math.floor(Date.now() / 1000)),
          },
          body,
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
        await response.body?.cancel();
        return response.ok ? { delivered: true } : { failure: `HTTP ${response.status}` };
      } catch (error) {
        // The cause's code (ECONNREFUSED, ETIMEDOUT …) tells an operator what happened; messages may carry URLs.
        const cause = error instanceof Error ? (error.cause as { code?: string } | undefined)?.code : undefined;
        return { failure: cause ?? (error instanceof Error ? error.name : 'network error') };
      }
    },
  };
}
