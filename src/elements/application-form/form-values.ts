import { isShown, type FieldModel, type StepModel } from './form-model.ts';
import { child, getAt, setAt, type FormValues } from '../../../contract/json-pointer.ts';

/**
 * The form data as typed (text as text, numbers as the citizen wrote them) and as sent: the server validates
 * with the same schema, refuses "" where `minLength` is 1 and wants numbers and booleans as such.
 */

export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** "12,50", "12.50", "1.500" (German thousands) and "1 500" as numbers; anything else is not a number. */
export function parseNumber(value: unknown, integer: boolean): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && (!integer || Number.isInteger(value)) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  let text = value.trim().replace(/[\s\u00a0]/g, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replaceAll('.', '');
  text = text.replace(',', '.');
  if (!(integer ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(text)) return undefined;
  return Number(text);
}

/** A new item of a repeating group, or an empty object, with the schema's defaults. */
export function newObject(fields: FieldModel[]): FormValues {
  const value: FormValues = {};
  addDefaults(fields, value, '');
  return value;
}

/** Puts defaults into empty fields and the minimum number of items into repeating groups. */
export function addDefaults(fields: FieldModel[], data: FormValues, base: string): void {
  for (const field of fields) {
    const pointer = child(base, field.name);
    const value = getAt(data, pointer);
    if (field.widget === 'group') {
      if (value === undefined) setAt(data, pointer, {});
      addDefaults(field.fields, data, pointer);
    } else if (field.widget === 'repeat') {
      const items = Array.isArray(value) ? value : [];
      while (items.length < (field.schema.minItems ?? 0)) items.push(newObject(field.fields));
      setAt(data, pointer, items);
    } else if (value === undefined && field.schema.default !== undefined && field.always) {
      setAt(data, pointer, field.schema.default);
    }
  }
}

/** Removes the values of fields that are no longer shown; answers their pointers, so files and errors go too. */
export function dropHidden(fields: FieldModel[], data: FormValues, base: string): string[] {
  const parent = getAt(data, base);
  const dropped: string[] = [];
  for (const field of fields) {
    const pointer = child(base, field.name);
    if (!isShown(field, parent)) {
      if (getAt(data, pointer) !== undefined) setAt(data, pointer, undefined);
      dropped.push(pointer);
    } else if (field.widget === 'group') {
      dropped.push(...dropHidden(field.fields, data, pointer));
    } else if (field.widget === 'repeat') {
      const items = getAt(data, pointer);
      if (Array.isArray(items)) items.forEach((_, i) => dropped.push(...dropHidden(field.fields, data, child(pointer, i))));
    }
  }
  return dropped;
}

/** The data to send: only shown fields, no empty optional values, numbers as numbers, no file fields. */
export function submissionData(steps: StepModel[], data: FormValues): FormValues {
  return Object.fromEntries(steps.map((step) => [step.name, cleanObject(step.fields, getAt(data, step.pointer))]));
}

function cleanObject(fields: FieldModel[], value: unknown): FormValues {
  const source = value !== null && typeof value === 'object' ? (value as FormValues) : {};
  const result: FormValues = {};
  for (const field of fields) {
    if (!isShown(field, source)) continue;
    const cleaned = cleanValue(field, source[field.name]);
    if (cleaned !== undefined) result[field.name] = cleaned;
  }
  return result;
}

function cleanValue(field: FieldModel, value: unknown): unknown {
  switch (field.widget) {
    case 'file':
      // The server writes { id, name, type, size } here from the uploaded part.
      return undefined;
    case 'group':
      return cleanObject(field.fields, value);
    case 'repeat':
      return (Array.isArray(value) ? value : []).map((item) => cleanObject(field.fields, item));
    case 'checkbox':
      // A checkbox always answers: unticked is "no".
      return value === true;
    case 'integer':
    case 'number':
      if (isEmpty(value)) return undefined;
      return parseNumber(value, field.widget === 'integer') ?? value;
    default:
      if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
      return value ?? undefined;
  }
}
