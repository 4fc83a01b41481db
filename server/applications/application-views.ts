import type { AppDependencies } from '../app-types.ts';
import type { ApplicationView, AttachmentInfo } from '../../contract/applications.ts';
import type { Sql } from '../db/database.ts';
import { replyAddress } from '../handoff/submission-metadata.ts';
import { readTimelines } from '../status/timeline.ts';
import type { ApplicationRow } from './application-store.ts';

/** What a citizen or clerk sees of applications: data, attachments (described, not their content) and timeline. */
export async function toViews(
  sql: Sql,
  deps: Pick<AppDependencies, 'catalogue' | 'forms' | 'mail'>,
  rows: ApplicationRow[],
): Promise<ApplicationView[]> {
  const { catalogue } = deps;
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const timelines = await readTimelines(sql, ids);
  const attachments = await sql.query<AttachmentInfo & { application_id: string }>(
    `SELECT id, application_id, pointer, file_name AS name, content_type AS type, size
     FROM attachments WHERE application_id = ANY($1::uuid[]) AND status_event_id IS NULL ORDER BY pointer`,
    [ids],
  );
  return rows.map((row) => ({
    reference: row.reference,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    municipality: { slug: row.municipality, name: catalogue.municipality(row.municipality)?.name ?? row.municipality },
    service: { key: row.service_key, name: catalogue.service(row.service_key)?.name ?? row.service_key },
    formVersion: row.form_version,
    timeline: timelines.get(row.id) ?? [],
    data: row.data,
    attachments: attachments
      .filter((attachment) => attachment.application_id === row.id)
      .map(({ id, pointer, name, type, size }) => ({ id, pointer, name, type, size })),
    ...(canMail(deps, row) ? { statusMail: row.status_mail } : {}),
    ...(row.data_deleted_at ? { dataDeletedAt: row.data_deleted_at.toISOString() } : {}),
  }));
}

/** Whether status mail could reach this citizen at all: only then is there a choice to show. */
function canMail(deps: Pick<AppDependencies, 'forms' | 'mail'>, row: ApplicationRow): boolean {
  if (!deps.mail || row.data_deleted_at) return false;
  const form = deps.forms.version(row.service_key, row.form_version);
  return form !== undefined && replyAddress(form.schema, row.data) !== undefined;
}
