import { Task } from '@lit/task';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { prefetch, urls } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { apiBase, pageMunicipality } from '../../config/page-config.ts';
import { languageSwitchStyles, renderLanguageSwitch } from '../../i18n/language-switch.ts';
import { localizeForm } from '../../i18n/form-messages.ts';
import { formTexts } from '../../i18n/language-choice.ts';
import { defineElement } from '../../internal/define.ts';
import { SessionController } from '../../session/session-controller.ts';
import { baseStyles } from '../../styles/base.styles.ts';
import { styles } from './application-form.styles.ts';
import type { LoadedForm } from './form-runtime.ts';

/** The page is not set up for a form: which municipality or which service is missing. */
class SetupError extends Error {
  constructor(readonly missing: 'municipality' | 'service') {
    super(`rathaus-application-form: no ${missing}`);
  }
}

/**
 * @tagname rathaus-application-form
 * @summary The online application for one service: steps with progress, checks as the citizen types, a review
 * page, sending with attachments, and the receipt with the reference number.
 *
 * The form comes from the backend (`GET /forms/{service}`), so one form page can serve every service: without a
 * `service` attribute the element reads `?service=` from the page address. Services that need a trust level ask
 * the citizen to sign in with it first (through the page's session, see `<rathaus-login-button>`). What is typed
 * is kept in sessionStorage until it is sent or the citizen signs out, so a reload or a sign-in loses nothing.
 * The renderer is loaded on demand: a page without a form does not download it.
 *
 * @fires rathaus-application-sent - The backend received the application. Detail: `{ reference, service, municipality }`.
 *
 * @csspart language-switch - The "Leichte Sprache" toggle button at the top, for every widget of the page.
 * @csspart title - The form's title.
 * @csspart progress - The list of steps (an `<ol>`; the current one has aria-current="step").
 * @csspart progress-text - "Schritt 2 von 5".
 * @csspart form - The `<form>` of the current step or of the review page.
 * @csspart step-heading - The heading of the current step (focused when a step appears).
 * @csspart field - One field (label, help, error and input), a radio group or a group of fields.
 * @csspart field-error - The error message of a field.
 * @csspart item - One item of a repeating group (e.g. "Person 1").
 * @csspart add-button - Adds an item to a repeating group.
 * @csspart remove-button - Removes an item of a repeating group.
 * @csspart error-summary - The list of problems at the top of a step ("Es gibt ein Problem").
 * @csspart next-button - "Weiter".
 * @csspart back-button - "Zurück".
 * @csspart submit-button - "Absenden" on the review page.
 * @csspart review - The answers on the review page and on the receipt.
 * @csspart change-button - "Ändern" for a step on the review page.
 * @csspart send-error - Why sending failed, with the button that helps (send again, sign in again).
 * @csspart retry-button - Sends again after a failure.
 * @csspart sign-in-required - Why the service needs a sign-in, with the button to sign in.
 * @csspart sign-in-button - Signs in with the trust level the service needs; one per provider when a signed-out citizen can choose.
 * @csspart notice - The note that earlier input was restored (and which files to choose again).
 * @csspart receipt - The confirmation after sending.
 * @csspart reference - The reference number on the receipt.
 * @csspart access-code - The access code on the receipt (anonymous applications only).
 * @csspart next-steps - What happens next, on the receipt.
 * @csspart fee - The fee and how it is paid, on the review page and the receipt.
 * @csspart fee-text - The fee as the catalogue states it, e.g. "12,00 € je Urkunde".
 * @csspart fee-payment - How the fee is paid, e.g. "Bezahlung: bei Abholung".
 * @csspart receipt-download - The button "Bestätigung als PDF herunterladen" on the receipt.
 * @csspart unavailable - The explanation when the service cannot be applied for online here.
 * @csspart error - The form could not be loaded, with a retry button.
 */
export class RathausApplicationForm extends LitElement {
  static override styles = [baseStyles, languageSwitchStyles, styles];

  /** LeiKa key of the service; else `?service=` of the page address. */
  @property() service?: string;
  /** Slug of the municipality the citizen applies through; else `<meta name="rathaus-municipality">`. */
  @property() municipality?: string;
  /** Base URL of the API; else `<meta name="rathaus-api">`, else the origin the kit was loaded from. */
  @property() api?: string;

  private readonly i18n = localizeForm(this);
  private readonly sessionController = new SessionController(this, () => this.loader.value?.sessionChanged());

  private readonly loader = new Task(this, {
    args: () =>
      [
        apiBase(this, this.api),
        pageMunicipality(this, this.municipality),
        this.service || new URLSearchParams(location.search).get('service') || '',
      ] as const,
    task: async ([base, municipality, service], { signal }): Promise<LoadedForm> => {
      if (!municipality) throw new SetupError('municipality');
      if (!service) throw new SetupError('service');
      // The data is requested at once, in parallel with the renderer's code, not after it arrived.
      prefetch(urls.offer(base, municipality, service));
      prefetch(urls.form(base, service, formTexts(this)));
      const { loadForm } = await import('./form-runtime.ts');
      return loadForm({ host: this, session: this.sessionController.session, api: base, municipality, service, signal });
    },
  });

  override render() {
    return html`<div lang=${ifDefined(this.i18n.textLang)}>
      ${renderLanguageSwitch(this.i18n)}${this.loader.render({
        pending: () => html`<p role="status">${this.i18n.messages.applicationForm.loading}</p>`,
        complete: (form: LoadedForm) => form.render(),
        error: (error) => this.renderError(error),
      })}
    </div>`;
  }

  protected override updated(): void {
    this.loader.value?.updated(this.shadowRoot!);
  }

  private renderError(error: unknown) {
    const t = this.i18n.messages;
    if (error instanceof SetupError) {
      return html`<p role="alert" part="error">
        ${error.missing === 'municipality' ? t.applicationForm.setup.noMunicipality : t.applicationForm.setup.noService}
      </p>`;
    }
    const notFound = error instanceof ApiProblem && error.status === 404;
    return html`<div role="alert" part="error">
      <p>${notFound ? t.applicationForm.unavailable.notOffered : t.common.loadFailed}</p>
      ${notFound ? '' : html`<button class="secondary" @click=${() => void this.loader.run()}>${t.common.retry}</button>`}
    </div>`;
  }
}

defineElement('rathaus-application-form', RathausApplicationForm);

declare global {
  interface HTMLElementTagNameMap {
    'rathaus-application-form': RathausApplicationForm;
  }
}
