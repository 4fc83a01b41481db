import { Value } from 'typebox/value';
import { FILE_KINDS } from '../../../contract/attachments.ts';
import type { JsonSchema } from '../../../contract/forms.ts';
import { child } from '../../../contract/json-pointer.ts';
import {
  attachmentField,
  checkbox,
  choice,
  date,
  email,
  integer,
  number,
  object,
  phone,
  postalCode,
  repeating,
  text,
  textarea,
  yesNo,
} from './schema-builders.ts';
import { FieldSource, type BlockFileSource } from './source-schema.ts';

/** Where the compiler reports a problem: a JSON pointer into the file being compiled. */
export type Report = (pointer: string, message: string) => void;

export interface Blocks {
  get(name: string): BlockFileSource | undefined;
}

interface Context {
  blocks: Blocks;
  report: Report;
  /** Blocks being expanded, to refuse a block that contains itself. */
  expanding: string[];
}

const KEY = /^[a-z][a-zA-Z0-9]*$/;
// Which options apply to which field types; anything else written on a field is a mistake worth reporting.
const ONLY_FOR: Record<string, readonly string[]> = {
  minLength: ['text', 'textarea'],
  maxLength: ['text', 'textarea'],
  pattern: ['text', 'textarea'],
  min: ['integer', 'number'],
  max: ['integer', 'number'],
  options: ['choice'],
  example: ['text', 'textarea', 'date', 'email', 'phone', 'postcode', 'iban', 'integer', 'number'],
  widget: ['choice'],
  accept: ['file'],
  maxBytes: ['file'],
  fields: ['group', 'repeat'],
  itemLabel: ['repeat'],
  addLabel: ['repeat'],
  minItems: ['repeat'],
  maxItems: ['repeat'],
  only: ['block'],
  fromAccount: ['block'],
  requiredFields: ['block'],
};

/**
 * Compiles a list of fields (a step, a group, a block, an item of a repeating group) into a closed object
 * schema: unconditional fields as properties, fields with `when` as if/then rules, as contract/forms.ts describes.
 */
export function compileObject(
  fields: Record<string, unknown>,
  at: string,
  ctx: Context,
  head: Pick<JsonSchema, 'title' | 'description' | 'x-block'> = {},
): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const conditions: JsonSchema[] = [];
  const sources = new Map<string, FieldSource>();
  for (const [name, raw] of Object.entries(fields)) {
    const pointer = child(at, name);
    if (!KEY.test(name))
      ctx.report(pointer, `Feldname "${name}": nur Buchstaben und Ziffern, beginnend mit einem Kleinbuchstaben (z. B. "geburtsdatum").`);
    if (!Value.Check(FieldSource, raw)) {
      for (const error of Value.Errors(FieldSource, raw)) ctx.report(pointer + error.instancePath, describe(error));
      continue;
    }
    sources.set(name, raw);
  }
  for (const [name, source] of sources) {
    const pointer = child(at, name);
    const schema = compileField(source, pointer, ctx);
    if (!schema) continue;
    const isRequired = source.required === true || source.type === 'consent';
    if (!source.when) {
      properties[name] = schema;
      if (isRequired) required.push(name);
      continue;
    }
    const controller = sources.get(source.when.field);
    if (!controller) {
      ctx.report(`${pointer}/when/field`, `"${source.when.field}" ist kein Feld auf derselben Ebene.`);
      continue;
    }
    const values = Array.isArray(source.when.equals) ? source.when.equals : [source.when.equals];
    const allowed = allowedValues(controller);
    for (const value of values) {
      if (allowed && !allowed.some((candidate) => candidate === value)) {
        ctx.report(`${pointer}/when/equals`, `"${String(value)}" ist keine Auswahl des Feldes "${source.when.field}".`);
      }
      conditions.push({
        if: { properties: { [source.when.field]: { const: value } }, required: [source.when.field] },
        then: { properties: { [name]: schema }, required: isRequired ? [name] : [] },
      });
    }
  }
  return object(properties, required, { ...head, conditions });
}

