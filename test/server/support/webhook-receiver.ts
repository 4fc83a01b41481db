import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: Record<string, string>;
  /** The body exactly as it arrived, for signature checks. */
  body: string;
  /** The status this receiver answered with: 204 when it took the message, 503 while "down". */
  answeredWith: number;
  receivedAt: number;
}

export interface WebhookMessage {
  id: string;
  type: string;
  municipality: string;
  occurredAt: string;
  data: Record<string, unknown> & { reference?: string };
}

export interface WebhookReceiver {
  /** Where the outbox should post, e.g. http://127.0.0.1:41234/fachverfahren/syke */
  readonly url: string;
  /** Every request, taken or refused, in order of arrival. */
  readonly received: ReceivedWebhook[];
  /** The requests answered 2xx: what the specialist procedure actually took. */
  readonly delivered: ReceivedWebhook[];
  /** While true, every request is answered 503 Service Unavailable. */
  down: boolean;
  /** Delay before answering, to widen the window in which concurrent deliveries overlap. */
  delayMs: number;
  /**
   * Resolves with the first `count` delivered requests that match `where` once there are that many; rejects
   * after `timeoutMs` with what arrived so far.
   */
  waitFor(
    count: number,
    timeoutMs?: number,
    where?: (message: WebhookMessage, request: ReceivedWebhook) => boolean,
  ): Promise<ReceivedWebhook[]>;
  /** Stops listening (and drops kept-alive connections): senders now get "connection refused". */
  stop(): Promise<void>;
  /** Listens again on the same port after stop(). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export function parseWebhook(request: ReceivedWebhook): WebhookMessage {
  return JSON.parse(request.body) as WebhookMessage;
}

/** A real HTTP endpoint on loopback that plays a municipality's specialist procedure receiving webhooks. */
export async function startWebhookReceiver(path = '/fachverfahren'): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const waiters = new Set<() => void>();
  let server: Server | undefined;
  let port = 0;

  const receiver = {
    url: '',
    received,
    get delivered() {
      return received.filter((request) => request.answeredWith >= 200 && request.answeredWith < 300);
    },
    down: false,
    delayMs: 0,
    waitFor(count: number, timeoutMs = 5000, where: (message: WebhookMessage, request: ReceivedWebhook) => boolean = () => true) {
      const matching = () => receiver.delivered.filter((request) => where(parseWebhook(request), request));
      return new Promise<ReceivedWebhook[]>((resolve, reject) => {
        const check = () => {
          const found = matching();
          if (found.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found.slice(0, count));
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          const found = matching();
          reject(
            new Error(
              `webhook receiver: expected ${count} matching deliveries within ${timeoutMs} ms, got ${found.length} ` +
                `(${received.length} requests in all: ${received.map((r) => `${r.headers['webhook-id']}→${r.answeredWith}`).join(', ')})`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    stop: () => stopServer(),
    restart: () => listen(port),
    async close() {
      await stopServer();
    },
  };

  function listen(onPort: number): Promise<void> {
    const next = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const answeredWith = request.method === 'POST' && request.url === path ? (receiver.down ? 503 : 204) : 404;
        const record: ReceivedWebhook = {
          headers: flatten(request.headers),
          body: Buffer.concat(chunks).toString('utf8'),
          answeredWith,
          receivedAt: Date.now(),
        };
        setTimeout(() => {
          received.push(record);
          response.statusCode = answeredWith;
          response.end();
          for (const waiter of [...waiters]) waiter();
        }, receiver.delayMs);
      });
    });
    return new Promise<void>((resolve, reject) => {
      next.once('error', reject);
      next.listen(onPort, '127.0.0.1', () => {
        next.off('error', reject);
        server = next;
        port = (next.address() as AddressInfo).port;
        receiver.url = `http://127.0.0.1:${port}${path}`;
        resolve();
      });
    });
  }

  function stopServer(): Promise<void> {
    const current = server;
    server = undefined;
    if (!current) return Promise.resolve();
    return new Promise<void>((resolve) => {
      current.close(() => resolve());
      current.closeAllConnections();
    });
  }

  await listen(0);
  return receiver;
}

function flatten(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  return flat;
}
