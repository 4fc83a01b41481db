import type { JsonSchema } from '../../../contract/forms.ts';

/**
 * Data for any form, derived from its schema alone: a valid application (every field the form shows filled in
 * with a plausible value, conditions followed) and, per field, ways to get it wrong. The parity test and the
 * form tests use them for all forms alike, so a new form file is tested the day it is written.
 */

export type Data = Record<string, unknown>;

const FILE = { id: '3f2b8c1e-9a4d-4e7b-8f6a-2c1d0e9b7a65', name: 'nachweis.pdf', type: 'application/pdf', size: 182344 };

/** A plausible value for one field. */
export function sampleValue(schema: JsonSchema): unknown {
  if (schema.examples?.length) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (schema['x-widget'] === 'file') return { ...FILE, type: schema['x-accept']?.[0] ?? FILE.type };
  if (schema.oneOf) return schema.oneOf[0].const;
  switch (schema.type) {
    case 'boolean':
      return schema.const ?? false;
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, Math.min(schema.maximum ?? 1, 1));
    case 'object':
      return sampleObject(schema);
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 0) }, () => sampleValue(schema.items!));
  }
  if (schema.format === 'date') return '2025-01-15';
  if (schema.format === 'email') return 'anna.meyer@example.de';
  if (schema.format === 'iban') return 'DE89 3704 0044 0532 0130 00';
  if (schema['x-widget'] === 'tel') return '04242 164-0';
  const text = schema['x-widget'] === 'textarea' ? 'Ein Beispieltext, wie ihn Bürgerinnen und Bürger schreiben.' : 'Beispiel';
  return text.padEnd(schema.minLength ?? 0, '.').slice(0, schema.maxLength ?? Infinity);
}

/** Every property filled in, then every field revealed by a condition that now holds, until nothing changes. */
export function sampleObject(schema: JsonSchema): Data {
  const data: Data = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) data[name] = sampleValue(property);
  fillRevealed(schema, data);
  return data;
}

/**
 * Fills the fields of every condition that holds and are still empty (unless `fill` is false), and removes those of
 * conditions that no longer hold, as the kit drops a field it hides.
 */
export function fillRevealed(schema: JsonSchema, data: Data, fill = true): void {
  for (let changed = true; changed;) {
    changed = false;
    for (const rule of schema.allOf ?? []) {
      const [field, test] = Object.entries(rule.if?.properties ?? {})[0] ?? [];
      if (field === undefined) continue;
      const holds = data[field] === test.const;
      for (const [name, property] of Object.entries(rule.then?.properties ?? {})) {
        const revealedElsewhere = (schema.allOf ?? []).some(
          (other) =>
            other !== rule &&
            other.then?.properties?.[name] &&
            Object.entries(other.if?.properties ?? {}).every(([f, t]) => data[f] === t.const),
        );
        if (fill && holds && data[name] === undefined) {
          data[name] = sampleValue(property);
          changed = true;
        } else if (!holds && !revealedElsewhere && data[name] !== undefined && !(name in (schema.properties ?? {}))) {
          delete data[name];
          changed = true;
        }
      }
    }
  }
}

export interface Variant {
  what: string;
  data: Data;
}

/** Each field left out or got wrong, and each condition turned on; every variant changes one thing of `valid`. */
export function* variants(schema: JsonSchema, valid: Data): Generator<Variant> {
  yield* objectVariants(schema, valid, '', valid);
}