function compileField(source: FieldSource, at: string, ctx: Context): JsonSchema | undefined {
  const kind: string | undefined = source.block && source.type !== 'repeat' ? 'block' : source.type;
  if (!kind) {
    ctx.report(at, 'Jedes Feld braucht "type" (z. B. text, date, choice) oder "block".');
    return undefined;
  }
  for (const [option, types] of Object.entries(ONLY_FOR)) {
    if (option in source && !types.includes(kind) && !(option === 'fields' && kind === 'repeat')) {
      ctx.report(`${at}/${option}`, `"${option}" gilt nur für ${types.join(', ')}, nicht für ${kind}.`);
    }
  }
  if (kind !== 'block' && !source.label) ctx.report(at, 'Das Feld braucht eine Beschriftung ("label").');
  const label = source.label ?? '';
  const notes = {
    ...(source.help ? { description: source.help } : {}),
    ...(source.default !== undefined ? { default: source.default } : {}),
    ...(source.example !== undefined ? { examples: [source.example] } : {}),
    ...(source.prefill ? { 'x-prefill': source.prefill } : {}),
    ...(source.autocomplete ? { 'x-autocomplete': source.autocomplete } : {}),
    ...(source.locked && source.prefill ? { readOnly: true } : {}),
  };
  if (source.locked && !source.prefill && kind !== 'block') {
    ctx.report(`${at}/locked`, '"locked" sperrt nur einen aus dem Nutzerkonto vorbelegten Wert; es fehlt "prefill".');
  }
  const textLimits = {
    ...(source.minLength !== undefined ? { minLength: source.minLength } : {}),
    ...(source.maxLength !== undefined ? { maxLength: source.maxLength } : {}),
    ...(source.pattern !== undefined ? { pattern: checkedPattern(source, at, ctx) } : {}),
  };
  const numberLimits = {
    ...(source.min !== undefined ? { minimum: source.min } : {}),
    ...(source.max !== undefined ? { maximum: source.max } : {}),
  };
  switch (kind) {
    case 'text':
      return text(label, { ...textLimits, ...notes });
    case 'textarea':
      return textarea(label, { ...textLimits, ...notes });
    case 'date':
      return date(label, notes);
    case 'email':
      return email(label, notes);
    case 'phone':
      return phone(label, notes);
    case 'postcode':
      return postalCode(label, notes);
    case 'iban':
      return { type: 'string', format: 'iban', title: label, maxLength: 42, ...notes };
    case 'integer':
      return integer(label, { ...numberLimits, ...notes });
    case 'number':
      return number(label, { ...numberLimits, ...notes });
    case 'choice':
      return compileChoice(source, label, notes, at, ctx);
    case 'yes-no':
      return yesNo(label, notes);
    case 'checkbox':
      return checkbox(label, notes);
    case 'consent':
      return { type: 'boolean', const: true, title: label, ...notes };
    case 'file':
      return attachmentField(label, {
        ...(source.help ? { description: source.help } : {}),
        ...(source.accept ? { accept: source.accept.map((accepted) => FILE_KINDS[accepted]) } : {}),
        ...(source.maxBytes ? { maxBytes: source.maxBytes } : {}),
      });
    case 'group':
      if (!source.fields) ctx.report(at, 'Eine Gruppe braucht "fields".');
      return compileObject(source.fields ?? {}, `${at}/fields`, ctx, {
        title: label,
        ...(source.help ? { description: source.help } : {}),
      });
    case 'repeat':
      return compileRepeat(source, label, at, ctx);
    case 'block':
      return compileBlockUse(source, at, ctx);
  }
  return undefined;
}

function compileChoice(source: FieldSource, label: string, notes: Partial<JsonSchema>, at: string, ctx: Context): JsonSchema {
  const options = Object.entries(source.options ?? {});
  if (options.length < 2) ctx.report(`${at}/options`, 'Eine Auswahl braucht mindestens zwei Optionen (Wert: Beschriftung).');
  for (const [value] of options) {
    // JavaScript orders keys that look like numbers first, so "1", "2" would lose the written order.
    if (/^\d+$/.test(value))
      ctx.report(child(`${at}/options`, value), `Der Wert "${value}" darf nicht nur aus Ziffern bestehen (z. B. "stufe-${value}").`);
  }
  return choice(label, options, { ...(source.widget ? { widget: source.widget } : {}), ...notes });
}

