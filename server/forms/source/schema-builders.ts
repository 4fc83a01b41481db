/**
 * The JSON Schema of each kind of field, as the form compiler (and nothing else) builds it; see contract/forms.ts
 * for the conventions. Each returns a plain JsonSchema fragment; options are spread last, so they can override defaults.
 */
import { ACCEPTED_TYPES, DEFAULT_MAX_ATTACHMENT_BYTES, type AcceptedType } from '../../../contract/attachments.ts';
import type { JsonSchema } from '../../../contract/forms.ts';

export const DIALECT = 'https://json-schema.org/draft/2020-12/schema';
/** Default upload limit: 10 MiB. */

export const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
export const POSTAL_CODE_PATTERN = '^[0-9]{5}$';
export const PHONE_PATTERN = '^\\+?[0-9][0-9 ()/-]{4,28}[0-9]$';

type Annotations = Pick<JsonSchema, 'description' | 'default' | 'readOnly' | 'x-prefill' | 'x-autocomplete'>;
export type TextOptions = Annotations & Pick<JsonSchema, 'pattern' | 'minLength' | 'maxLength'>;
export type NumberOptions = Annotations & Pick<JsonSchema, 'minimum' | 'maximum'>;
export type ChoiceOptions = Annotations & { widget?: 'select' | 'radio' };
/** `[value, label]` of one option. */
export type Option = readonly [value: string, label: string];
export type Properties = Record<string, JsonSchema>;

/** Single-line text; never empty. */
export function text(title: string, opts: TextOptions = {}): JsonSchema {
  return { type: 'string', title, minLength: 1, maxLength: 200, ...opts };
}

/** Multi-line text. */
export function textarea(title: string, opts: TextOptions = {}): JsonSchema {
  return { ...text(title, { maxLength: 2000, ...opts }), 'x-widget': 'textarea' };
}

/** Calendar date, `YYYY-MM-DD`. */
export function date(title: string, opts: Annotations = {}): JsonSchema {
  return { type: 'string', format: 'date', title, ...opts };
}

export function email(title = 'E-Mail-Adresse', opts: Annotations = {}): JsonSchema {
  return { type: 'string', format: 'email', title, maxLength: 254, 'x-autocomplete': 'email', ...opts };
}

export function phone(title = 'Telefon', opts: Annotations = {}): JsonSchema {
  return { type: 'string', title, pattern: PHONE_PATTERN, examples: ['04242 164-0'], 'x-widget': 'tel', 'x-autocomplete': 'tel', ...opts };
}

/** German postcode, five digits. */
export function postalCode(title = 'PLZ', opts: Annotations = {}): JsonSchema {
  return { type: 'string', title, pattern: POSTAL_CODE_PATTERN, examples: ['28857'], 'x-autocomplete': 'postal-code', ...opts };
}

export function integer(title: string, opts: NumberOptions = {}): JsonSchema {
  return { type: 'integer', title, ...opts };
}

export function number(title: string, opts: NumberOptions = {}): JsonSchema {
  return { type: 'number', title, ...opts };
}

/** One of several labelled values; radio buttons unless `widget: 'select'`. */
export function choice(title: string, options: readonly Option[], opts: ChoiceOptions = {}): JsonSchema {
  const { widget, ...rest } = opts;
  const oneOf = options.map(([value, label]): JsonSchema => ({ const: value, title: label }));
  return { type: 'string', title, oneOf, ...(widget ? { 'x-widget': widget } : {}), ...rest };
}

/** A question answered with Ja or Nein (radio buttons, so that the answer is explicit). */
export function yesNo(title: string, opts: Annotations = {}): JsonSchema {
  const oneOf: JsonSchema[] = [
    { const: true, title: 'Ja' },
    { const: false, title: 'Nein' },
  ];
  return { type: 'boolean', title, oneOf, ...opts };
}

/** A single checkbox. */
export function checkbox(title: string, opts: Annotations = {}): JsonSchema {
  return { type: 'boolean', title, ...opts };
}

export interface AttachmentOptions {
  description?: string;
  accept?: readonly AcceptedType[];
  maxBytes?: number;
}

/** An uploaded file; the server fills in `{ id, name, type, size }` from the uploaded part. */
export function attachmentField(title: string, opts: AttachmentOptions = {}): JsonSchema {
  const accept = [...(opts.accept ?? ACCEPTED_TYPES)];
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES;
  return {
    type: 'object',
    title,
    ...(opts.description ? { description: opts.description } : {}),
    properties: {
      id: { type: 'string', pattern: UUID_PATTERN },
      name: { type: 'string', minLength: 1, maxLength: 255 },
      type: { type: 'string', enum: accept },
      size: { type: 'integer', minimum: 1, maximum: maxBytes },
    },
    required: ['id', 'name', 'type', 'size'],
    unevaluatedProperties: false,
    'x-widget': 'file',
    'x-accept': accept,
    'x-max-bytes': maxBytes,
  };
}

export interface ObjectOptions {
  title?: string;
  description?: string;
  'x-block'?: string;
  /** if/then rules that show fields while another field has a value. */
  conditions?: JsonSchema[];
}

/** A closed object: unknown and hidden (condition not met) properties are rejected. */
export function object(properties: Properties, required: readonly string[], opts: ObjectOptions = {}): JsonSchema {
  const { conditions, ...rest } = opts;
  return {
    type: 'object',
    ...rest,
    properties,
    required: [...required],
    ...(conditions?.length ? { allOf: conditions } : {}),
    unevaluatedProperties: false,
  };
}

export interface RepeatOptions {
  description?: string;
  minItems?: number;
  maxItems?: number;
  itemTitle: string;
  addLabel: string;
}

/** A repeating group of objects. */
export function repeating(title: string, item: JsonSchema, opts: RepeatOptions): JsonSchema {
  const { itemTitle, addLabel, ...rest } = opts;
  return { type: 'array', title, items: item, ...rest, 'x-item-title': itemTitle, 'x-add-label': addLabel };
}
