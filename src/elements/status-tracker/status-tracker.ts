import { Task } from '@lit/task';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { languageSwitchStyles, renderLanguageSwitch } from '../../i18n/language-switch.ts';
import { localizeTracker } from '../../i18n/tracker-messages.ts';
import { defineElement } from '../../internal/define.ts';
import { SessionController } from '../../session/session-controller.ts';
import { baseStyles } from '../../styles/base.styles.ts';
import { renderLoadFailed, renderLoading } from './load-states.ts';
import { styles } from './status-tracker.styles.ts';
import type { TrackerRuntime } from './tracker-runtime.ts';

/**
 * @tagname rathaus-status-tracker
 * @summary Shows where a citizen's applications stand, live, across every municipality of the county.
 *
 * Signed in (through the page's `<rathaus-login-button>`): all the citizen's applications, newest first. Not
 * signed in: a form to look one application up by its reference number and access code from the receipt.
 * Each application shows its service, reference, municipality, current status and a timeline; changes made by
 * the office appear without a reload and are announced to screen readers. Signing out clears everything shown.
 * When the office asks a question (status `rueckfrage`), the application offers a form to answer it with text
 * and files (PDF, JPG, PNG), signed in or with the access code; the answer joins the timeline as "Ihre Antwort".
 * Where the office can mail the citizen, a checkbox turns e-mail on status changes on or off for that application.
 * `?reference=SYK-2026-000123` in the page's address (as the county's e-mails link it) fills in the lookup.
 *
 * Needs no municipality. Its code is loaded on demand: a page without a tracker does not download it.
 *
 * @attr lang - `de` (default), `en` or `de-x-ls` (Leichte Sprache); else the nearest `lang` of the page. Changes are
 *   followed. The switch at the top turns Leichte Sprache on and off for every widget of the page.
 * @fires rathaus-status-change - A shown application changed its status (live). Detail: `{ reference, status }`.
 *
 * @csspart language-switch - The "Leichte Sprache" toggle button at the top, for every widget of the page.
 * @csspart list - The list of the signed-in citizen's applications.
 * @csspart application - One application (an `<article>`).
 * @csspart details - Reference number, municipality and current status of an application.
 * @csspart reference - The reference number.
 * @csspart status - The current status.
 * @csspart timeline - The timeline of an application (an `<ol>`, oldest entry first).
 * @csspart entry - One entry of the timeline.
 * @csspart message - The office's message in a timeline entry (e.g. with a "Rückfrage").
 * @csspart data-deleted - The note that the deletion period ran out and the data was deleted ("Daten gelöscht am …").
 * @csspart answer-entry - A timeline entry "Ihre Antwort": the citizen's answer to a Rückfrage (also part `entry`).
 * @csspart answer-text - The text of the citizen's answer in the timeline.
 * @csspart answer-files - The files sent with an answer, by name and size.
 * @csspart answer - The section to answer a Rückfrage, shown while an application is in `rueckfrage`.
 * @csspart answer-form - The form of that section: the answer's text and files.
 * @csspart answer-button - The button that sends the answer.
 * @csspart answer-sent - The confirmation that the answer was sent.
 * @csspart status-mail - The checkbox "E-Mail bei jeder Statusänderung" of an application.
 * @csspart receipt-download - The button "Bestätigung als PDF herunterladen" of an application.
 * @csspart empty - The note that the citizen has no applications yet.
 * @csspart lookup-form - The form to look an application up by reference number and access code.
 * @csspart field-error - The error below a field of the lookup form or of the answer form.
 * @csspart error - A failed lookup or load, with its retry button where retrying can help.
 */
export class RathausStatusTracker extends LitElement {
  static override styles = [baseStyles, languageSwitchStyles, styles];

  /** Base URL of the API; else `<meta name="rathaus-api">`, else the origin the kit was loaded from. */
  @property() api?: string;

  private readonly i18n = localizeTracker(this);
  private readonly sessionController = new SessionController(this, () => this.runtime.value?.sessionChanged());

  private readonly runtime = new Task(this, {
    args: () => [] as const,
    task: async () => {
      const { loadTracker } = await import('./tracker-runtime.ts');
      const runtime = await loadTracker(this, this.sessionController.session);
      if (this.isConnected) runtime.connected();
      return runtime;
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.runtime.value?.connected();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.runtime.value?.disconnected();
  }

  override render() {
    const common = this.i18n.messages.common;
    return html`<div lang=${ifDefined(this.i18n.textLang)}>
      ${renderLanguageSwitch(this.i18n)}${this.runtime.render({
        pending: () => renderLoading(common),
        complete: (runtime: TrackerRuntime) => runtime.render(),
        error: () => renderLoadFailed(common, () => void this.runtime.run()),
      })}
    </div>`;
  }
}

defineElement('rathaus-status-tracker', RathausStatusTracker);

declare global {
  interface HTMLElementTagNameMap {
    'rathaus-status-tracker': RathausStatusTracker;
  }
}
