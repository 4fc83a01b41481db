import type { AttachmentInfo, Status, TimelineEntry } from '../../contract/applications.ts';
import { answerFiles } from '../applications/attachment-store.ts';
import type { Sql } from '../db/database.ts';

/**
 * The status_events table's SQL, all of it: each application's timeline (status changes and the citizen's answers),
 * announced on STATUS_CHANNEL as it is written, read back with the answers' files, and emptied of its messages when
 * the application's data is deleted. A new entry also sets the application's status and time in the same statement,
 * the one write to the applications table outside applications/application-store.ts.
 */

/** The NOTIFY channel on which every new timeline entry is announced (for the live status streams). */
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
  kind: 'status' | 'answer';
  status: Status;
  message: string | null;
  created_at: Date;
}

const EVENT_COLUMNS = 'id, kind, status, message, created_at';

/** A status change carries the office's message; an answer carries the citizen's text and files. */
export function toTimelineEntry(row: EventRow, files: AttachmentInfo[] = []): TimelineEntry {
  const at = row.created_at.toISOString();
  if (row.kind === 'answer') return { id: row.id, status: row.status, answer: { text: row.message ?? '', attachments: files }, at };
  return { id: row.id, status: row.status, ...(row.message ? { message: row.message } : {}), at };
}

type Owner = { id: string; reference: string; municipality: string; ownerIssuer: string | null; ownerSubject: string | null };

function noticeOf(application: Owner): Omit<StatusNotice, 'eventId'> {
  return {
    applicationId: application.id,
    reference: application.reference,
    municipality: application.municipality,
    ownerIssuer: application.ownerIssuer,
    ownerSubject: application.ownerSubject,
  };
}

/**
 * Appends one entry to an application's timeline and announces it to every server process. NOTIFY inside the
 * transaction is delivered only on commit, so no tracker ever sees a change that was rolled back.
 */
export async function appendStatus(
  tx: Sql,
  application: Owner,
  status: Status,
  message: string | undefined,
  actor: string,
): Promise<TimelineEntry> {
  const notice = noticeOf(application);
  // One statement, one round trip: a submission holds its town's reference counter until it commits.
  const [row] = await tx.query<EventRow>(
    `WITH event AS (
       INSERT INTO status_events (application_id, status, message, actor) VALUES ($1, $2, $3, $4)
       RETURNING id, kind, status, message, created_at
     ), application AS (
       UPDATE applications SET status = $2, updated_at = (SELECT created_at FROM event) WHERE id = $1
     )
     SELECT id, kind, status, message, created_at, pg_notify($5, ($6::jsonb || jsonb_build_object('eventId', id))::text) FROM event`,
    [application.id, status, message ?? null, actor, STATUS_CHANNEL, JSON.stringify(notice)],
  );
  return toTimelineEntry(row);
}

/**
 * Appends the citizen's answer to a Rückfrage ("Ihre Antwort") with the application's current status, which it
 * leaves as it is, and announces it like a status change. Its files are stored by the caller with the entry's id.
 */
export async function appendAnswer(tx: Sql, application: Owner, status: Status, text: string): Promise<{ id: number; at: Date }> {
  const [row] = await tx.query<{ id: number; created_at: Date }>(
    `WITH event AS (
       INSERT INTO status_events (application_id, kind, status, message, actor) VALUES ($1, 'answer', $2, $3, 'citizen')
       RETURNING id, created_at
     ), application AS (
       UPDATE applications SET updated_at = (SELECT created_at FROM event) WHERE id = $1
     )
     SELECT id, created_at, pg_notify($4, ($5::jsonb || jsonb_build_object('eventId', id))::text) FROM event`,
    [application.id, status, text, STATUS_CHANNEL, JSON.stringify(noticeOf(application))],
  );
  return { id: row.id, at: row.created_at };
}

export async function readTimelines(sql: Sql, applicationIds: string[]): Promise<Map<string, TimelineEntry[]>> {
  const rows = await sql.query<EventRow & { application_id: string }>(
    `SELECT ${EVENT_COLUMNS}, application_id FROM status_events WHERE application_id = ANY($1::uuid[]) ORDER BY id`,
    [applicationIds],
  );
  const files = await answerFiles(
    sql,
    rows.filter((row) => row.kind === 'answer').map((row) => row.id),
  );
  const timelines = new Map<string, TimelineEntry[]>(applicationIds.map((id) => [id, []]));
  for (const row of rows) timelines.get(row.application_id)!.push(toTimelineEntry(row, files.get(row.id)));
  return timelines;
}

export async function readEntry(sql: Sql, eventId: number): Promise<TimelineEntry | undefined> {
  const [row] = await sql.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM status_events WHERE id = $1`, [eventId]);
  if (!row) return undefined;
  return toTimelineEntry(row, row.kind === 'answer' ? (await answerFiles(sql, [row.id])).get(row.id) : []);
}

/** Empties the messages of these applications' timelines (their data is being deleted); the entries stay. */
export async function eraseMessages(tx: Sql, applicationIds: readonly string[]): Promise<void> {
  await tx.query('UPDATE status_events SET message = NULL WHERE application_id = ANY($1::uuid[]) AND message IS NOT NULL', [
    applicationIds,
  ]);
}
