import type { FastifyInstance } from 'fastify';

/**
 * Headers on every response, for an API that answers JSON and a CDN that serves the kit's scripts to other sites.
 * The policy forbids everything to a document, because no response of this server is a page: a JSON or file
 * opened in a browser tab runs nothing and cannot be framed. It does not restrict the kit: a script's own
 * Content-Security-Policy header does not apply to the page that loads it (only the page's own policy does).
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'x-permitted-cross-domain-policies': 'none',
  'x-dns-prefetch-control': 'off',
  // Ignored by browsers over plain HTTP (the demo); over HTTPS it keeps them on HTTPS. No includeSubDomains: the
  // county's other hosts are not ours to decide.
  'strict-transport-security': 'max-age=31536000',
};

/**
 * Adds the security headers to every response (errors, 404s and event streams included) and, under the API,
 * `Cache-Control: no-store` wherever a route does not choose its own caching: answers are personal unless a route
 * says they are public (catalogue, forms). API answers are read by the kit with CORS, so `same-origin` for
 * Cross-Origin-Resource-Policy costs nothing there and keeps other sites from embedding them; the kit's scripts
 * (at /kit/) say `cross-origin` themselves.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    void reply.headers(SECURITY_HEADERS);
    if (request.url.startsWith('/api/')) void reply.header('cross-origin-resource-policy', 'same-origin');
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
  });
}
