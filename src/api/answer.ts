import type { TimelineEntry } from '../../contract/applications.ts';
import { authHeaders, request, type Credentials } from './client.ts';

/**
 * Sends the citizen's answer to a Rückfrage: as JSON, or with files as multipart/form-data (the JSON in the part
 * "answer", each file in a part "file"). The idempotency key makes a resend after a lost answer safe.
 */
export function sendAnswer(
  base: string,
  reference: string,
  credentials: Credentials,
  answer: { text: string; files: File[] },
  idempotencyKey: string,
): Promise<TimelineEntry> {
  const json = JSON.stringify({ text: answer.text });
  let body: BodyInit = json;
  if (answer.files.length > 0) {
    const form = new FormData();
    form.append('answer', json);
    for (const file of answer.files) form.append('file', file, file.name);
    body = form;
  }
  return request<TimelineEntry>(`${base}/applications/${encodeURIComponent(reference)}/answers`, {
    method: 'POST',
    body,
    headers: {
      'idempotency-key': idempotencyKey,
      ...authHeaders(credentials),
      ...(answer.files.length === 0 ? { 'content-type': 'application/json' } : {}),
    },
  });
}
