import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.ts';
import type { FormMessages } from '../../i18n/form-messages.ts';
import { isShown, type FieldModel, type StepModel } from './form-model.ts';
import { isEmpty, parseNumber } from './form-values.ts';
import { child, getAt } from '../../../contract/json-pointer.ts';

export interface ReviewContext {
  readonly i18n: LocalizeController<FormMessages>;
  readonly steps: StepModel[];
  readonly data: unknown;
  file(pointer: string): File | undefined;
}

/**
 * The answers of every step as a description list, the GOV.UK "check answers" pattern: before sending with an
 * "Ändern" button per step, and on the receipt as the summary of what was sent.
 */
export function renderAnswers(ctx: ReviewContext, options: { headingLevel: 4 | 5; onChange?: (step: number) => void }): TemplateResult {
  const t = ctx.i18n.messages.applicationForm.review;
  return html`<div class="answers" part="review">
    ${ctx.steps.map((step, index) => {
      const heading =
        options.headingLevel === 4
          ? html`<h4 id="review-${step.name}">${step.title}</h4>`
          : html`<h5 id="review-${step.name}">${step.title}</h5>`;
      return html`<section class="answers-step" aria-labelledby="review-${step.name}">
        <div class="answers-heading">
          ${heading}
          ${
            options.onChange
              ? html`<button type="button" class="secondary" part="change-button" @click=${() => options.onChange!(index)}>
                  ${t.change}<span class="visually-hidden">: ${step.title}</span>
                </button>`
              : nothing
          }
        </div>
        ${renderList(ctx, step.fields, step.pointer)}
      </section>`;
    })}
  </div>`;
}

function renderList(ctx: ReviewContext, fields: FieldModel[], base: string): TemplateResult {
  const parent = getAt(ctx.data, base);
  const shown = fields.filter((field) => isShown(field, parent));
  return html`<dl>
    ${shown.map((field) => {
      const pointer = child(base, field.name);
      return html`<div class="answer">
        <dt>${field.title}</dt>
        <dd>${renderValue(ctx, field, pointer)}</dd>
      </div>`;
    })}
  </dl>`;
}

function renderValue(ctx: ReviewContext, field: FieldModel, pointer: string): TemplateResult | string {
  const t = ctx.i18n.messages.applicationForm;
  const value = getAt(ctx.data, pointer);
  switch (field.widget) {
    case 'group':
      return renderList(ctx, field.fields, pointer);
    case 'repeat': {
      const items = Array.isArray(value) ? value : [];
      const itemTitle = field.schema['x-item-title'] ?? field.title;
      return html`<ol class="answer-items">
        ${items.map((_, i) => html`<li><span class="item-title">${t.repeat.item(itemTitle, i + 1)}</span>${renderList(ctx, field.fields, child(pointer, i))}</li>`)}
      </ol>`;
    }
    case 'file':
      return ctx.file(pointer)?.name ?? t.review.empty;
    case 'checkbox':
      return value === true ? t.review.yes : t.review.no;
  }
  if (isEmpty(value)) return t.review.empty;
  switch (field.widget) {
    case 'select':
    case 'radio':
    case 'yes-no':
      return field.options.find((option) => option.value === value)?.label ?? String(value);
    case 'integer':
    case 'number': {
      const number = parseNumber(value, field.widget === 'integer');
      return number === undefined ? String(value) : ctx.i18n.number(number);
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? ctx.i18n.date(String(value)) : String(value);
    default:
      return String(value).trim();
  }
}
