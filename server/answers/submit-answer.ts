import { createHash } from 'node:crypto';
import type { TimelineEntry } from '../../contract/applications.ts';
import type { ApplicationMessageReceivedPlain } from '../../contract/handoff.ts';
import { lockForChange, type ApplicationRow } from '../applications/application-store.ts';
import { insertAttachments } from '../applications/attachment-store.ts';
import { checkAttachment, type CheckedAttachment } from '../applications/attachments.ts';
import { recordResponse, replay, storedResponse, type StoredResponse } from '../applications/idempotency.ts';
import type { Database } from '../db/database.ts';
import { sha512 } from '../handoff/submission-metadata.ts';
import { Problem } from '../http/problem.ts';
import { enqueue } from '../outbox/outbox-store.ts';
import { appendAnswer } from '../status/status-event-store.ts';
import type { AnswerSubmission } from './answer-request.ts';

class LostIdempotencyRace extends Error {}

/**
 * Stores the citizen's answer to a Rückfrage: checks every file first, then writes the timeline entry, its files,
 * the hand-off message and the idempotent answer in one transaction, after making sure under a row lock that the
 * office is still waiting for an answer. All or nothing.
 */
export async function submitAnswer(
  db: Database,
  application: ApplicationRow,
  answer: AnswerSubmission,
  key: string,
): Promise<StoredResponse> {
  // Per application: owner and access code holder are the same party for this case.
  const scope = `answer:${application.reference}`;
  const requestHash = hashAnswer(answer);
  const earlier = await storedResponse(db, scope, key);
  if (earlier) return replay(earlier, requestHash);
  if (application.status !== 'rueckfrage') throw notAwaiting();

  const files: CheckedAttachment[] = [];
  for (const file of answer.files) files.push(await checkAttachment(file));

  try {
    return await db.transaction(async (tx) => {
      if ((await lockForChange(tx, application.id)) !== 'rueckfrage') throw notAwaiting();
      const owner = {
        id: application.id,
        reference: application.reference,
        municipality: application.municipality,
        ownerIssuer: application.owner_issuer,
        ownerSubject: application.owner_subject,
      };
      const event = await appendAnswer(tx, owner, 'rueckfrage', answer.text);
      await insertAttachments(tx, application.id, files, event.id);
      const message: ApplicationMessageReceivedPlain = {
        reference: application.reference,
        entryId: event.id,
        receivedAt: event.at.toISOString(),
        text: answer.text,
        attachments: files.map((file) => ({
          attachmentId: file.id,
          purpose: 'attachment',
          filename: file.fileName,
          mimeType: file.contentType,
          description: 'Anlage zur Antwort auf die Rückfrage',
          pointer: file.pointer,
          size: file.size,
          hash: sha512(file.content),
          href: `/api/v1/staff/applications/${application.reference}/attachments/${file.id}`,
        })),
      };
      await enqueue(tx, application.municipality, 'application.message-received', message);
      const entry: TimelineEntry = {
        id: event.id,
        status: 'rueckfrage',
        answer: {
          text: answer.text,
          attachments: files.map((file) => ({
            id: file.id,
            pointer: file.pointer,
            name: file.fileName,
            type: file.contentType,
            size: file.size,
          })),
        },
        at: event.at.toISOString(),
      };
      if (!(await recordResponse(tx, scope, key, requestHash, 201, entry))) throw new LostIdempotencyRace();
      return { requestHash, statusCode: 201, response: entry };
    });
  } catch (error) {
    if (!(error instanceof LostIdempotencyRace)) throw error;
    return replay((await storedResponse(db, scope, key))!, requestHash);
  }
}

function notAwaiting(): Problem {
  return new Problem(
    409,
    'not-awaiting-answer',
    'Keine offene Rückfrage',
    'Die Verwaltung wartet bei diesem Antrag nicht auf eine Antwort. Eine Antwort ist nur bei einer offenen Rückfrage möglich.',
  );
}

function hashAnswer({ text, files }: AnswerSubmission): string {
  const hash = createHash('sha256').update(text);
  for (const file of files) hash.update(`\0${file.fileName}\0`).update(file.content);
  return hash.digest('hex');
}
