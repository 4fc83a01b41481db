import { html, nothing } from 'lit';
import type { Fee } from '../../../contract/catalogue.ts';
import type { FormMessages } from '../../i18n/form-messages.ts';

/**
 * What the service costs and how it is paid, as the catalogue states it for this town: shown before sending (so
 * no one is surprised) and on the receipt. Online payment is not part of the form; this only says what is owed.
 */
export function renderFee(fee: Fee | undefined, t: FormMessages['applicationForm']['review'], headingLevel: 4 | 5) {
  if (!fee) return nothing;
  const heading = headingLevel === 4 ? html`<h4 id="fee-heading">${t.feeHeading}</h4>` : html`<h5 id="fee-heading">${t.feeHeading}</h5>`;
  return html`<section class="fee" part="fee" aria-labelledby="fee-heading">
    ${heading}
    <p>
      <span part="fee-text">${fee.text}</span
      >${fee.payment ? html`<br /><span part="fee-payment">${t.feePayment(fee.payment)}</span>` : nothing}
    </p>
  </section>`;
}
