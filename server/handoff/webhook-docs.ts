import type { OpenAPIV3_1 } from 'openapi-types';
import { WEBHOOKS } from '../../contract/handoff.ts';

const SUMMARIES: Record<keyof typeof WEBHOOKS, string> = {
  'application.submitted':
    'A new application for the town: FIT-Connect-shaped metadata (service, schema URI and hash of the data, attachments ' +
    'with hashes, identification, reply channel, reference) and the data; both as JWE where the town configured a key.',
  'application.status-changed': 'The office (or another clerk) changed the status of an application; the new timeline entry.',
  'application.message-received':
    'The citizen answered a Rückfrage: the text (JWE where the town configured a key) and the files sent with it, each ' +
    'with name, type, size, hash and download link. The status stays; the office moves the case on.',
};

/**
 * The webhooks as OpenAPI 3.1 `webhooks`, generated from the same schemas that check the payloads the server
 * sends, so that a vendor generating a client from the document receives exactly what is documented.
 */
export function webhookDocs(): Record<string, OpenAPIV3_1.PathItemObject> {
  return Object.fromEntries<OpenAPIV3_1.PathItemObject>(
    Object.entries(WEBHOOKS).map(([type, schema]) => [
      type,
      {
        post: {
          operationId: type.replace(/[.-](\w)/g, (_, c: string) => c.toUpperCase()),
          summary: SUMMARIES[type as keyof typeof WEBHOOKS],
          description:
            "Posted to the town's configured endpoint from a durable outbox: at least once, retried with back-off until a " +
            '2xx answer (deduplicate by `id`). Signed as Standard Webhooks: HMAC-SHA256 over "id.timestamp.body".',
          tags: ['Webhooks'],
          security: [],
          parameters: [
            { name: 'webhook-id', in: 'header', required: true, schema: { type: 'string' }, description: "Equals the body's `id`." },
            { name: 'webhook-timestamp', in: 'header', required: true, schema: { type: 'string' }, description: 'Unix seconds.' },
            {
              name: 'webhook-signature',
              in: 'header',
              required: true,
              schema: { type: 'string' },
              description: '"v1," and the base64 HMAC-SHA256 of "id.timestamp.body" with the shared secret.',
            },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: JSON.parse(JSON.stringify(schema)) } } },
          responses: {
            '204': { description: 'Taken over; any 2xx answer counts.' },
            '503': { description: 'Not now; the message is sent again later.' },
          },
        },
      },
    ]),
  );
}
