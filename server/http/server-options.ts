import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyHttpOptions, RawServerDefault } from 'fastify';
import type { Config } from '../config.ts';
import { PROBLEM_TYPE_PREFIX } from '../../contract/problem-names.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

/**
 * Options of the HTTP server itself: the timeouts that stop a client which sends its headers or body slowly (or
 * never) from holding a connection for good, the proxies trusted to name the client, and the answers that Node's
 * HTTP parser gives before any route is reached.
 */
export function serverOptions(config: Config): FastifyHttpOptions<RawServerDefault> {
  const { requestTimeoutMs, headersTimeoutMs, keepAliveTimeoutMs } = config.limits;
  return {
    // Without trusted proxies, X-Forwarded-For is ignored: any client could name any address and so escape the
    // per-client rate limits.
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: keepAliveTimeoutMs,
    http: {
      headersTimeout: headersTimeoutMs,
      // Node looks for expired requests at this interval (30 s by default), which would stretch every timeout.
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(headersTimeoutMs / 4))),
    },
    clientErrorHandler: answerClientError,
  };
}

/**
 * Requests that Node's HTTP parser refuses (malformed, headers too large, too slow) get a problem document like
 * every other error, instead of Fastify's plain JSON.
 */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, name, title, detail] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'request-timeout', 'Zeitüberschreitung', 'Die Anfrage kam nicht rechtzeitig vollständig an.']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'headers-too-large', 'Header zu groß', 'Die Header der Anfrage sind zu groß.']
        : [400, 'malformed-request', 'Ungültige Anfrage', 'Die Anfrage ist kein gültiges HTTP.'];
  const body = JSON.stringify({ type: PROBLEM_TYPE_PREFIX + name, title, status, detail });
  const headers = Object.entries({
    ...SECURITY_HEADERS,
    'cache-control': 'no-store',
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  })
    .map(([header, value]) => `${header}: ${value}\r\n`)
    .join('');
  if (socket.writable) socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${headers}\r\n${body}`);
  socket.destroy(error);
}
