import type { FastifyInstance, FastifyReply } from 'fastify';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { preferredEncoding } from '../catalogue/response-cache.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Answers that fit in one TCP packet (~1,460 bytes of payload) arrive no sooner compressed; larger ones do, which
 * matters most to a citizen on a slow mobile connection.
 */
export const COMPRESSION_THRESHOLD = 1400;

const COMPRESSIBLE = /^(?:application\/(?:[\w.+-]*\+)?json|text\/(?!event-stream)[\w.+-]+|application\/(?:javascript|xml))\b/i;

/**
 * Compresses the API's text answers (JSON, problem documents, OpenAPI) larger than a packet with the best coding
 * the client accepts (brotli, else gzip). Registered before @fastify/etag, so that each coding gets its own strong
 * ETag (RFC 9110 §8.8.3) and If-None-Match still answers 304. Answers that already carry a Content-Encoding (the
 * catalogue's precompressed lists, the kit's .br/.gz files), streams (event streams, files) and
 * `Cache-Control: no-transform` are left alone.
 */
export function installCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!(typeof payload === 'string' || payload instanceof Buffer)) return payload;
    if (reply.statusCode < 200 || reply.statusCode === 204 || reply.statusCode === 304) return payload;
    if (reply.hasHeader('content-encoding')) return payload;
    if (!COMPRESSIBLE.test(String(reply.getHeader('content-type') ?? ''))) return payload;
    if (/\bno-transform\b/i.test(String(reply.getHeader('cache-control') ?? ''))) return payload;
    const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (bytes.length <= COMPRESSION_THRESHOLD) return payload;
    // Whatever this client gets, the answer depends on what it accepts: shared caches must keep them apart.
    addVary(reply, 'Accept-Encoding');
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    if (encoding === 'identity') return payload;
    const compressed =
      encoding === 'br'
        ? await brotli(bytes, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
          })
        : await gzipAsync(bytes, { level: 6 });
    void reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    return compressed;
  });
}

function addVary(reply: FastifyReply, field: string): void {
  const current = reply.getHeader('vary');
  const fields = String(current ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (fields.includes('*') || fields.some((part) => part.toLowerCase() === field.toLowerCase())) return;
  void reply.header('vary', [...fields, field].join(', '));
}
