/**
 * A form definition is plain JSON Schema 2020-12 with a few annotation keywords for the UI.
 * One document serves both sides: the server validates with it, the kit renders it.
 *
 * Conventions (documented in the README):
 * - The root is an object; each of its properties is an object rendered as one step (its `title` is the step
 *   heading, its `description` the step's intro text).
 * - `title` is a field's label, `description` its help text. Property order is display order.
 * - Choices: `oneOf: [{ const, title }]` (labelled), rendered as radio buttons, or as a select with
 *   `x-widget: "select"`. Booleans render as a checkbox.
 * - Strings: `format: "date" | "email"`, `x-widget: "textarea" | "tel"`, `pattern`, `minLength`, `maxLength`.
 *   Numbers: `type: "integer" | "number"` with `minimum`/`maximum`.
 * - Repeating groups: `type: "array"` of objects with `minItems`/`maxItems`, `x-item-title` (e.g. "Person")
 *   and `x-add-label` (e.g. "Weitere Person hinzufügen").
 * - Attachments: `x-widget: "file"` on an object field built by `attachmentField()`; the server fills in
 *   `{ id, name, type, size }` from the uploaded part.
 * - Conditions: `allOf: [{ if: { properties: { a: { const: v } }, required: ["a"] }, then: { properties: {…},
 *   required: […] } }]` inside a step object; fields defined in `then.properties` are shown only while the
 *   condition holds, and `unevaluatedProperties: false` keeps hidden data out.
 * - Prefill: `x-prefill` names an OpenID Connect claim (`given_name`, `family_name`, `birthdate`, `email`,
 *   `phone_number`, `address.street_address`, `address.postal_code`, `address.locality`); `readOnly: true`
 *   marks a prefilled field the office does not let the citizen change.
 * - `x-autocomplete` is the HTML autocomplete token of the input.
 * - `format: "iban"` is an IBAN whose check digits are right (ISO 13616, see contract/iban.ts).
 * - A boolean with `const: true` is a declaration the citizen must tick (e.g. a SEPA mandate).
 * - `x-block` names the shared building block an object comes from: its keys are the same in every form.
 */
export interface FormDefinition extends FormSource {
  /** Assigned by the server: a new number whenever the definition changes; applications keep theirs. */
  version: number;
  /**
   * The form's texts in other languages, where the catalogue has them (today Leichte Sprache, `de-x-ls`). Served
   * with the newest version only and not part of it: a better wording is not a new form.
   */
  texts?: Partial<Record<'de-x-ls', FormTexts>>;
}

/** A form's texts in one language: its title and next steps, and each text of the schema by its JSON pointer. */
export interface FormTexts {
  title?: string;
  nextSteps?: string;
  /** E.g. `{ "/properties/geburt/properties/vornamen/title": "Vor-Namen" }`: replaces the German text there. */
  schema: Record<string, string>;
}

/** A form as written in catalogue/forms (compiled from YAML); versions are assigned when it is stored. */
export interface FormSource {
  /** LeiKa key of the service. */
  service: string;
  title: string;
  /** Text shown on the receipt: what happens next. */
  nextSteps: string;
  schema: JsonSchema;
}

/** The subset of JSON Schema 2020-12 (plus our `x-` annotations) that forms use. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  oneOf?: JsonSchema[];
  const?: string | number | boolean;
  enum?: (string | number | boolean)[];
  format?: 'date' | 'email' | 'iban';
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  /** Sample values; every field with a pattern has one (vendors and the tests use them). */
  examples?: unknown[];
  readOnly?: boolean;
  allOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  additionalProperties?: boolean;
  unevaluatedProperties?: boolean;
  'x-widget'?: 'select' | 'radio' | 'textarea' | 'tel' | 'file';
  'x-prefill'?: string;
  'x-autocomplete'?: string;
  'x-item-title'?: string;
  'x-add-label'?: string;
  'x-accept'?: string[];
  'x-max-bytes'?: number;
  /** The shared building block (catalogue/blocks) this object was made from, e.g. "anschrift-inland". */
  'x-block'?: string;
}
