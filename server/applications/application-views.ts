import type { AppDependencies } from '../app-types.ts';
import type { ApplicationView } from '../../contract/applications.ts';
import type { Sql } from '../db/database.ts';
import { replyAddress } from '../handoff/submission-metadata.ts';
import { readTimelines } from '../status/status-event-store.ts';
import type { ApplicationRow } from './application-store.ts';
import { applicationFiles } from './attachment-store.ts';

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
  const files = await applicationFiles(sql, ids);
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
    attachments: files.get(row.id) ?? [],
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
