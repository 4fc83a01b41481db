import type { TimelineEntry } from '../../contract/applications.ts';
import type { AppDependencies } from '../app-types.ts';
import type { ApplicationRow } from '../applications/application-store.ts';
import type { Sql } from '../db/database.ts';
import { replyAddress } from '../handoff/submission-metadata.ts';
import { enqueueMail } from './enqueue-mail.ts';

/**
 * In the transaction of a status change: the mail that tells the citizen, to the address of the application's
 * form. A Rückfrage is always sent (it needs an answer); other changes only while the citizen wants status mail.
 */
export async function enqueueStatusMail(tx: Sql, deps: AppDependencies, row: ApplicationRow, entry: TimelineEntry): Promise<void> {
  if (!deps.mail) return;
  if (entry.status !== 'rueckfrage' && !row.status_mail) return;
  const form = deps.forms.version(row.service_key, row.form_version);
  const to = form && replyAddress(form.schema, row.data);
  if (!to) return;
  const common = {
    to,
    language: row.language,
    reference: row.reference,
    service: deps.catalogue.service(row.service_key)?.name ?? row.service_key,
    authority: deps.catalogue.municipality(row.municipality)?.name ?? row.municipality,
    municipality: row.municipality,
    site: row.submitted_via ?? row.municipality,
  };
  await enqueueMail(
    tx,
    row.municipality,
    `status:${entry.id}`,
    entry.status === 'rueckfrage'
      ? { ...common, kind: 'rueckfrage', message: entry.message ?? '' }
      : { ...common, kind: 'status', status: entry.status, ...(entry.message ? { message: entry.message } : {}) },
  );
}