function compileRepeat(source: FieldSource, label: string, at: string, ctx: Context): JsonSchema {
  if (!source.itemLabel || !source.addLabel) ctx.report(at, 'Eine Wiederholung braucht "itemLabel" (z. B. "Person") und "addLabel".');
  if (Boolean(source.block) === Boolean(source.fields)) ctx.report(at, 'Eine Wiederholung braucht entweder "block" oder "fields".');
  const item = source.block ? compileBlockUse({ block: source.block }, at, ctx) : compileObject(source.fields ?? {}, `${at}/fields`, ctx);
  return repeating(label, item ?? {}, {
    itemTitle: source.itemLabel ?? label,
    addLabel: source.addLabel ?? label,
    ...(source.help ? { description: source.help } : {}),
    ...(source.minItems !== undefined ? { minItems: source.minItems } : {}),
    ...(source.maxItems !== undefined ? { maxItems: source.maxItems } : {}),
  });
}

/** A building block as a group: its own fields, narrowed by `only`, required as the form says, locked if asked. */
function compileBlockUse(source: FieldSource, at: string, ctx: Context): JsonSchema | undefined {
  const name = source.block!;
  const block = ctx.blocks.get(name);
  if (!block) {
    ctx.report(`${at}/block`, `Den Baustein "${name}" gibt es nicht (catalogue/blocks).`);
    return undefined;
  }
  if (ctx.expanding.includes(name)) {
    ctx.report(`${at}/block`, `Der Baustein "${name}" enthält sich selbst.`);
    return undefined;
  }
  const known = Object.keys(block.fields);
  for (const list of ['only', 'requiredFields'] as const) {
    for (const [i, field] of (source[list] ?? []).entries()) {
      if (!known.includes(field)) ctx.report(`${at}/${list}/${i}`, `Der Baustein "${name}" hat kein Feld "${field}".`);
    }
  }
  const chosen = Object.entries(block.fields).filter(([field]) => !source.only || source.only.includes(field));
  const fields = Object.fromEntries(
    chosen.map(([field, raw]) => {
      const own = raw as FieldSource;
      const required = source.requiredFields ? source.requiredFields.includes(field) : own.required;
      // A block is prefilled from the account only where it describes the citizen, not a company or a household
      // member; there, the browser should not offer the citizen's own name or address either.
      const { prefill, autocomplete, ...rest } = own;
      delete rest.locked;
      const account =
        source.fromAccount && prefill
          ? { prefill, ...(autocomplete ? { autocomplete } : {}), ...(source.locked ? { locked: true } : {}) }
          : autocomplete && !prefill
            ? { autocomplete }
            : {};
      return [field, { ...rest, ...(required !== undefined ? { required } : {}), ...account }];
    }),
  );
  // Problems inside a block's own fields are reported once, in the block's file, which is checked on its own.
  const inner: Context = { ...ctx, expanding: [...ctx.expanding, name], report: () => undefined };
  const description = source.help ?? block.help;
  return compileObject(fields, at, inner, { title: source.label ?? block.title, ...(description ? { description } : {}), 'x-block': name });
}

/** The values a condition may test a field for, when the field has a fixed set. */
function allowedValues(source: FieldSource): unknown[] | undefined {
  if (source.type === 'choice') return Object.keys(source.options ?? {});
  if (source.type === 'yes-no' || source.type === 'checkbox') return [true, false];
  return undefined;
}

function checkedPattern(source: FieldSource, at: string, ctx: Context): string {
  const pattern = source.pattern!;
  try {
    const regex = new RegExp(pattern, 'u');
    if (source.example === undefined) ctx.report(at, 'Ein Feld mit "pattern" braucht ein passendes "example".');
    else if (!regex.test(String(source.example))) ctx.report(at, `Das Beispiel "${String(source.example)}" passt nicht zum Muster.`);
  } catch {
    ctx.report(`${at}/pattern`, `Das Muster "${pattern}" ist kein gültiger regulärer Ausdruck.`);
  }
  return pattern;
}

function describe(error: { keyword: string; message: string; params: unknown }): string {
  const params = error.params as { additionalProperties?: string[]; requiredProperties?: string[] };
  if (params.additionalProperties?.length) return `Unbekannte Angabe "${params.additionalProperties.join('", "')}".`;
  if (params.requiredProperties?.length) return `Es fehlt "${params.requiredProperties.join('", "')}".`;
  return error.message;
}
