import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import localizeModule from 'ajv-i18n/localize/de/index.js';
import { isValidIban } from '../../contract/iban.ts';
import type { FieldError } from '../../contract/problem.ts';
import type { JsonSchema } from '../../contract/forms.ts';
import { fieldErrors } from '../http/error-handler.ts';

// ajv-formats is CommonJS with its function under `default`, which Node's ESM interop nests one level deeper.
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule.default }).default;
// ajv-i18n's types declare an ES default export; at run time the function is module.exports itself.
const localize = localizeModule as unknown as (errors: ErrorObject[] | null | undefined) => void;

/** Annotation keywords of our form convention (see contract/forms.ts); Ajv must know them to stay strict. */
export const FORM_ANNOTATIONS = [
  'x-widget',
  'x-prefill',
  'x-autocomplete',
  'x-item-title',
  'x-add-label',
  'x-accept',
  'x-max-bytes',
  'x-block',
];

export function createFormAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv, ['date', 'email']);
  ajv.addFormat('iban', { type: 'string', validate: isValidIban });
  ajv.addVocabulary(FORM_ANNOTATIONS);
  return ajv;
}

export type FormValidator = (data: unknown) => FieldError[];

/** Compiles a form's schema once; the validator answers German field errors with JSON pointers into the data. */
export function compileFormValidator(ajv: Ajv2020, schema: JsonSchema): FormValidator {
  const validate: ValidateFunction = ajv.compile(schema);
  return (data) => {
    if (validate(data)) return [];
    const errors = [...(validate.errors ?? [])];
    localize(errors);
    return dedupe(fieldErrors(errors.map((error) => ({ ...error, params: error.params as Record<string, unknown> }))));
  };
}

// allOf/if branches can report one missing field twice; a form shows each field's problem once. A field shown by
// a condition whose own check fails is also "unevaluated" (a failed then-branch annotates nothing): only the cause,
// at the field or below it, is worth showing.
function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  const caused = (pointer: string) =>
    errors.some(
      (other) => other.code !== 'unevaluatedProperties' && (other.pointer === pointer || other.pointer.startsWith(`${pointer}/`)),
    );
  return errors.filter((error) => {
    const id = `${error.pointer} ${error.code}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return !(error.code === 'unevaluatedProperties' && caused(error.pointer));
  });
}
