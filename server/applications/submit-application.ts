import { createHash, randomUUID } from 'node:crypto';
import type { AppDependencies } from '../app-types.ts';
import { insertApplication } from './application-store.ts';
import type { Citizen } from '../auth/citizen-tokens.ts';
import { meetsTrustLevel } from '../../contract/trust-levels.ts';
import type { Receipt } from '../../contract/applications.ts';
import type { ApplicationSubmittedPlain } from '../../contract/handoff.ts';
import { schemaUri } from '../handoff/schema-uri.ts';
import { replyAddress, submissionMetadata } from '../handoff/submission-metadata.ts';
import { enqueueMail } from '../mail/enqueue-mail.ts';
import type { Database } from '../db/database.ts';
import { Problem, problems } from '../http/problem.ts';
import { applyTextPolicy } from '../http/text-policy.ts';
import { enqueue } from '../outbox/outbox-store.ts';
import { appendStatus } from '../status/status-event-store.ts';
import { hashAccessCode, newAccessCode } from './access-code.ts';
import { insertAttachments } from './attachment-store.ts';
import { attachFiles } from './attachments.ts';
import { recordResponse, replay, storedResponse, type StoredResponse } from './idempotency.ts';
import { nextReference } from './reference-number.ts';
import type { SubmissionRequest } from './submission-request.ts';

class LostIdempotencyRace extends Error {}

/**
 * Checks a submission completely before it writes anything, then stores the application, its attachments,
 * its first timeline entry, its outbox message and the idempotent answer in one transaction: all or nothing.
 */
export async function submitApplication(
  deps: AppDependencies,
  db: Database,
  submission: SubmissionRequest,
  citizen: Citizen | undefined,
  key: string,
): Promise<StoredResponse> {
  const scope = citizen ? `citizen:${citizen.issuer}|${citizen.subject}` : 'anonymous';
  const requestHash = hashSubmission(submission);
  const earlier = await storedResponse(db, scope, key);
  if (earlier) return replay(earlier, requestHash);

  const { envelope } = submission;
  const town = deps.catalogue.municipality(envelope.municipality);
  if (!town) throw problems.notFound(`Die Kommune "${envelope.municipality}" gibt es nicht.`);
  const service = deps.catalogue.service(envelope.service);
  if (!service) throw problems.notFound(`Die Leistung "${envelope.service}" gibt es nicht.`);
  const offering = deps.catalogue.offering(town.slug, service.key);
  if (!offering || offering.entry.mode !== 'online') {
    throw new Problem(
      409,
      'not-offered-online',
      'Nicht online verfügbar',
      `„${service.name}“ kann in ${town.shortName} nicht online beantragt werden.`,
      offering?.entry.onlineFrom ? { onlineFrom: offering.entry.onlineFrom } : {},
    );
  }
  if (service.trustLevel !== 'none') {
    if (!citizen) throw problems.unauthorized(`Für „${service.name}“ müssen Sie sich anmelden.`);
    if (!meetsTrustLevel(citizen.trustLevel, service.trustLevel)) {
      throw new Problem(
        403,
        'insufficient-trust-level',
        'Höheres Vertrauensniveau nötig',
        `„${service.name}“ verlangt das Vertrauensniveau „${service.trustLevel}“.`,
        {
          requiredTrustLevel: service.trustLevel,
        },
      );
    }
  }

  const form = deps.forms.latest(service.key)!;
  const textErrors = applyTextPolicy(envelope.data, form.schema);
  if (textErrors.length > 0) throw problems.invalidData(textErrors);
  const { data, attachments } = await attachFiles(form.schema, envelope.data, submission.files);
  const errors = deps.forms.validator(form)(data);
  if (errors.length > 0) throw problems.invalidData(errors);

  const responsible = offering.responsible;
  const accessCode = citizen ? undefined : newAccessCode();
  try {
    const stored = await db.transaction(async (tx) => {
      const id = randomUUID();
      const { reference, at: now } = await nextReference(tx, responsible);
      await insertApplication(tx, {
        id,
        reference,
        municipality: responsible.slug,
        serviceKey: service.key,
        formVersion: form.version,
        data,
        ...(citizen ? { owner: { issuer: citizen.issuer, subject: citizen.subject } } : {}),
        ...(accessCode ? { accessCodeHash: hashAccessCode(accessCode) } : {}),
        trustLevel: citizen?.trustLevel ?? 'none',
        at: now,
        language: envelope.language ?? 'de',
        submittedVia: town.slug,
        statusMail: envelope.statusMail ?? true,
      });
      await insertAttachments(tx, id, attachments);
      const owner = {
        id,
        reference,
        municipality: responsible.slug,
        ownerIssuer: citizen?.issuer ?? null,
        ownerSubject: citizen?.subject ?? null,
      };
      await appendStatus(tx, owner, 'eingegangen', undefined, 'system');
      const submitted: ApplicationSubmittedPlain = {
        reference,
        municipality: { slug: responsible.slug, name: responsible.name, ...arsOf(responsible) },
        submittedVia: town.slug,
        metadata: submissionMetadata({
          service,
          schema: form.schema,
          schemaUri: schemaUri(deps.publicUrl, service.key, form.version),
          data,
          files: attachments,
          ...(citizen ? { citizen } : {}),
          reference,
          applicationDate: germanDate(now),
        }),
        data,
        attachments: attachments.map((a) => ({ attachmentId: a.id, href: `/api/v1/staff/applications/${reference}/attachments/${a.id}` })),
      };
      await enqueue(tx, responsible.slug, 'application.submitted', submitted);
      const to = deps.mail ? replyAddress(form.schema, data) : undefined;
      if (to) {
        await enqueueMail(tx, responsible.slug, `receipt:${reference}`, {
          kind: 'receipt',
          to,
          language: envelope.language ?? 'de',
          reference,
          service: service.name,
          authority: responsible.name,
          municipality: responsible.slug,
          site: town.slug,
          at: now.toISOString(),
          nextSteps: form.nextSteps,
          ...(accessCode ? { accessCode } : {}),
        });
      }
      const receipt: Receipt = {
        reference,
        status: 'eingegangen',
        createdAt: now.toISOString(),
        municipality: { slug: responsible.slug, name: responsible.name },
        service: { key: service.key, name: service.name },
        formVersion: form.version,
        ...(accessCode ? { accessCode } : {}),
        nextSteps: form.nextSteps,
      };
      if (!(await recordResponse(tx, scope, key, requestHash, 201, receipt))) throw new LostIdempotencyRace();
      return { requestHash, statusCode: 201, response: receipt };
    });
    deps.observer?.submitted(responsible.slug, service.key);
    return stored;
  } catch (error) {
    if (!(error instanceof LostIdempotencyRace)) throw error;
    return replay((await storedResponse(db, scope, key))!, requestHash);
  }
}

function hashSubmission({ envelope, files }: SubmissionRequest): string {
  const hash = createHash('sha256').update(
    JSON.stringify([envelope.municipality, envelope.service, envelope.data, envelope.language ?? 'de', envelope.statusMail ?? true]),
  );
  for (const file of files) hash.update(`\0${file.pointer}\0${file.fileName}\0`).update(file.content);
  return hash.digest('hex');
}

/** The calendar day in Germany, as the application date of the hand-off. */
function germanDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(at);
}

/** The municipality's official regional key, where the catalogue has one. */
function arsOf(municipality: object): { ars?: string } {
  const ars = (municipality as { ars?: unknown }).ars;
  return typeof ars === 'string' ? { ars } : {};
}
