import type { AttachmentInfo } from '../../contract/applications.ts';
import type { Sql } from '../db/database.ts';
import type { CheckedAttachment } from './attachments.ts';

/**
 * The attachments table's SQL, all of it: the files of applications and of citizens' answers (those carry the
 * timeline entry they came with), described for views or read whole for a download.
 */

/** Stores checked files of an application, or of the answer recorded as timeline entry `statusEventId`. */
export async function insertAttachments(
  tx: Sql,
  applicationId: string,
  files: readonly CheckedAttachment[],
  statusEventId: number | null = null,
): Promise<void> {
  for (const file of files) {
    await tx.query(
      `INSERT INTO attachments (id, application_id, status_event_id, pointer, file_name, content_type, size, sha256, content)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [file.id, applicationId, statusEventId, file.pointer, file.fileName, file.contentType, file.size, file.sha256, file.content],
    );
  }
}

/** The files submitted with these applications (not those of answers), described, by application id. */
export async function applicationFiles(sql: Sql, applicationIds: readonly string[]): Promise<Map<string, AttachmentInfo[]>> {
  const rows = await sql.query<AttachmentInfo & { application_id: string }>(
    `SELECT id, application_id, pointer, file_name AS name, content_type AS type, size
     FROM attachments WHERE application_id = ANY($1::uuid[]) AND status_event_id IS NULL ORDER BY pointer`,
    [applicationIds],
  );
  return group(rows, (row) => row.application_id);
}

/** The files that came with these timeline entries (answers), described, by entry id. */
export async function answerFiles(sql: Sql, statusEventIds: readonly number[]): Promise<Map<number, AttachmentInfo[]>> {
  if (statusEventIds.length === 0) return new Map();
  const rows = await sql.query<AttachmentInfo & { status_event_id: number }>(
    `SELECT id, status_event_id, pointer, file_name AS name, content_type AS type, size
     FROM attachments WHERE status_event_id = ANY($1::bigint[]) ORDER BY pointer`,
    [statusEventIds],
  );
  return group(rows, (row) => Number(row.status_event_id));
}

/** One file of an application, with its content, for a download. */
export async function readFile(
  sql: Sql,
  applicationId: string,
  id: string,
): Promise<{ file_name: string; content_type: string; content: Uint8Array } | undefined> {
  const [file] = await sql.query<{ file_name: string; content_type: string; content: Uint8Array }>(
    'SELECT file_name, content_type, content FROM attachments WHERE id = $1 AND application_id = $2',
    [id, applicationId],
  );
  return file;
}

/** Deletes every file of these applications (their data is being deleted). */
export async function deleteFilesOf(tx: Sql, applicationIds: readonly string[]): Promise<void> {
  await tx.query('DELETE FROM attachments WHERE application_id = ANY($1::uuid[])', [applicationIds]);
}

function group<Key, Row extends AttachmentInfo>(rows: Row[], keyOf: (row: Row) => Key): Map<Key, AttachmentInfo[]> {
  const byKey = new Map<Key, AttachmentInfo[]>();
  for (const row of rows) {
    const { id, pointer, name, type, size } = row;
    const key = keyOf(row);
    const files = byKey.get(key) ?? [];
    if (files.length === 0) byKey.set(key, files);
    files.push({ id, pointer, name, type, size });
  }
  return byKey;
}
