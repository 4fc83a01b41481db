import type { ApplicationView, Status } from '../../contract/applications.ts';
import type { Sql } from '../db/database.ts';

/**
 * The SQL of the applications table, in one place: reading rows, storing a new application, locking one for a
 * change, the citizen's status-mail choice, and erasing the data once the deletion period has run out. (A status
 * change updates the row in the same statement that records the timeline entry, in status/status-event-store.ts: one round
 * trip while a submission may be holding its town's reference counter.)
 */

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

/** What a new application is stored with; it starts as `eingegangen`. */
export interface NewApplication {
  id: string;
  reference: string;
  municipality: string;
  serviceKey: string;
  formVersion: number;
  data: Record<string, unknown>;
  owner?: { issuer: string; subject: string };
  accessCodeHash?: string;
  trustLevel: string;
  at: Date;
  language: 'de' | 'en';
  submittedVia: string;
  statusMail: boolean;
}

export async function insertApplication(tx: Sql, application: NewApplication): Promise<void> {
  await tx.query(
    `INSERT INTO applications (id, reference, municipality, service_key, form_version, data, owner_issuer, owner_subject,
       access_code_hash, trust_level, status, created_at, updated_at, language, submitted_via, status_mail)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, 'eingegangen', $11, $11, $12, $13, $14)`,
    [
      application.id,
      application.reference,
      application.municipality,
      application.serviceKey,
      application.formVersion,
      JSON.stringify(application.data),
      application.owner?.issuer ?? null,
      application.owner?.subject ?? null,
      application.accessCodeHash ?? null,
      application.trustLevel,
      application.at,
      application.language,
      application.submittedVia,
      application.statusMail,
    ],
  );
}

/** Locks the application until the transaction ends (two changes never start from the same status) and answers its status. */
export async function lockForChange(tx: Sql, id: string): Promise<Status> {
  const [row] = await tx.query<{ status: Status }>('SELECT status FROM applications WHERE id = $1 FOR UPDATE', [id]);
  return row.status;
}

export async function setStatusMail(sql: Sql, id: string, enabled: boolean): Promise<void> {
  await sql.query('UPDATE applications SET status_mail = $2 WHERE id = $1', [id, enabled]);
}

/**
 * Closed applications whose deletion period has run out (the shortest period first narrows the scan; each
 * service's own period decides), locked and skipped by a concurrent run.
 */
export function dueForDeletion(
  tx: Sql,
  policy: { now: Date; shortestDays: number; daysByService: Record<string, number>; defaultDays: number; batch: number },
): Promise<{ id: string; reference: string }[]> {
  return tx.query<{ id: string; reference: string }>(
    `SELECT id, reference FROM applications
     WHERE status IN ('abgeschlossen', 'abgelehnt') AND data_deleted_at IS NULL
       AND updated_at <= $1::timestamptz - make_interval(days => $2)
       AND updated_at <= $1::timestamptz - make_interval(days => coalesce(($3::jsonb ->> service_key)::int, $4))
     ORDER BY updated_at LIMIT $5
     FOR UPDATE SKIP LOCKED`,
    [policy.now, policy.shortestDays, JSON.stringify(policy.daysByService), policy.defaultDays, policy.batch],
  );
}

/** Keeps only the record: reference, service, status and dates; the form data goes. */
export async function eraseData(tx: Sql, ids: string[], at: Date): Promise<void> {
  await tx.query(`UPDATE applications SET data = '{}'::jsonb, data_deleted_at = $2 WHERE id = ANY($1::uuid[])`, [ids, at]);
}
