import { html, nothing } from 'lit';
import { isReference } from '../../../contract/reference-number.ts';
import type { TrackerMessages } from '../../i18n/tracker-messages.ts';

export interface Lookup {
  reference: string;
  accessCode: string;
}

export type LookupField = keyof Lookup;
export type LookupErrors = Partial<Record<LookupField, string>>;

/**
 * What the citizen typed, made comparable: read off a printed receipt, a reference may come in lower case or with
 * a typographic dash, and the access code is compared case-insensitively anyway.
 */
export function normalizeLookup({ reference, accessCode }: Lookup): Lookup {
  return {
    reference: reference
      .trim()
      .toUpperCase()
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/\s+/g, ''),
    accessCode: accessCode.trim().toUpperCase(),
  };
}

/** Field errors found without asking the API, in the order of the fields. */
export function validateLookup(lookup: Lookup, t: TrackerMessages['statusTracker']): LookupErrors {
  const errors: LookupErrors = {};
  if (!lookup.reference) errors.reference = t.referenceMissing;
  else if (!isReference(lookup.reference)) errors.reference = t.referenceMalformed;
  if (!lookup.accessCode) errors.accessCode = t.accessCodeMissing;
  return errors;
}

interface LookupFormProps {
  values: Lookup;
  errors: LookupErrors;
  t: TrackerMessages['statusTracker'];
  onInput: (field: LookupField, value: string) => void;
  onSubmit: (event: SubmitEvent) => void;
}

/** The anonymous lookup: two labelled inputs with hints from the receipt, errors below their field. */
export function renderLookupForm({ values, errors, t, onInput, onSubmit }: LookupFormProps) {
  const field = (name: LookupField, label: string, hint: string) => {
    const error = errors[name];
    return html`
      <div class="field">
        <label for=${name}>${label}</label>
        <p id="${name}-hint" class="hint">${hint}</p>
        <input
          id=${name}
          name=${name}
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${name}-hint ${name}-error` : `${name}-hint`}
          .value=${values[name]}
          @input=${(event: InputEvent) => onInput(name, (event.target as HTMLInputElement).value)}
        />
        ${error ? html`<p id="${name}-error" class="error-text" part="field-error">${error}</p>` : nothing}
      </div>
    `;
  };
  return html`
    <form part="lookup-form" novalidate aria-labelledby="lookup-heading" @submit=${onSubmit}>
      <p>${t.lookupIntro}</p>
      ${field('reference', t.reference, t.referenceHint)} ${field('accessCode', t.accessCode, t.accessCodeHint)}
      <button type="submit">${t.show}</button>
    </form>
  `;
}
