import type { AppDependencies } from '../app-types.ts';
import type { ApplicationView, AttachmentInfo } from '../../contract/applications.ts';
import type { Sql } from '../db/database.ts';
import { replyAddress } from '../handoff/submission-metadata.ts';
import { readTimelines } from '../status/timeline.ts';

export interface ApplicationRow {
  id: string;
  reference: string;
  municipality: string;
  service_key: string;
  form_version: number;
  data: Record<string, unknown>;
  owner_issuer: string | null;
  owner_subject: string | null;
  access_code_hash: string | null;
  status: ApplicationView['status'];
  language: 'de' | 'en';
  submitted_via: string | null;
  status_mail: boolean;
  created_at: Date;
  updated_at: Date;
  data_deleted_at: Date | null;
}

const COLUMNS = `id, reference, municipality, service_key, form_version, data, owner_issuer, owner_subject, access_code_hash,
  status, language, submitted_via, status_mail, created_at, updated_at, data_deleted_at`;

export function findByReference(sql: Sql, reference: string): Promise<ApplicationRow | undefined> {
  return sql.query<ApplicationRow>(`SELECT ${COLUMNS} FROM applications WHERE reference = $1`, [reference]).then((rows) => rows[0]);
}

export function findByOwner(sql: Sql, issuer: string, subject: string): Promise<ApplicationRow[]> {
  return sql.query<ApplicationRow>(
    `SELECT ${COLUMNS} FROM applications WHERE owner_issuer = $1 AND owner_subject = $2 ORDER BY created_at DESC, reference DESC LIMIT 200`,
    [issuer, subject],
  );
}

export function findByMunicipality(
  sql: Sql,
  municipality: string,
  filter: { status?: string; before?: string; limit: number },
): Promise<ApplicationRow[]> {
  // One statement per combination of filters, not "($2 IS NULL OR status = $2)": a prepared statement's generic
  // plan cannot use the status index for that, and scans a whole town's applications.
  const params: unknown[] = [municipality, filter.limit];
  const where = ['municipality = $1'];
  if (filter.status !== undefined) where.push(`status = $${params.push(filter.status)}`);
  if (filter.before !== undefined) where.push(`reference < $${params.push(filter.before)}`);
  return sql.query<ApplicationRow>(
    `SELECT ${COLUMNS} FROM applications WHERE ${where.join(' AND ')} ORDER BY reference DESC LIMIT $2`,
    params,
  );
}

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
