import { initialState, Task } from '@lit/task';
import { html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { StatusEvent } from '../../../server/contract/applications.ts';
import { api, type ApplicationView, type Credentials } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { followStatus } from '../../api/status-stream.ts';
import { apiBase } from '../../config/page-config.ts';
import { emit } from '../../events/events.ts';
import { localize } from '../../i18n/messages.ts';
import { defineElement } from '../../internal/define.ts';
import { SessionController } from '../../session/session-controller.ts';
import { baseStyles } from '../../styles/base.styles.ts';
import { renderApplication } from './application-card.ts';
import { normalizeLookup, renderLookupForm, validateLookup, type Lookup, type LookupErrors, type LookupField } from './lookup-form.ts';
import { styles } from './status-tracker.styles.ts';
import { newestEntryId, newestFirst, withEntry } from './timeline.ts';

/** What is being shown: the signed-in citizen's applications, or one application looked up anonymously. */
type Query = { kind: 'mine'; token: string } | ({ kind: 'lookup' } & Lookup);

/**
 * @tagname rathaus-status-tracker
 * @summary Shows where a citizen's applications stand, live, across every municipality of the county.
 *
 * Signed in (through the page's `<rathaus-login-button>`): all the citizen's applications, newest first. Not
 * signed in: a form to look one application up by its reference number and access code from the receipt.
 * Each application shows its service, reference, municipality, current status and a timeline; changes made by
 * the office appear without a reload and are announced to screen readers. Signing out clears everything shown.
 *
 * Needs no municipality.
 *
 * @attr lang - `de` (default) or `en`; else the nearest `lang` of the page. Changes are followed.
 * @fires rathaus-status-change - A shown application changed its status (live). Detail: `{ reference, status }`.
 *
 * @csspart list - The list of the signed-in citizen's applications.
 * @csspart application - One application (an `<article>`).
 * @csspart details - Reference number, municipality and current status of an application.
 * @csspart reference - The reference number.
 * @csspart status - The current status.
 * @csspart timeline - The timeline of an application (an `<ol>`, oldest entry first).
 * @csspart entry - One entry of the timeline.
 * @csspart message - The office's message in a timeline entry (e.g. with a "Rückfrage").
 * @csspart empty - The note that the citizen has no applications yet.
 * @csspart lookup-form - The form to look an application up by reference number and access code.
 * @csspart field-error - The error below a field of the lookup form.
 * @csspart error - A failed lookup or load, with its retry button where retrying can help.
 */
export class RathausStatusTracker extends LitElement {
  static override styles = [baseStyles, styles];

  /** Base URL of the API; else `<meta name="rathaus-api">`, else the origin the kit was loaded from. */
  @property() api?: string;

  private readonly i18n = localize(this);
  private readonly sessionController = new SessionController(this, () => this.onSessionChange());

  @state() private applications: ApplicationView[] = [];
  @state() private announcement = '';
  @state() private lookup: Lookup = { reference: '', accessCode: '' };
  @state() private fieldErrors: LookupErrors = {};

  private query?: Query;
  /** The token and citizen the shown list belongs to: a new token of the same citizen is a renewal. */
  private token?: string;
  private citizen?: string;
  private following?: { url: string; credentials: Credentials };
  private stream?: AbortController;

  private readonly load = new Task(this, {
    autoRun: false,
    args: () => [this.query] as const,
    task: async ([query], { signal }) => {
      if (!query) return initialState;
      const base = apiBase(this, this.api);
      if (query.kind === 'mine') {
        const list = await api.myApplications(base, query.token, signal);
        signal.throwIfAborted();
        this.show(newestFirst(list), `${base}/me/events`, { token: query.token });
      } else {
        const credentials = { accessCode: query.accessCode };
        const application = await api.application(base, query.reference, credentials, signal);
        signal.throwIfAborted();
        this.show([application], `${base}/applications/${encodeURIComponent(query.reference)}/events`, credentials);
      }
    },
  });

  private get session() {
    return this.sessionController.session;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.onSessionChange();
    this.resume();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Stop following while off the page; connectedCallback picks up where it left off.
    this.stream?.abort();
    this.stream = undefined;
  }

  override render() {
    const status = this.session.snapshot.status;
    return html`
      ${status === 'restoring' ? this.renderLoading() : status === 'signed-in' ? this.renderMine() : this.renderLookup()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }

  private renderMine() {
    const t = this.i18n.messages.statusTracker;
    return html`
      <h2 id="heading">${t.myApplications}</h2>
      ${this.load.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        error: () => this.renderError(),
        complete: () =>
          this.applications.length === 0
            ? html`<p part="empty">${t.empty}</p>`
            : html`<ul part="list" class="applications" aria-labelledby="heading">
                ${repeat(
                  this.applications,
                  (application) => application.reference,
                  (application) => html`<li>${renderApplication(application, this.i18n)}</li>`,
                )}
              </ul>`,
      })}
    `;
  }

  private renderLookup() {
    const t = this.i18n.messages.statusTracker;
    return html`
      <h2 id="lookup-heading">${t.lookupHeading}</h2>
      ${renderLookupForm({
        values: this.lookup,
        errors: this.fieldErrors,
        t,
        onInput: (field: LookupField, value: string) => (this.lookup = { ...this.lookup, [field]: value }),
        onSubmit: (event: SubmitEvent) => void this.onLookup(event),
      })}
      ${this.load.render({
        pending: () => this.renderLoading(),
        error: (error) =>
          error instanceof ApiProblem && error.status === 404
            ? html`<p id="lookup-error" class="error-text" role="alert" tabindex="-1" part="error">${t.notFound}</p>`
            : this.renderError(),
        complete: () => this.applications.map((application) => renderApplication(application, this.i18n)),
      })}
    `;
  }

  private renderLoading() {
    return html`<p role="status">${this.i18n.messages.common.loading}</p>`;
  }

  private renderError() {
    const common = this.i18n.messages.common;
    return html`
      <div role="alert" part="error">
        <p>${common.loadFailed}</p>
        <button class="secondary" @click=${() => void this.load.run()}>${common.retry}</button>
      </div>
    `;
  }

  private async onLookup(event: SubmitEvent) {
    event.preventDefault();
    const lookup = normalizeLookup(this.lookup);
    this.fieldErrors = validateLookup(lookup, this.i18n.messages.statusTracker);
    const invalid = (Object.keys(this.fieldErrors) as LookupField[])[0];
    if (invalid) {
      await this.updateComplete;
      this.shadowRoot!.querySelector<HTMLInputElement>(`#${invalid}`)?.focus();
      return;
    }
    this.lookup = lookup;
    this.stopFollowing();
    this.applications = [];
    this.query = { kind: 'lookup', ...lookup };
    await this.load.run();
    await this.updateComplete;
    // The result appears below the form: take screen reader users there, to the answer or the message.
    const target = this.applications[0] ? `#title-${this.applications[0].reference}` : '#lookup-error';
    this.shadowRoot!.querySelector<HTMLElement>(target)?.focus();
  }

  /** Reacts to sign-in, sign-out, a change of citizen and token renewal of the page's session. */
  private onSessionChange() {
    const token = this.session.accessToken;
    if (token === this.token) return;
    const snapshot = this.session.snapshot;
    const citizen = snapshot.status === 'signed-in' ? `${snapshot.issuer} ${String(snapshot.identity.claims.sub)}` : undefined;
    const renewed = token !== undefined && citizen === this.citizen && this.query?.kind === 'mine';
    this.token = token;
    this.citizen = citizen;
    if (renewed) {
      // Same citizen, fresh token: keep what is shown and follow on with the new token.
      this.query = { kind: 'mine', token };
      if (this.following) {
        this.following = { ...this.following, credentials: { token } };
        this.stopFollowing();
        this.resume();
      }
      return;
    }
    this.clear();
    if (token) {
      this.query = { kind: 'mine', token };
      void this.load.run();
    }
  }

  /** Forgets everything shown or typed: on a shared computer nothing personal may stay after sign-out. */
  private clear() {
    this.stopFollowing();
    this.following = undefined;
    this.applications = [];
    this.announcement = '';
    this.lookup = { reference: '', accessCode: '' };
    this.fieldErrors = {};
    this.query = undefined;
    void this.load.run();
  }

  private show(applications: ApplicationView[], url: string, credentials: Credentials) {
    this.applications = applications;
    this.following = { url, credentials };
    this.resume();
  }

  private resume() {
    if (!this.following || this.stream || !this.isConnected) return;
    const controller = new AbortController();
    this.stream = controller;
    const { url, credentials } = this.following;
    void followStatus(url, credentials, (event) => this.onStatusEvent(event), controller.signal, newestEntryId(this.applications));
  }

  private stopFollowing() {
    this.stream?.abort();
    this.stream = undefined;
  }

  private onStatusEvent(event: StatusEvent) {
    const updated = withEntry(this.applications, event);
    if (updated) {
      this.applications = updated;
      this.announce(event);
    } else if (this.query?.kind === 'mine' && !this.applications.some((application) => application.reference === event.reference)) {
      void this.refreshMine(event);
    }
  }

  /** An application sent from elsewhere (another tab, another town's page) while the list is open. */
  private async refreshMine(event: StatusEvent) {
    const token = this.token;
    if (!token) return;
    try {
      const list = await api.myApplications(apiBase(this, this.api), token);
      if (token !== this.token) return;
      this.applications = newestFirst(list);
      this.announce(event);
    } catch {
      // The next change or a reload shows it; the list already shown stays correct.
    }
  }

  private announce({ reference, entry }: StatusEvent) {
    const t = this.i18n.messages.statusTracker;
    const status = this.i18n.messages.common.statuses[entry.status];
    this.announcement = entry.message ? t.announceWithMessage(reference, status, entry.message) : t.announce(reference, status);
    emit(this, 'rathaus-status-change', { reference, status: entry.status });
  }
}

defineElement('rathaus-status-tracker', RathausStatusTracker);

declare global {
  interface HTMLElementTagNameMap {
    'rathaus-status-tracker': RathausStatusTracker;
  }
}
