import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../../i18n/localize.ts';
import type { FormMessages } from '../../i18n/form-messages.ts';
import { isRequired, isShown, type FieldModel, type PlacedField } from './form-model.ts';
import { fileSize, fileTypes } from './form-validation.ts';
import { child, getAt } from '../../../contract/json-pointer.ts';

/** What the field templates read and call; the form flow implements it. */
export interface FieldContext {
  readonly i18n: LocalizeController<FormMessages>;
  readonly data: unknown;
  file(pointer: string): File | undefined;
  missingFile(pointer: string): string | undefined;
  /** The message of the field's current problem, if any. */
  message(placed: PlacedField): string | undefined;
  /** A prefilled field the office does not let the citizen change. */
  locked(placed: PlacedField): boolean;
  edit(placed: PlacedField, value: unknown): void;
  /** The citizen finished with the field (change): check it. */
  commit(placed: PlacedField): void;
  setBadInput(pointer: string, bad: boolean): void;
  chooseFile(placed: PlacedField, file: File | undefined): void;
  addItem(placed: PlacedField): void;
  removeItem(placed: PlacedField, index: number): void;
}

/** The id of a field's input (of the first radio button of a group), unique in the shadow root. */
export function fieldId(pointer: string): string {
  return `field${pointer.replace(/[^A-Za-z0-9/]/g, (c) => `_${c.charCodeAt(0)}`).replaceAll('/', '-')}`;
}

export function addButtonId(pointer: string): string {
  return `${fieldId(pointer)}-add`;
}

/**
 * Gives file inputs their chosen files again after a re-render (e.g. back to a step): the browser keeps a file only
 * in the input it was chosen in, the form keeps it in memory.
 */
export function restoreFiles(root: ShadowRoot, files: ReadonlyMap<string, File>): void {
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type="file"]')) {
    const file = files.get(input.dataset.pointer ?? '');
    if (file && input.files?.[0] !== file) {
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
    } else if (!file && input.files?.length) {
      input.value = '';
    }
  }
}

/** The fields of an object at `base`, leaving out those whose condition does not hold. */
export function renderFields(ctx: FieldContext, fields: FieldModel[], base: string): TemplateResult[] {
  const parent = getAt(ctx.data, base);
  return fields
    .filter((field) => isShown(field, parent))
    .map((field) => renderField(ctx, { field, pointer: child(base, field.name), required: isRequired(field, parent) }));
}

function renderField(ctx: FieldContext, placed: PlacedField): TemplateResult {
  switch (placed.field.widget) {
    case 'group':
      return html`<fieldset class="group" part="field">
        <legend>${placed.field.title}</legend>
        ${hint(placed)} ${renderFields(ctx, placed.field.fields, placed.pointer)}
      </fieldset>`;
    case 'repeat':
      return renderRepeat(ctx, placed);
    case 'radio':
    case 'yes-no':
      return renderChoices(ctx, placed);
    case 'checkbox':
      return renderCheckbox(ctx, placed);
    case 'file':
      return renderFile(ctx, placed);
    default:
      return renderInput(ctx, placed);
  }
}

function label(ctx: FieldContext, { field, required }: PlacedField) {
  return html`${field.title}${required ? html` <span class="required">(${ctx.i18n.messages.common.required})</span>` : nothing}`;
}

function hint({ field, pointer }: PlacedField) {
  return field.schema.description ? html`<p id="${fieldId(pointer)}-hint" class="hint">${field.schema.description}</p>` : nothing;
}

function error(ctx: FieldContext, placed: PlacedField) {
  const message = ctx.message(placed);
  if (!message) return nothing;
  return html`<p id="${fieldId(placed.pointer)}-error" class="error-message" part="field-error">
    <span class="visually-hidden">${ctx.i18n.messages.applicationForm.errorPrefix}</span> ${message}
  </p>`;
}

