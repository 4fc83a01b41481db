import type { JsonSchema } from '../../../contract/forms.ts';
import { child, getAt } from '../../../contract/json-pointer.ts';

/**
 * Reads a form definition (contract/forms.ts) into what the renderer needs: the steps (the root's
 * properties), their fields in display order with the widget each gets, and the conditions under which a field
 * appears (`allOf: [{ if: { properties: { a: { const } } }, then: { properties, required } }]`).
 */

export type Widget =
  | 'text'
  | 'textarea'
  | 'email'
  | 'tel'
  | 'date'
  | 'integer'
  | 'number'
  | 'select'
  | 'radio'
  | 'yes-no'
  | 'checkbox'
  | 'file'
  | 'group'
  | 'repeat';

export interface Option {
  value: string | number | boolean;
  label: string;
}

/** The field is shown while the sibling `field` has `value`; `required` says whether it must then be filled in. */
export interface Condition {
  field: string;
  value: unknown;
  required: boolean;
}

export interface FieldModel {
  name: string;
  title: string;
  schema: JsonSchema;
  widget: Widget;
  /** Required whenever it is shown. */
  required: boolean;
  /** A property of the object itself: shown whatever its conditions say (they can only make it required). */
  always: boolean;
  /** Shown (unless `always`) while any of them holds. */
  conditions: Condition[];
  options: Option[];
  /** The fields of a group, or of one item of a repeating group. */
  fields: FieldModel[];
}

export interface StepModel {
  name: string;
  pointer: string;
  title: string;
  description?: string;
  fields: FieldModel[];
}

/** The steps of a form: one per property of the root object, in order. */
export function stepsOf(schema: JsonSchema): StepModel[] {
  return Object.entries(schema.properties ?? {}).map(([name, step]) => ({
    name,
    pointer: child('', name),
    title: step.title ?? name,
    description: step.description,
    fields: fieldsOf(step),
  }));
}

/** The fields of an object schema, with the fields of its conditions placed right after the field they depend on. */
export function fieldsOf(schema: JsonSchema): FieldModel[] {
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties ?? {}).map(([name, property]) => fieldOf(name, property, required.has(name), true));
  for (const rule of schema.allOf ?? []) {
    const when = conditionOf(rule.if);
    if (!when || !rule.then?.properties) continue;
    const thenRequired = new Set(rule.then.required ?? []);
    for (const [name, property] of Object.entries(rule.then.properties)) {
      const condition = { ...when, required: thenRequired.has(name) };
      let field = fields.find((candidate) => candidate.name === name);
      if (!field) {
        field = fieldOf(name, property, false, false);
        // After the controlling field and the fields already revealed by it, as GOV.UK's conditional reveal does.
        const last = fields.findLastIndex((f) => f.name === when.field || f.conditions.some((c) => c.field === when.field));
        fields.splice(last + 1, 0, field);
      }
      field.conditions.push(condition);
    }
  }
  return fields;
}

function conditionOf(schema: JsonSchema | undefined): Omit<Condition, 'required'> | undefined {
  const entries = Object.entries(schema?.properties ?? {});
  if (entries.length !== 1 || entries[0][1].const === undefined) return undefined;
  return { field: entries[0][0], value: entries[0][1].const };
}

function fieldOf(name: string, schema: JsonSchema, required: boolean, always: boolean): FieldModel {
  const widget = widgetOf(schema);
  const options: Option[] = schema.oneOf
    ? schema.oneOf
        .filter((option) => option.const !== undefined)
        .map((option) => ({ value: option.const!, label: option.title ?? String(option.const) }))
    : (schema.enum ?? []).map((value) => ({ value, label: String(value) }));
  const fields = widget === 'group' ? fieldsOf(schema) : widget === 'repeat' && schema.items ? fieldsOf(schema.items) : [];
  return { name, title: schema.title ?? name, schema, widget, required, always, conditions: [], options, fields };
}

function widgetOf(schema: JsonSchema): Widget {
  if (schema['x-widget'] === 'file') return 'file';
  if (schema.type === 'array') return 'repeat';
  if (schema.type === 'object') return 'group';
  if (schema.oneOf || schema.enum) {
    // A Ja/Nein question is asked with radio buttons, so that "no" is an answer and not a forgotten tick.
    if (schema.type === 'boolean') return 'yes-no';
    return schema['x-widget'] === 'select' ? 'select' : 'radio';
  }
  switch (schema.type) {
    case 'boolean':
      return 'checkbox';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
  }
  if (schema['x-widget'] === 'textarea') return 'textarea';
  if (schema['x-widget'] === 'tel') return 'tel';
  if (schema.format === 'email') return 'email';
  if (schema.format === 'date') return 'date';
  return 'text';
}

function holds(condition: Condition, parent: unknown): boolean {
  return parent !== null && typeof parent === 'object' && (parent as Record<string, unknown>)[condition.field] === condition.value;
}

/** Whether the field is shown, given the data of the object it belongs to. */
export function isShown(field: FieldModel, parent: unknown): boolean {
  return field.always || field.conditions.some((condition) => holds(condition, parent));
}

export function isRequired(field: FieldModel, parent: unknown): boolean {
  return field.required || field.conditions.some((condition) => condition.required && holds(condition, parent));
}

export interface PlacedField {
  field: FieldModel;
  pointer: string;
  required: boolean;
}

/** Every shown field below `base` in display order, groups and repeating groups before their own fields. */
export function* shownFields(fields: FieldModel[], data: unknown, base: string): Generator<PlacedField> {
  const parent = getAt(data, base);
  for (const field of fields) {
    if (!isShown(field, parent)) continue;
    const pointer = child(base, field.name);
    yield { field, pointer, required: isRequired(field, parent) };
    if (field.widget === 'group') yield* shownFields(field.fields, data, pointer);
    if (field.widget === 'repeat') {
      const items = getAt(data, pointer);
      const count = Array.isArray(items) ? items.length : 0;
      for (let i = 0; i < count; i++) yield* shownFields(field.fields, data, child(pointer, i));
    }
  }
}

/** Every shown field of the whole form, with the index of its step. */
export function* allShownFields(steps: StepModel[], data: unknown): Generator<PlacedField & { step: number }> {
  for (const [step, model] of steps.entries())
    for (const placed of shownFields(model.fields, data, model.pointer)) yield { ...placed, step };
}
