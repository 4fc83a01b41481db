import type { StatusEvent } from '../../contract/applications.ts';
import type { Database } from '../db/database.ts';
import { readEntry, STATUS_CHANNEL, type StatusNotice } from './timeline.ts';

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
