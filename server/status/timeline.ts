import type { Status, TimelineEntry } from '../../contract/applications.ts';
import type { Sql } from '../db/database.ts';

export const STATUS_CHANNEL = 'rathaus_status';

export interface StatusNotice {
  eventId: number;
  applicationId: string;
  reference: string;
  municipality: string;
  ownerIssuer: string | null;
  ownerSubject: string | null;
}

interface EventRow {
  id: number;
  status: Status;
  message: string | null;
  created_at: Date;
}

export function toTimelineEntry(row: EventRow): TimelineEntry {
  return { id: row.id, status: row.status, ...(row.message ? { message: row.message } : {}), at: row.created_at.toISOString() };
}

/**
 * Appends one entry to an application's timeline and announces it to every server process. NOTIFY inside the
 * transaction is delivered only on commit, so no tracker ever sees a change that was rolled back.
 */
export async function appendStatus(
  tx: Sql,
  application: { id: string; reference: string; municipality: string; ownerIssuer: string | null; ownerSubject: string | null },
  status: Status,
  message: string | undefined,
  actor: string,
): Promise<TimelineEntry> {
  const notice: Omit<StatusNotice, 'eventId'> = {
    applicationId: application.id,
    reference: application.reference,
    municipality: application.municipality,
    ownerIssuer: application.ownerIssuer,
    ownerSubject: application.ownerSubject,
  };
  // One statement, one round trip: a submission holds its town's reference counter until it commits.
  const [row] = await tx.query<EventRow>(
    `WITH event AS (
       INSERT INTO status_events (application_id, status, message, actor) VALUES ($1, $2, $3, $4)
       RETURNING id, status, message, created_at
     ), application AS (
       UPDATE applications SET status = $2, updated_at = (SELECT created_at FROM event) WHERE id = $1
     )
     SELECT id, status, message, created_at, pg_notify($5, ($6::jsonb || jsonb_build_object('eventId', id))::text) FROM event`,
    [application.id, status, message ?? null, actor, STATUS_CHANNEL, JSON.stringify(notice)],
  );
  return toTimelineEntry(row);
}

export async function readTimelines(sql: Sql, applicationIds: string[]): Promise<Map<string, TimelineEntry[]>> {
  const rows = await sql.query<EventRow & { application_id: string }>(
    'SELECT id, application_id, status, message, created_at FROM status_events WHERE application_id = ANY($1::uuid[]) ORDER BY id',
    [applicationIds],
  );
  const timelines = new Map<string, TimelineEntry[]>(applicationIds.map((id) => [id, []]));
  for (const row of rows) timelines.get(row.application_id)!.push(toTimelineEntry(row));
  return timelines;
}

export async function readEntry(sql: Sql, eventId: number): Promise<TimelineEntry | undefined> {
  const [row] = await sql.query<EventRow>('SELECT id, status, message, created_at FROM status_events WHERE id = $1', [eventId]);
  return row && toTimelineEntry(row);
}
