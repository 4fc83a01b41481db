import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';

export type LogDestination = { write(line: string): void };

/**
 * Structured JSON logs without personal data: no bodies, no query strings (they may carry names), no headers
 * (tokens, access codes), no client addresses. Requests are logged by their route pattern, not their URL.
 */
export function loggerOptions(level: string, destination?: LogDestination): FastifyServerOptions['logger'] {
  return {
    level,
    ...(destination ? { stream: destination } : {}),
    serializers: {
      req: (request: { method: string; routeOptions?: { url?: string }; id: string }) => ({
        method: request.method,
        route: request.routeOptions?.url ?? 'unmatched',
        id: request.id,
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      err: (error: Error & { code?: string }) => ({
        type: error.name,
        code: error.code,
        message: isDatabaseError(error) ? 'database error' : error.message,
        stack: error.stack?.split('\n').slice(1).join('\n') ?? '',
      }),
    },
  };
}

export type Logger = FastifyBaseLogger;

// Database errors quote the offending value, which may be personal data; their SQLSTATE code says enough.
function isDatabaseError(error: Error & { code?: string }): boolean {
  return typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code);
}
