import { html, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/messages.ts';

type Common = Messages['common'];

/** "Loading", while the tracker's code or its data is on the way. */
export function renderLoading(common: Common): TemplateResult {
  return html`<p role="status">${common.loading}</p>`;
}

/** A load that failed, with the button that tries it again: for the tracker's code and for its data alike. */
export function renderLoadFailed(common: Common, retry: () => void): TemplateResult {
  return html`
    <div role="alert" part="error">
      <p>${common.loadFailed}</p>
      <button class="secondary" @click=${retry}>${common.retry}</button>
    </div>
  `;
}
