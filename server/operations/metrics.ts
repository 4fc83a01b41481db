import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../db/database.ts';
import { backlog as outboxBacklog } from '../outbox/outbox-store.ts';

/**
 * What the API counts for Prometheus. Labels name routes (the pattern, never the path with a reference in it),
 * status codes, municipalities and services: nothing about a person.
 */
export interface Observer {
  /** One application stored (not a replay of an earlier answer). */
  submitted(municipality: string, service: string): void;
  /** One webhook delivery that did not succeed (it will be retried or was refused). */
  webhookFailed(municipality: string): void;
}

export interface MetricsSources {
  db: Database;
  openStreams: () => number;
}

export class Metrics implements Observer {
  readonly registry = new Registry();
  readonly requestDuration: Histogram<'method' | 'route' | 'status'>;
  private readonly submissions: Counter<'municipality' | 'service'>;
  private readonly webhookFailures: Counter<'municipality'>;

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requestDuration = new Histogram({
      name: 'rathaus_http_request_duration_seconds',
      help: 'HTTP requests by method, route pattern and status code, with their duration.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.submissions = new Counter({
      name: 'rathaus_submissions_total',
      help: 'Applications stored, by responsible municipality and service key.',
      labelNames: ['municipality', 'service'],
      registers,
    });
    this.webhookFailures = new Counter({
      name: 'rathaus_webhook_failures_total',
      help: 'Webhook deliveries that failed (answered with an error, unreachable, timed out or refused), by municipality.',
      labelNames: ['municipality'],
      registers,
    });
    new Gauge({
      name: 'rathaus_sse_open_streams',
      help: 'Live status streams (Server-Sent Events) open on this process.',
      registers,
      collect() {
        this.set(sources.openStreams());
      },
    });
    // Backlog and age come from the database at scrape time, so every process reports the same, shared figures.
    // The count uses the partial index of undelivered messages and stays cheap however many were delivered.
    const backlog = new Gauge({
      name: 'rathaus_outbox_backlog',
      help: 'Outbox messages not yet delivered (including held-back ones), by municipality.',
      labelNames: ['municipality'],
      registers,
    });
    new Gauge({
      name: 'rathaus_outbox_oldest_age_seconds',
      help: 'Age of the oldest undelivered outbox message, in seconds (0 when none is waiting).',
      registers,
      async collect() {
        backlog.reset();
        const rows = await outboxBacklog(sources.db).catch(() => undefined);
        if (!rows) return;
        for (const row of rows) backlog.set({ municipality: row.municipality }, row.waiting);
        this.set(Math.max(0, ...rows.map((row) => row.age ?? 0)));
      },
    });
    const stats = sources.db.poolStats?.bind(sources.db);
    if (stats) {
      new Gauge({
        name: 'rathaus_db_pool_connections',
        help: 'Database pool connections by state: in use, idle, and requests waiting for one; max is the limit.',
        labelNames: ['state'],
        registers,
        collect() {
          const { total, idle, waiting, max } = stats();
          this.set({ state: 'in-use' }, total - idle);
          this.set({ state: 'idle' }, idle);
          this.set({ state: 'waiting' }, waiting);
          this.set({ state: 'max' }, max);
        },
      });
    }
  }

  submitted(municipality: string, service: string): void {
    this.submissions.inc({ municipality, service });
  }

  webhookFailed(municipality: string): void {
    this.webhookFailures.inc({ municipality });
  }
}