/** aria-describedby: the help text, then the error, then any extra notes. */
function describedBy(ctx: FieldContext, placed: PlacedField, ...extra: string[]): string | undefined {
  const id = fieldId(placed.pointer);
  const ids = [placed.field.schema.description ? `${id}-hint` : '', ctx.message(placed) ? `${id}-error` : '', ...extra].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function invalid(ctx: FieldContext, placed: PlacedField): 'true' | undefined {
  return ctx.message(placed) ? 'true' : undefined;
}

function fieldClass(ctx: FieldContext, placed: PlacedField, kind = 'field') {
  return ctx.message(placed) ? `${kind} has-error` : kind;
}

const INPUT_TYPES: Partial<Record<FieldModel['widget'], 'email' | 'tel' | 'date'>> = { email: 'email', tel: 'tel', date: 'date' };
// Numbers are typed as text with a numeric keyboard (GOV.UK's advice): type="number" changes values on scroll
// and swallows "12,50", the German way of writing it.
const INPUT_MODES: Partial<Record<FieldModel['widget'], string>> = { integer: 'numeric', number: 'decimal' };

function renderInput(ctx: FieldContext, placed: PlacedField) {
  const { field, pointer, required } = placed;
  const id = fieldId(pointer);
  const value = getAt(ctx.data, pointer);
  const text = value === undefined || value === null ? '' : String(value);
  const onInput = (event: Event) => {
    const target = event.target as HTMLInputElement;
    if (field.widget === 'date') ctx.setBadInput(pointer, target.validity.badInput);
    ctx.edit(placed, target.value);
  };
  const onBlur = (event: Event) => {
    // Half a date leaves the value empty and fires no change: check it when the citizen leaves the field.
    const target = event.target as HTMLInputElement;
    if (field.widget === 'date' && target.validity.badInput) {
      ctx.setBadInput(pointer, true);
      ctx.commit(placed);
    }
  };
  const common = {
    describedBy: describedBy(ctx, placed),
    invalid: invalid(ctx, placed),
    // The form definition names a valid autocomplete token (contract/forms.ts); "on" is the default.
    autocomplete: (field.schema['x-autocomplete'] ?? 'on') as AutoFill,
  };
  let control;
  if (field.widget === 'textarea') {
    control = html`<textarea
      id=${id}
      name=${pointer}
      rows="5"
      .value=${live(text)}
      ?required=${required}
      ?readonly=${ctx.locked(placed)}
      .autocomplete=${common.autocomplete}
      aria-describedby=${ifDefined(common.describedBy)}
      aria-invalid=${ifDefined(common.invalid)}
      @input=${onInput}
      @change=${() => ctx.commit(placed)}
    ></textarea>`;
  } else if (field.widget === 'select') {
    const onChange = (event: Event) => {
      const index = (event.target as HTMLSelectElement).value;
      ctx.edit(placed, index === '' ? undefined : field.options[Number(index)].value);
      ctx.commit(placed);
    };
    control = html`<select
      id=${id}
      name=${pointer}
      ?required=${required}
      .autocomplete=${common.autocomplete}
      aria-describedby=${ifDefined(common.describedBy)}
      aria-invalid=${ifDefined(common.invalid)}
      @change=${onChange}
    >
      <option value="" .selected=${live(value === undefined)}>${ctx.i18n.messages.applicationForm.chooseOption}</option>
      ${field.options.map((option, i) => html`<option value=${String(i)} .selected=${live(option.value === value)}>${option.label}</option>`)}
    </select>`;
  } else {
    control = html`<input
      id=${id}
      name=${pointer}
      type=${INPUT_TYPES[field.widget] ?? 'text'}
      inputmode=${ifDefined(INPUT_MODES[field.widget])}
      .value=${live(text)}
      ?required=${required}
      ?readonly=${ctx.locked(placed)}
      spellcheck=${ifDefined(field.widget === 'email' ? 'false' : undefined)}
      .autocomplete=${common.autocomplete}
      aria-describedby=${ifDefined(common.describedBy)}
      aria-invalid=${ifDefined(common.invalid)}
      @input=${onInput}
      @change=${() => ctx.commit(placed)}
      @blur=${onBlur}
    />`;
  }
  return html`<div class=${fieldClass(ctx, placed)} part="field">
    <label for=${id}>${label(ctx, placed)}</label>
    ${hint(placed)} ${error(ctx, placed)} ${control}
  </div>`;
}

function renderChoices(ctx: FieldContext, placed: PlacedField) {
  const { field, pointer, required } = placed;
  const id = fieldId(pointer);
  const value = getAt(ctx.data, pointer);
  return html`<fieldset class=${fieldClass(ctx, placed)} part="field" aria-describedby=${ifDefined(describedBy(ctx, placed))}>
    <legend>${label(ctx, placed)}</legend>
    ${hint(placed)} ${error(ctx, placed)}
    <div class="choices">
      ${field.options.map((option, i) => {
        const optionId = i === 0 ? id : `${id}-${i}`;
        const choose = () => {
          ctx.edit(placed, option.value);
          ctx.commit(placed);
        };
        return html`<div class="choice">
          <input
            type="radio"
            id=${optionId}
            name=${pointer}
            .checked=${live(option.value === value)}
            ?required=${required}
            aria-invalid=${ifDefined(invalid(ctx, placed))}
            @change=${choose}
          />
          <label for=${optionId}>${option.label}</label>
        </div>`;
      })}
    </div>
  </fieldset>`;
}

function renderCheckbox(ctx: FieldContext, placed: PlacedField) {
  const id = fieldId(placed.pointer);
  const checked = getAt(ctx.data, placed.pointer) === true;
  return html`<div class=${fieldClass(ctx, placed)} part="field">
    <div class="choice">
      <input
        type="checkbox"
        id=${id}
        name=${placed.pointer}
        .checked=${live(checked)}
        aria-describedby=${ifDefined(describedBy(ctx, placed))}
        aria-invalid=${ifDefined(invalid(ctx, placed))}
        @change=${(event: Event) => ctx.edit(placed, (event.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${placed.field.title}</label>
    </div>
    ${hint(placed)} ${error(ctx, placed)}
  </div>`;
}

function renderFile(ctx: FieldContext, placed: PlacedField) {
  const { field, pointer, required } = placed;
  const t = ctx.i18n.messages.applicationForm.file;
  const id = fieldId(pointer);
  const accept = field.schema['x-accept'] ?? [];
  const file = ctx.file(pointer);
  const missing = file ? undefined : ctx.missingFile(pointer);
  const limits = t.accepted(fileTypes(accept, ctx.i18n), fileSize(field.schema['x-max-bytes'] ?? 0, ctx.i18n));
  return html`<div class=${fieldClass(ctx, placed)} part="field">
    <label for=${id}>${label(ctx, placed)}</label>
    ${hint(placed)}
    <p id="${id}-accept" class="hint">${limits}</p>
    ${missing ? html`<p id="${id}-again" class="notice">${t.chooseAgain(missing)}</p>` : nothing} ${error(ctx, placed)}
    <input
      type="file"
      id=${id}
      name=${pointer}
      data-pointer=${pointer}
      accept=${accept.join(',')}
      ?required=${required}
      aria-describedby=${ifDefined(describedBy(ctx, placed, `${id}-accept`, missing ? `${id}-again` : ''))}
      aria-invalid=${ifDefined(invalid(ctx, placed))}
      @change=${(event: Event) => ctx.chooseFile(placed, (event.target as HTMLInputElement).files?.[0])}
    />
    ${
      file
        ? html`<p class="file-chosen">
            <span>${t.chosen(file.name, fileSize(file.size, ctx.i18n))}</span>
            <button type="button" class="link" @click=${() => ctx.chooseFile(placed, undefined)}>
              ${t.remove}<span class="visually-hidden">: ${field.title}</span>
            </button>
          </p>`
        : nothing
    }
  </div>`;
}

function renderRepeat(ctx: FieldContext, placed: PlacedField) {
  const { field, pointer } = placed;
  const t = ctx.i18n.messages.applicationForm.repeat;
  const items = getAt(ctx.data, pointer);
  const count = Array.isArray(items) ? items.length : 0;
  const min = field.schema.minItems ?? 0;
  const max = field.schema.maxItems ?? Infinity;
  const itemTitle = field.schema['x-item-title'] ?? field.title;
  return html`<fieldset class="repeat" part="field">
    <legend>${field.title}</legend>
    ${hint(placed)}
    ${Array.from({ length: count }, (_, i) => {
      const name = t.item(itemTitle, i + 1);
      return html`<fieldset class="item" part="item">
        <legend>${name}</legend>
        ${renderFields(ctx, field.fields, child(pointer, i))}
        ${
          count > min
            ? html`<button type="button" class="secondary" part="remove-button" @click=${() => ctx.removeItem(placed, i)}>
                ${t.remove(name)}
              </button>`
            : nothing
        }
      </fieldset>`;
    })}
    ${
      count < max
        ? html`<button type="button" id=${addButtonId(pointer)} class="secondary" part="add-button" @click=${() => ctx.addItem(placed)}>
            ${field.schema['x-add-label'] ?? t.item(itemTitle, count + 1)}
          </button>`
        : nothing
    }
  </fieldset>`;
}
