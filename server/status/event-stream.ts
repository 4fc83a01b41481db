import type { FastifyReply, FastifyRequest } from 'fastify';
import { credentialsAcceptedUntil } from '../applications/citizen-access.ts';
import type { StatusEvent } from '../../contract/applications.ts';
import type { StatusEvents, StatusSubscriber } from './status-events.ts';
import type { StatusNotice } from './status-event-store.ts';

const KEEPALIVE_MS = 20_000;
// setTimeout's largest delay (about 24.8 days); a token lives minutes.
const MAX_TIMER_MS = 2 ** 31 - 1;
const STREAM_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-store',
  'x-accel-buffering': 'no',
};

/**
 * Holds a Server-Sent Events response open and writes every matching status change as `event: status`.
 * Entries the client missed (it sends `Last-Event-ID` on reconnecting) are replayed first. The live
 * subscription starts before the replay is read, and what arrives meanwhile is held back and deduplicated by id,
 * so a change committed in between is neither lost nor sent twice.
 *
 * A stream opened with a citizen's token ends when the token would no longer be accepted: the kit reconnects with
 * its renewed token and `Last-Event-ID`, so nothing is lost, and a token that is not renewed (the citizen signed
 * out) stops the deliveries. A HEAD request is answered with the headers alone, after the same checks, and holds
 * no subscription.
 */
export async function openEventStream(
  request: FastifyRequest,
  reply: FastifyReply,
  events: StatusEvents,
  matches: (notice: StatusNotice) => boolean,
  loadMissed: () => Promise<StatusEvent[]>,
): Promise<void> {
  if (request.method === 'HEAD') {
    void reply.code(200).headers(STREAM_HEADERS).send();
    return;
  }
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
    ...STREAM_HEADERS,
    connection: 'keep-alive',
  });
  raw.write('retry: 3000\n\n');
  for (const event of [...missed, ...held].sort((a, b) => a.entry.id - b.entry.id)) write(event);
  held = undefined;
  const untrack = events.trackStream((retryMs) => {
    raw.write(`: the server is shutting down\nretry: ${retryMs}\n\n`);
    // And the connection with it: kept alive, it would hold the closing server until its keep-alive timeout.
    raw.end(() => raw.socket?.end());
  });
  const keepalive = setInterval(() => raw.write(': keepalive\n\n'), KEEPALIVE_MS);
  const until = credentialsAcceptedUntil(request);
  const expiry = until === undefined ? undefined : setTimeout(() => raw.end(), Math.min(Math.max(0, until - Date.now()), MAX_TIMER_MS));
  request.raw.on('close', () => {
    clearInterval(keepalive);
    clearTimeout(expiry);
    untrack();
    unsubscribe();
  });
}

export function lastEventId(request: FastifyRequest): number | undefined {
  const header = request.headers['last-event-id'];
  const value = typeof header === 'string' ? Number(header) : NaN;
  return Number.isInteger(value) && value >= 0 ? value : undefined;
}
