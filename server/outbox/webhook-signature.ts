import { createHmac } from 'node:crypto';

/**
 * Signs a webhook as the Standard Webhooks specification does: HMAC-SHA256 over "id.timestamp.body" with the
 * endpoint's secret, sent in `webhook-id`, `webhook-timestamp` and `webhook-signature: v1,<base64>`. Secrets are
 * "whsec_" followed by base64; any other string is used as it is.
 */
export function webhookHeaders(secret: string, messageId: string, body: string, timestampSeconds: number): Record<string, string> {
  const key = secret.startsWith('whsec_') ? Buffer.from(secret.slice('whsec_'.length), 'base64') : Buffer.from(secret);
  const signature = createHmac('sha256', key).update(`${messageId}.${timestampSeconds}.${body}`).digest('base64');
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': `v1,${signature}`,
  };
}
