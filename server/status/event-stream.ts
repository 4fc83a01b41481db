import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StatusEvent } from '../../contract/applications.ts';
import type { StatusEvents, StatusSubscriber } from './status-events.ts';
import type { StatusNotice } from './timeline.ts';

const KEEPALIVE_MS = 20_000;

/**
 * Holds a Server-Sent Events response open and writes every matching status change as `event: status`.
 * Entries the client missed (it sends `Last-Event-ID` on reconnecting) are replayed first. The live
 * subscription starts before the replay is read, and what arrives meanwhile is held back and deduplicated by id,
 * so a change committed in between is neither lost nor sent twice.
 */
export async function openEventStream(
  request: FastifyRequest,
  reply: FastifyReply,
  events: StatusEvents,
  matches: (notice: StatusNotice) => boolean,
  loadMissed: () => Promise<StatusEvent[]>,
): Promise<void> {
  let held: StatusEvent[] | undefined = [];
  // By id, not "greater than the last": two transactions may commit in the opposite order of their ids.
  const sent = new Set<number>();
  const raw = reply.raw;
  const write = (event: StatusEvent) => {
    if (sent.has(event.entry.id)) return;
    sent.add(event.entry.id);
    raw.write(`id: ${event.entry.id}\nevent: status\ndata: ${JSON.stringify(event)}\n\n`);
  };
  const subscriber: StatusSubscriber = { matches, send: (event) => (held ? held.push(event) : write(event)) };
  const unsubscribe = events.subscribe(subscriber);
  let missed: StatusEvent[];
  try {
    missed = await loadMissed();
  } catch (error) {
    unsubscribe();
    throw error;
  }
  reply.hijack();
  raw.writeHead(200, {
    ...(reply.getHeaders() as Record<string, string>),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  raw.write('retry: 3000\n\n');
  for (const event of [...missed, ...held].sort((a, b) => a.entry.id - b.entry.id)) write(event);
  held = undefined;
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
