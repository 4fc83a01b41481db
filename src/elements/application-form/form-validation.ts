import { TYPE_NAMES, type AcceptedType } from '../../../contract/attachments.ts';
import { isValidIban } from '../../../contract/iban.ts';
import type { FormMessages } from '../../i18n/form-messages.ts';
import type { LocalizeController } from '../../i18n/localize.ts';
import type { FieldModel } from './form-model.ts';
import { isEmpty, parseNumber } from './form-values.ts';

/**
 * The checks the citizen sees before sending, the same the server makes with the form's schema (so that its
 * answer is rarely needed), each as a kind that the catalogue turns into a message in the page's language.
 */

export type ProblemKind =
  | 'required'
  | 'choose'
  | 'file'
  | 'fileAgain'
  | 'pattern'
  | 'email'
  | 'iban'
  | 'consent'
  | 'date'
  | 'integer'
  | 'number'
  | 'minimum'
  | 'maximum'
  | 'minLength'
  | 'maxLength'
  | 'fileType'
  | 'fileSize'
  | 'server';

export interface FieldProblem {
  kind: ProblemKind;
  /** The server's own explanation, for problems the kit has no message for. */
  detail?: string;
}

export interface FieldInput {
  value: unknown;
  required: boolean;
  file?: File;
  /** The name of a file the restored draft referred to, which has to be chosen again. */
  missingFile?: string;
  /** The browser could not read what was typed (e.g. half a date). */
  badInput?: boolean;
}

// The "full" e-mail format of ajv-formats, which the server uses.
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

export function checkField(field: FieldModel, input: FieldInput): FieldProblem | undefined {
  const { schema } = field;
  if (field.widget === 'file') return checkFile(field, input);
  // A declaration the citizen must tick (`const: true`), such as a SEPA mandate; other checkboxes may stay empty.
  if (field.widget === 'checkbox') return schema.const === true && input.value !== true ? { kind: 'consent' } : undefined;
  if (field.widget === 'group' || field.widget === 'repeat') return undefined;
  if (input.badInput) return { kind: field.widget === 'date' ? 'date' : 'required' };
  if (isEmpty(input.value)) return input.required ? { kind: emptyKind(field) } : undefined;
  switch (field.widget) {
    case 'select':
    case 'radio':
    case 'yes-no':
      return field.options.some((option) => option.value === input.value) ? undefined : { kind: 'choose' };
    case 'integer':
    case 'number': {
      const number = parseNumber(input.value, field.widget === 'integer');
      if (number === undefined) return { kind: field.widget };
      if (schema.minimum !== undefined && number < schema.minimum) return { kind: 'minimum' };
      if (schema.maximum !== undefined && number > schema.maximum) return { kind: 'maximum' };
      return undefined;
    }
    case 'date':
      return isDate(String(input.value)) ? undefined : { kind: 'date' };
  }
  const text = String(input.value).trim();
  const length = [...text].length;
  if (schema.maxLength !== undefined && length > schema.maxLength) return { kind: 'maxLength' };
  if (schema.minLength !== undefined && length < schema.minLength) return { kind: 'minLength' };
  if (schema.format === 'email' && !EMAIL.test(text)) return { kind: 'email' };
  if (schema.format === 'iban' && !isValidIban(text)) return { kind: 'iban' };
  if (schema.pattern && !new RegExp(schema.pattern, 'u').test(text)) return { kind: 'pattern' };
  return undefined;
}

function checkFile(field: FieldModel, { file, missingFile, required }: FieldInput): FieldProblem | undefined {
  if (!file) {
    if (missingFile && required) return { kind: 'fileAgain' };
    return required ? { kind: 'file' } : undefined;
  }
  const accept = field.schema['x-accept'];
  if (accept && !accept.includes(file.type)) return { kind: 'fileType' };
  const max = field.schema['x-max-bytes'];
  if (max !== undefined && file.size > max) return { kind: 'fileSize' };
  if (file.size === 0) return { kind: 'file' };
  return undefined;
}

function emptyKind(field: FieldModel): ProblemKind {
  return ['select', 'radio', 'yes-no'].includes(field.widget) ? 'choose' : 'required';
}

function isDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A field error of the server (code: required, pattern, format, minimum, file-type, …; pointer possibly below the
 * field, like "/foto/size") as a problem of the field; the server's German detail when there is no better kind.
 */
export function problemFromServer(field: FieldModel, code: string, detail: string): FieldProblem {
  if (field.widget === 'file') {
    if (code === 'required') return { kind: 'file' };
    if (code === 'file-type' || code === 'enum') return { kind: 'fileType' };
    if (code === 'maximum') return { kind: 'fileSize' };
    return { kind: 'server', detail };
  }
  switch (code) {
    case 'required':
      return { kind: emptyKind(field) };
    case 'format':
      return { kind: field.schema.format ?? 'server', detail };
    case 'pattern':
    case 'minimum':
    case 'maximum':
    case 'minLength':
    case 'maxLength':
      return { kind: code };
    case 'type':
      return field.widget === 'integer' || field.widget === 'number' ? { kind: field.widget } : { kind: 'server', detail };
    case 'const':
      return { kind: field.widget === 'checkbox' ? 'consent' : 'choose' };
    case 'oneOf':
    case 'enum':
      return { kind: 'choose' };
  }
  return { kind: 'server', detail };
}

type Localize = LocalizeController<FormMessages>;

/** The message for a problem, in the element's language. */
export function messageFor(problem: FieldProblem, field: FieldModel, i18n: Localize, missingFile = ''): string {
  const t = i18n.messages.applicationForm.errors;
  const { schema, title } = field;
  switch (problem.kind) {
    case 'server':
      return problem.detail ?? '';
    case 'email':
      return t.email;
    case 'fileAgain':
      return t.fileAgain(title, missingFile);
    case 'minimum':
      return t.minimum(title, i18n.number(schema.minimum ?? 0));
    case 'maximum':
      return t.maximum(title, i18n.number(schema.maximum ?? 0));
    case 'minLength':
      return t.minLength(title, i18n.number(schema.minLength ?? 0));
    case 'maxLength':
      return t.maxLength(title, i18n.number(schema.maxLength ?? 0));
    case 'fileType':
      return t.fileType(title, fileTypes(schema['x-accept'] ?? [], i18n));
    case 'fileSize':
      return t.fileSize(title, fileSize(schema['x-max-bytes'] ?? 0, i18n));
    default:
      return t[problem.kind](title);
  }
}

/** "JPG oder PNG" / "JPG or PNG". */
export function fileTypes(types: readonly string[], i18n: Localize): string {
  const names = types.map((type) => TYPE_NAMES[type as AcceptedType] ?? type);
  return new Intl.ListFormat(i18n.locale, { type: 'disjunction' }).format(names);
}

/** "10 MB", "1,5 KB". */
export function fileSize(bytes: number, i18n: Localize): string {
  const t = i18n.messages.applicationForm.file;
  if (bytes >= 1024 * 1024) return t.megabytes(i18n.number(Math.round((bytes / 1024 / 1024) * 10) / 10));
  return t.kilobytes(i18n.number(Math.max(1, Math.round((bytes / 1024) * 10) / 10)));
}
