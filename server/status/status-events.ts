import type { StatusEvent } from '../../contract/applications.ts';
import type { Database } from '../db/database.ts';
import { readEntry, STATUS_CHANNEL, type StatusNotice } from './status-event-store.ts';

export type StatusSubscriber = {
  matches(notice: StatusNotice): boolean;
  send(event: StatusEvent): void;
};

/**
 * Fans status changes out to the live trackers connected to this process. Changes made by any process arrive
 * through LISTEN/NOTIFY, so a tracker on one server sees a change posted to another.
 */
export class StatusEvents {
  private readonly subscribers = new Set<StatusSubscriber>();
  private readonly streams = new Set<(retryMs: number) => void>();

  private constructor(
    private readonly db: Database,
    private unlisten: () => Promise<void> = async () => undefined,
  ) {}

  static async start(db: Database): Promise<StatusEvents> {
    const events = new StatusEvents(db);
    events.unlisten = await db.listen(STATUS_CHANNEL, (payload) => void events.dispatch(payload));
    return events;
  }

  subscribe(subscriber: StatusSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  get size(): number {
    return this.subscribers.size;
  }

  /** Registers an open stream by the way it ends itself with a retry hint; returns how to unregister it. */
  trackStream(end: (retryMs: number) => void): () => void {
    this.streams.add(end);
    return () => this.streams.delete(end);
  }

  /** Streams held open by this process right now. */
  get openStreams(): number {
    return this.streams.size;
  }

  /**
   * Ends every open stream, asking each client to reconnect after `retryMs` (plus up to as much again, so that
   * thousands of trackers do not come back in the same millisecond); they resume with Last-Event-ID elsewhere.
   */
  endStreams(retryMs: number): void {
    for (const end of [...this.streams]) end(Math.round(retryMs * (1 + Math.random())));
    this.streams.clear();
  }

  async stop(): Promise<void> {
    await this.unlisten();
  }

  private async dispatch(payload: string): Promise<void> {
    const notice = JSON.parse(payload) as StatusNotice;
    const interested = [...this.subscribers].filter((subscriber) => subscriber.matches(notice));
    if (interested.length === 0) return;
    const entry = await readEntry(this.db, notice.eventId).catch(() => undefined);
    if (!entry) return;
    for (const subscriber of interested) subscriber.send({ reference: notice.reference, entry });
  }
}
