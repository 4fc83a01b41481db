import type { FastifyRequest } from 'fastify';
import { MAX_ANSWER_FILES } from '../../contract/answer-limits.ts';
import type { FieldError } from '../../contract/problem.ts';
import type { UploadedFile } from '../applications/attachments.ts';
import { checkedJson, parseJson } from '../http/json-limits.ts';
import type { Limits } from '../http/limits.ts';
import { Problem, problems } from '../http/problem.ts';
import { checkText } from '../http/text-policy.ts';

export interface AnswerSubmission {
  text: string;
  files: UploadedFile[];
}

const MAX_TEXT = 5000;

/**
 * Reads an answer sent as JSON `{ text }`, or as multipart/form-data with that JSON in the part "answer" and each
 * file in a part "file". Every problem is reported at its place: "/text", or "/files/<n>" for the n-th file.
 */
export async function readAnswer(request: FastifyRequest, limits: Limits): Promise<AnswerSubmission> {
  if (!request.isMultipart()) return { text: checkAnswer(request.body), files: [] };
  let text: string | undefined;
  const files: UploadedFile[] = [];
  try {
    for await (const part of request.parts()) {
      if (part.fieldname === 'answer') {
        if (text !== undefined) throw problems.badRequest('Der Teil "answer" darf nur einmal vorkommen.');
        if (part.type === 'file') text = checkAnswer(parseJson((await part.toBuffer()).toString('utf8'), limits));
        else text = checkAnswer(typeof part.value === 'string' ? parseJson(part.value, limits) : checkedJson(part.value, limits));
      } else if (part.fieldname === 'file' && part.type === 'file') {
        if (files.length >= MAX_ANSWER_FILES) {
          throw problems.invalidData([
            { pointer: '/files', code: 'max-files', detail: `Mit einer Antwort können Sie höchstens ${MAX_ANSWER_FILES} Dateien senden.` },
          ]);
        }
        const pointer = `/files/${files.length}`;
        files.push({ pointer, fileName: part.filename, declaredType: part.mimetype, content: await part.toBuffer() });
      } else {
        throw problems.badRequest(`Unbekannter Teil "${part.fieldname}"; erwartet werden "answer" und "file".`);
      }
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      const pointer = `/files/${files.length}`;
      throw new Problem(413, 'too-large', 'Datei zu groß', 'Eine Datei überschreitet die zulässige Größe.', {
        errors: [{ pointer, code: 'file-size', detail: 'Die Datei ist zu groß.' }],
      });
    }
    throw error;
  }
  if (text === undefined) throw problems.badRequest('Der Teil "answer" mit dem Text der Antwort fehlt.');
  return { text, files };
}

/** The answer's text after the text policy; an empty answer is refused at "/text" with a German message. */
function checkAnswer(body: unknown): string {
  if (!isObject(body)) throw problems.badRequest('Erwartet wird { text }.');
  if (Object.keys(body).some((key) => key !== 'text')) throw problems.badRequest('Erwartet wird nur { text }.');
  const error = (code: string, detail: string): FieldError[] => [{ pointer: '/text', code, detail }];
  // The request policy has already removed a text of only white space, as it does for every optional string.
  if (body.text === undefined) throw problems.invalidData(error('required', 'Bitte schreiben Sie Ihre Antwort.'));
  if (typeof body.text !== 'string') throw problems.invalidData(error('type', 'Die Antwort muss ein Text sein.'));
  const checked = checkText(body.text, 'multi-line');
  if (!checked.ok) throw problems.invalidData(error(checked.code, checked.detail));
  if (checked.value === '') throw problems.invalidData(error('required', 'Bitte schreiben Sie Ihre Antwort.'));
  if (checked.value.length > MAX_TEXT) {
    throw problems.invalidData(error('maxLength', `Die Antwort darf höchstens ${MAX_TEXT} Zeichen lang sein.`));
  }
  return checked.value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
