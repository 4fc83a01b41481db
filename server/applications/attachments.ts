import { createHash, randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { ACCEPTED_TYPES } from '../../contract/attachments.ts';
import type { ProblemName } from '../../contract/problem-names.ts';
import type { JsonSchema } from '../../contract/forms.ts';
import { child, fieldSchemaAt, placeAt, propertySchema, type FormValues } from '../../contract/json-pointer.ts';
import { withoutPrototypes } from '../http/json-limits.ts';
import { Problem, problems } from '../http/problem.ts';
import { checkText } from '../http/text-policy.ts';

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
  const { pointer } = file;
  if (!/^\/[^\s]*$/.test(pointer)) {
    throw attachmentProblem(400, 'invalid-attachment-field', pointer, 'file-field', 'Der Feldname einer Datei muss ein JSON Pointer sein.');
  }
  const name = checkText(file.fileName, 'file-name');
  if (!name.ok) throw attachmentProblem(400, 'invalid-file-name', pointer, 'file-name', `Der Dateiname ist ungültig. ${name.detail}`);
  if (name.value.length === 0 || name.value.length > 200 || /[\\/]/.test(name.value) || name.value === '.' || name.value === '..') {
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
    fileName: name.value,
    contentType: detected,
    size: file.content.length,
    sha256: createHash('sha256').update(file.content).digest('hex'),
    content: file.content,
  };
}

function attachmentProblem(status: number, name: ProblemName, pointer: string, code: string, detail: string): Problem {
  return new Problem(status, name, 'Die Datei kann nicht angenommen werden', detail, { errors: [{ pointer, code, detail }] });
}

/**
 * Checks the uploaded files and writes each one's description where the form expects it, e.g. at
 * "/wohnung/bestaetigung", into a copy of the data made of objects without prototype. A part's name is chosen by
 * the client: it is followed only along the form's own schema and must name a file field (`x-widget: "file"`),
 * each at most once.
 */
export async function attachFiles(
  schema: JsonSchema,
  data: FormValues,
  files: UploadedFile[],
): Promise<{ data: FormValues; attachments: CheckedAttachment[] }> {
  const claimed = claimedFiles(schema, data);
  if (claimed.length > 0) {
    throw problems.invalidData(
      claimed.map((pointer) => ({
        pointer,
        code: 'file-upload',
        detail: 'Eine Datei muss hochgeladen werden; eine Beschreibung genügt nicht.',
      })),
    );
  }
  const placed = withoutPrototypes(data);
  const attachments: CheckedAttachment[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    if (fieldSchemaAt(schema, file.pointer)?.['x-widget'] !== 'file' || seen.has(file.pointer)) {
      throw problems.invalidData([
        { pointer: file.pointer, code: 'file-field', detail: 'An dieser Stelle erwartet das Formular keine Datei.' },
      ]);
    }
    seen.add(file.pointer);
    const attachment = await checkAttachment(file);
    const description = { id: attachment.id, name: attachment.fileName, type: attachment.contentType, size: attachment.size };
    if (!placeAt(placed, schema, file.pointer, description)) {
      throw problems.invalidData([
        { pointer: file.pointer, code: 'file-field', detail: 'An dieser Stelle erwartet das Formular keine Datei.' },
      ]);
    }
    attachments.push(attachment);
  }
  return { data: placed, attachments };
}

/**
 * Pointers of the file fields that the client's JSON already fills in. Only the server describes a file, from the
 * part it received: a description sent as data would announce a document the office never gets.
 */
function claimedFiles(schema: JsonSchema, data: FormValues): string[] {
  const claimed: string[] = [];
  const stack: { value: unknown; schema: JsonSchema; pointer: string }[] = [{ value: data, schema, pointer: '' }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, schema: fieldSchema, pointer } = next;
    if (fieldSchema['x-widget'] === 'file') {
      claimed.push(pointer);
    } else if (Array.isArray(value)) {
      if (fieldSchema.items)
        value.forEach((item, index) => stack.push({ value: item, schema: fieldSchema.items!, pointer: child(pointer, index) }));
    } else if (value !== null && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) {
        const itemSchema = propertySchema(fieldSchema, name);
        if (itemSchema) stack.push({ value: item, schema: itemSchema, pointer: child(pointer, name) });
      }
    }
  }
  return claimed.sort();
}
