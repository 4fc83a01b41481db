import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { Database } from '../db/database.ts';
import { pendingMigrations } from '../db/migrate.ts';
import type { OutboxRunner } from '../outbox/outbox-runner.ts';
import type { StatusEvents } from '../status/status-events.ts';
import type { Metrics } from './metrics.ts';

export interface OperationsOptions {
  db: Database;
  metrics: Metrics;
  /** The webhook channel's runner, and the mail channel's where mail is configured. */
  outbox: Pick<OutboxRunner, 'health'>;
  mailer?: Pick<OutboxRunner, 'health'>;
  statusEvents: Pick<StatusEvents, 'endStreams'>;
  /** How long a live tracker waits before it reconnects after a shutdown ended its stream (doubled at most). */
  reconnectAfterMs?: number;
}

const CHECK_TIMEOUT_MS = 2000;
const NO_STORE = { 'cache-control': 'no-store' };

type Check = { ok: boolean; detail: string };

/**
 * What a load balancer, an orchestrator and Prometheus need, outside /api/v1 and not in the OpenAPI document:
 *  - `GET /livez`: the process runs and answers (restart it when not);
 *  - `GET /readyz`: the database answers, every migration is applied and the outbox runners (webhooks, mail) are not stuck (send it
 *    traffic only when 200; 503 with the failing check otherwise; once a shutdown begins, the listener is closed
 *    and a request on a connection still open is answered 503 by Fastify);
 *  - `GET /metrics`: Prometheus text format.
 * It also times every request by route pattern and status, and on shutdown ends the live status streams with a
 * retry hint so that trackers reconnect elsewhere while in-flight requests finish.
 */
export const operations: FastifyPluginAsync<OperationsOptions> = async (app: FastifyInstance, options) => {
  const { db, metrics, outbox, mailer, statusEvents } = options;

  app.addHook('onResponse', async (request, reply) => {
    // The route's pattern (e.g. /api/v1/applications/:reference), never the path: no reference reaches a label.
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requestDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  // Connections kept alive would hold a closing server until their keep-alive timeout: answers given during the
  // shutdown close theirs.
  let closing = false;
  app.addHook('onSend', async (_request, reply) => {
    if (closing) void reply.header('connection', 'close');
  });
  app.addHook('preClose', async () => {
    closing = true;
    statusEvents.endStreams(options.reconnectAfterMs ?? 2000);
  });

  const hide = { schema: { hide: true } };

  app.get('/livez', hide, async (_request, reply) => reply.headers(NO_STORE).send({ status: 'live' }));

  app.get('/readyz', hide, async (_request, reply) => {
    const [database, migrations] = await Promise.all([
      check(async () => {
        await db.query('SELECT 1');
        return 'reachable';
      }),
      check(async () => {
        const pending = await pendingMigrations(db);
        if (pending.length > 0) throw new Error(`pending: ${pending.join(', ')}`);
        return 'applied';
      }),
    ]);
    const running = (runner: Pick<OutboxRunner, 'health'>): Check => {
      const health = runner.health();
      return { ok: health !== 'stalled' && health !== 'stopped', detail: health };
    };
    const checks: Record<string, Check> = {
      database,
      migrations,
      outbox: running(outbox),
      ...(mailer ? { mail: running(mailer) } : {}),
    };
    const ready = Object.values(checks).every((c) => c.ok);
    return reply
      .code(ready ? 200 : 503)
      .headers(NO_STORE)
      .send({ status: ready ? 'ready' : 'not-ready', checks });
  });

  app.get('/metrics', hide, async (_request, reply) =>
    reply.headers({ ...NO_STORE, 'content-type': metrics.registry.contentType }).send(await metrics.registry.metrics()),
  );
};
// Like fastify-plugin: the hooks apply to the whole app, not only inside this plugin's scope.
(operations as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;

async function check(probe: () => Promise<string>): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    return { ok: true, detail: await Promise.race([probe(), timeout]) };
  } catch (error) {
    // Only the message: a driver's error object may carry the connection string.
    return { ok: false, detail: error instanceof Error ? error.message : 'failed' };
  } finally {
    clearTimeout(timer);
  }
}
