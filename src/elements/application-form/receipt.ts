import { html, nothing, type TemplateResult } from 'lit';
import type { Receipt } from '../../api/client.ts';
import { renderAnswers, type ReviewContext } from './review.ts';

/**
 * The confirmation after sending: the reference number, for anonymous citizens the access code (shown once, the
 * server keeps only its hash), what happens next and what was sent.
 */
export function renderReceipt(
  ctx: ReviewContext,
  receipt: Receipt,
  nextSteps: string,
  extras: [fee: unknown, download: TemplateResult],
): TemplateResult {
  const t = ctx.i18n.messages.applicationForm.receipt;
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-heading">
    <h3 id="receipt-heading" tabindex="-1">${t.heading}</h3>
    <p>${t.intro(receipt.service.name, receipt.municipality.name)}</p>
    <dl class="receipt-facts">
      <div>
        <dt>${t.reference}</dt>
        <dd part="reference">${receipt.reference}</dd>
      </div>
      ${
        receipt.accessCode
          ? html`<div>
              <dt>${t.accessCode}</dt>
              <dd part="access-code">${receipt.accessCode}</dd>
            </div>`
          : nothing
      }
      <div>
        <dt>${t.receivedAt}</dt>
        <dd>${ctx.i18n.date(receipt.createdAt, true)}</dd>
      </div>
    </dl>
    <p class="keep">${receipt.accessCode ? t.keepCode : t.signedIn}</p>
    ${extras[1]}
    <h4>${t.nextSteps}</h4>
    <p part="next-steps">${nextSteps}</p>
    ${extras[0]}
    <h4>${t.summary}</h4>
    ${renderAnswers(ctx, { headingLevel: 5 })}
  </section>`;
}