function* objectVariants(schema: JsonSchema, object: Data, at: string, root: Data): Generator<Variant> {
  const properties = new Map(Object.entries(schema.properties ?? {}));
  for (const rule of schema.allOf ?? [])
    for (const [name, p] of Object.entries(rule.then?.properties ?? {})) if (!properties.has(name)) properties.set(name, p);
  for (const [name, property] of properties) {
    const pointer = `${at}/${name}`;
    if (object[name] === undefined) continue;
    if (property.type === 'object' && property['x-widget'] !== 'file') {
      yield* objectVariants(property, object[name] as Data, pointer, root);
      continue;
    }
    if (property.type === 'array') {
      const items = object[name] as Data[];
      if (items.length > 0) yield* objectVariants(property.items!, items[0], `${pointer}/0`, root);
      continue;
    }
    for (const [what, value] of wrongValues(property)) {
      const data = changed(root, pointer, value);
      // What the change hides goes, as the kit drops a field it no longer shows.
      fillRevealed(schema, at === '' ? data : (get(data, at) as Data), false);
      yield { what: `${pointer}: ${what}`, data };
    }
  }
  // Each condition: the controlling field set to the value that reveals more fields, which are then still empty.
  for (const rule of schema.allOf ?? []) {
    const [field, test] = Object.entries(rule.if?.properties ?? {})[0] ?? [];
    if (field === undefined || object[field] === test.const) continue;
    const data = changed(root, `${at}/${field}`, test.const);
    const target = at === '' ? data : (get(data, at) as Data);
    fillRevealed(schema, target, false);
    // A revealed group is on the page with its fields still empty, and the kit sends it as an empty object.
    for (const shown of schema.allOf ?? []) {
      if (!Object.entries(shown.if?.properties ?? {}).every(([f, t]) => target[f] === t.const)) continue;
      for (const [name, property] of Object.entries(shown.then?.properties ?? {}))
        if (target[name] === undefined && property.type === 'object' && property['x-widget'] !== 'file')
          target[name] = emptyGroup(property);
    }
    yield { what: `${at}/${field} = ${String(test.const)} without what it reveals`, data };
  }
}

/** A group as the kit shows it before anything is typed: its required subgroups present, every field empty. */
function emptyGroup(schema: JsonSchema): Data {
  const group: Data = {};
  for (const name of schema.required ?? []) {
    const property = schema.properties?.[name];
    if (property?.type === 'object' && property['x-widget'] !== 'file') group[name] = emptyGroup(property);
  }
  return group;
}

function wrongValues(schema: JsonSchema): [string, unknown][] {
  const wrong: [string, unknown][] = [['left out', undefined]];
  if (schema['x-widget'] === 'file') return wrong;
  if (schema.oneOf) return [...wrong, ['not an option', 'gibt-es-nicht']];
  if (schema.type === 'boolean') return schema.const === true ? [...wrong, ['not confirmed', false]] : wrong;
  if (schema.type === 'integer' || schema.type === 'number') {
    if (schema.type === 'integer') wrong.push(['a fraction', 1.5]);
    if (schema.minimum !== undefined) wrong.push(['below the minimum', schema.minimum - 1]);
    if (schema.maximum !== undefined) wrong.push(['above the maximum', schema.maximum + 1]);
    return wrong;
  }
  if (schema.format === 'date') wrong.push(['30 February', '2025-02-30']);
  if (schema.format === 'email') wrong.push(['no @', 'kein-at-zeichen.de']);
  if (schema.format === 'iban') wrong.push(['a wrong check digit', 'DE89 3704 0044 0532 0130 01']);
  if (schema.maxLength !== undefined) wrong.push(['too long', 'x'.repeat(schema.maxLength + 1)]);
  if (schema.minLength !== undefined && schema.minLength > 1) wrong.push(['too short', 'x'.repeat(schema.minLength - 1)]);
  if (schema.pattern && !new RegExp(schema.pattern, 'u').test('#?')) wrong.push(['not the pattern', '#?']);
  return wrong;
}

function get(data: Data, pointer: string): unknown {
  return pointer
    .slice(1)
    .split('/')
    .reduce<unknown>((value, key) => (value as Data)[key], data);
}

function changed(root: Data, pointer: string, value: unknown): Data {
  const copy = structuredClone(root);
  const keys = pointer.slice(1).split('/');
  const last = keys.pop()!;
  let parent: Data = copy;
  for (const key of keys) parent = parent[key] as Data;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}
