import { createHash, randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { Problem } from '../http/problem.ts';

export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export interface UploadedFile {
  pointer: string;
  fileName: string;
  declaredType: string;
  content: Buffer;
}

export interface CheckedAttachment {
  id: string;
  pointer: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  content: Buffer;
}

/**
 * Accepts a file only if its content is PDF, JPEG or PNG and says the same as the browser declared, and its
 * name is a bare file name: a name with a path could be written anywhere by a careless specialist procedure.
 */
export async function checkAttachment(file: UploadedFile): Promise<CheckedAttachment> {
  const { pointer, fileName } = file;
  if (!/^\/[^\s]*$/.test(pointer)) {
    throw attachmentProblem(400, 'invalid-attachment-field', pointer, 'file-field', 'Der Feldname einer Datei muss ein JSON Pointer sein.');
  }
  if (fileName.length === 0 || fileName.length > 200 || /[\\/]|\p{Cc}/u.test(fileName) || fileName === '.' || fileName === '..') {
    throw attachmentProblem(400, 'invalid-file-name', pointer, 'file-name', 'Der Dateiname darf keine Pfadangabe enthalten.');
  }
  const detected = (await fileTypeFromBuffer(file.content))?.mime;
  if (!detected || !(ACCEPTED_TYPES as readonly string[]).includes(detected)) {
    throw attachmentProblem(415, 'unsupported-attachment-type', pointer, 'file-type', 'Erlaubt sind nur PDF-, JPEG- und PNG-Dateien.');
  }
  if (detected !== file.declaredType) {
    throw attachmentProblem(
      415,
      'attachment-type-mismatch',
      pointer,
      'file-type',
      `Die Datei ist als ${file.declaredType} angegeben, enthält aber ${detected}.`,
    );
  }
  return {
    id: randomUUID(),
    pointer,
    fileName,
    contentType: detected,
    size: file.content.length,
    sha256: createHash('sha256').update(file.content).digest('hex'),
    content: file.content,
  };
}

function attachmentProblem(status: number, name: string, pointer: string, code: string, detail: string): Problem {
  return new Problem(status, name, 'Die Datei kann nicht angenommen werden', detail, { errors: [{ pointer, code, detail }] });
}

/** Writes the attachment's description where the form expects the file, e.g. at "/wohnung/bestaetigung". */
export function placeAttachment(data: Record<string, unknown>, attachment: CheckedAttachment): boolean {
  const segments = attachment.pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
  const last = segments.pop();
  let parent: unknown = data;
  for (const segment of segments) {
    if (parent === null || typeof parent !== 'object') return false;
    parent = (parent as Record<string, unknown>)[segment];
  }
  if (last === undefined || parent === null || typeof parent !== 'object') return false;
  (parent as Record<string, unknown>)[last] = {
    id: attachment.id,
    name: attachment.fileName,
    type: attachment.contentType,
    size: attachment.size,
  };
  return true;
}
