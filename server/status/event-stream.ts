import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StatusEvent } from '../contract/applications.ts';
import type { StatusEvents, StatusSubscriber } from './status-events.ts';
import type { StatusNotice } from './timeline.ts';

const KEEPALIVE_MS = 20_000;

/**
 * Holds a Server-Sent Events response open and writes every matching status change as `event: status`.
 * Entries the client missed (it sends `Last-Event-ID` on reconnecting) are replayed first.
 */
export function openEventStream(
  request: FastifyRequest,
  reply: FastifyReply,
  events: StatusEvents,
  matches: (notice: StatusNotice) => boolean,
  missed: StatusEvent[],
): void {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    ...(reply.getHeaders() as Record<string, string>),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  const write = (event: StatusEvent) => raw.write(`id: ${event.entry.id}\nevent: status\ndata: ${JSON.stringify(event)}\n\n`);
  raw.write('retry: 3000\n\n');
  for (const event of missed) write(event);
  const subscriber: StatusSubscriber = { matches, send: write };
  const unsubscribe = events.subscribe(subscriber);
  const keepalive = setInterval(() => raw.write(': keepalive\n\n'), KEEPALIVE_MS);
  request.raw.on('close', () => {
    clearInterval(keepalive);
    unsubscribe();
  });
}

export function lastEventId(request: FastifyRequest): number | undefined {
  const header = request.headers['last-event-id'];
  const value = typeof header === 'string' ? Number(header) : NaN;
  return Number.isInteger(value) && value >= 0 ? value : undefined;
}
