/**
 * JSON Pointers (RFC 6901) into form data: the addresses the server uses for its field errors and for the
 * multipart parts that carry files, and the kit for its fields, so one pointer names a field everywhere.
 *
 * A pointer may come from anyone (a multipart part's name is chosen by the client), so walking one must never
 * step into an object's prototype: `/__proto__/x` would otherwise write onto Object.prototype and change every
 * object of the process. Own properties only, never through the names below; on the server, pointers into data
 * are resolved only along the form's own schema (`fieldSchemaAt`).
 */
import type { JsonSchema } from './forms.ts';

export type FormValues = Record<string, unknown>;

/** Names that reach an object's prototype rather than its data; no form field is called so. */
const UNSAFE_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

export function isUnsafeSegment(segment: string): boolean {
  return UNSAFE_SEGMENTS.has(segment);
}

export function segments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

export function child(pointer: string, name: string | number): string {
  return `${pointer}/${String(name).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/** The value at `pointer`, following own properties only. */
export function getAt(data: unknown, pointer: string): unknown {
  return segments(pointer).reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as FormValues)[key] : undefined),
    data,
  );
}

/**
 * Sets a value, creating the objects (or arrays, for numeric segments) on the way; `undefined` removes it.
 * A pointer through `__proto__`, `constructor` or `prototype` is refused.
 */
export function setAt(data: FormValues, pointer: string, value: unknown): void {
  const keys = segments(pointer);
  if (keys.some(isUnsafeSegment)) throw new Error(`Unsafe JSON pointer ${pointer}`);
  const last = keys.pop();
  if (last === undefined) return;
  let parent: FormValues = data;
  keys.forEach((key, i) => {
    let next = Object.hasOwn(parent, key) ? parent[key] : undefined;
    if (next === null || typeof next !== 'object') {
      next = /^\d+$/.test(keys[i + 1] ?? last) ? [] : {};
      parent[key] = next;
    }
    parent = next as FormValues;
  });
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    parent[last] = value;
  }
}

/** Whether `pointer` is `ancestor` itself or lies below it. */
export function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

/** Removes the entries of item `index` of the array at `pointer` and renumbers those of the items after it. */
export function renumberItems(map: Map<string, unknown>, pointer: string, index: number): void {
  const prefix = `${pointer}/`;
  const moved: [string, unknown][] = [];
  for (const [key, value] of [...map]) {
    if (!key.startsWith(prefix)) continue;
    const [position, ...rest] = key.slice(prefix.length).split('/');
    const n = Number(position);
    if (n < index) continue;
    map.delete(key);
    if (n > index) moved.push([[pointer, n - 1, ...rest].join('/'), value]);
  }
  for (const [key, value] of moved) map.set(key, value);
}

/**
 * The schema of the property `name` of an object schema: declared in its `properties`, or in the `then` of one
 * of its conditions (contract/forms.ts). Undefined for a name the schema does not define.
 */
export function propertySchema(schema: JsonSchema, name: string): JsonSchema | undefined {
  if (isUnsafeSegment(name)) return undefined;
  if (schema.properties && Object.hasOwn(schema.properties, name)) return schema.properties[name];
  for (const condition of schema.allOf ?? []) {
    const found = condition.then && propertySchema(condition.then, name);
    if (found) return found;
  }
  return undefined;
}

/** An array index as RFC 6901 writes it: no sign, no leading zero. */
const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

/**
 * The schema of the field that `pointer` names, walking only what the form's schema defines: properties of
 * objects and numbered items of arrays. Undefined for any other pointer, e.g. one through `__proto__`.
 */
export function fieldSchemaAt(schema: JsonSchema, pointer: string): JsonSchema | undefined {
  if (pointer !== '' && !pointer.startsWith('/')) return undefined;
  let current: JsonSchema | undefined = schema;
  for (const segment of segments(pointer)) {
    if (!current) return undefined;
    if (current.type === 'array') current = ARRAY_INDEX.test(segment) ? current.items : undefined;
    else if (current.type === 'object' || current.properties) current = propertySchema(current, segment);
    else return undefined;
  }
  return current;
}

/**
 * Writes `value` at `pointer` into form data, along the schema only (see `fieldSchemaAt`): missing objects on
 * the way are created without a prototype, array items must exist. False if the pointer names no place for it.
 */
export function placeAt(data: FormValues, schema: JsonSchema, pointer: string, value: unknown): boolean {
  const keys = segments(pointer);
  const last = keys.pop();
  if (last === undefined || !fieldSchemaAt(schema, pointer)) return false;
  let parent: unknown = data;
  let parentSchema: JsonSchema | undefined = schema;
  for (const key of keys) {
    if (parent === null || typeof parent !== 'object' || !parentSchema) return false;
    const childSchema: JsonSchema | undefined = Array.isArray(parent) ? parentSchema.items : propertySchema(parentSchema, key);
    let next = Object.hasOwn(parent, key) ? (parent as FormValues)[key] : undefined;
    if (next === undefined && !Array.isArray(parent) && childSchema?.type === 'object') {
      next = Object.create(null) as FormValues;
      (parent as FormValues)[key] = next;
    }
    parent = next;
    parentSchema = childSchema;
  }
  if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return false;
  (parent as FormValues)[last] = value;
  return true;
}
