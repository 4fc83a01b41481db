import { initialState, Task } from '@lit/task';
import { html, type LitElement } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { StatusEvent } from '../../../contract/applications.ts';
import { api, type ApplicationView, type Credentials } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { downloadReceipt, renderReceiptDownload } from '../../api/receipt-pdf.ts';
import { followStatus } from '../../api/status-stream.ts';
import { apiBase } from '../../config/page-config.ts';
import { emit } from '../../events/events.ts';
import type { LocalizeController } from '../../i18n/localize.ts';
import { localizeTracker, type TrackerMessages } from '../../i18n/tracker-messages.ts';
import type { CitizenSession } from '../../session/session.ts';
import { adoptLazyStyles } from '../../styles/adopt-styles.ts';
import { renderApplication } from './application-card.ts';
import { AnswerForms } from './answer-form.ts';
import { renderLoadFailed, renderLoading } from './load-states.ts';
import { StatusMailChoices } from './status-mail-choice.ts';
import { normalizeLookup, renderLookupForm, validateLookup, type Lookup, type LookupErrors, type LookupField } from './lookup-form.ts';
import { newestEntryId, newestFirst, withEntry } from './timeline.ts';
import { styles } from './tracker-runtime.styles.ts';

/** What is being shown: the signed-in citizen's applications, or one application looked up anonymously. */
type Query = { kind: 'mine'; token: string } | ({ kind: 'lookup' } & Lookup);

export type TrackerHost = LitElement & { api?: string };

/** The tracker's behaviour for its element, once its texts in the page's language are there too. */
export async function loadTracker(host: TrackerHost, session: CitizenSession): Promise<TrackerRuntime> {
  const i18n = localizeTracker(host);
  await i18n.ready;
  adoptLazyStyles(host, styles);
  return new TrackerRuntime(host, i18n, session);
}

/**
 * The status tracker's behaviour, loaded by <rathaus-status-tracker> with import() only when a tracker is on the
 * page: what is shown (my applications or one looked up), following changes live, and forgetting on sign-out.
 */
export class TrackerRuntime {
  private applications: ApplicationView[] = [];
  private announcement = '';
  private lookup: Lookup = { reference: '', accessCode: '' };
  private fieldErrors: LookupErrors = {};

  private query?: Query;
  /** The token and citizen the shown list belongs to: a new token of the same citizen is a renewal. */
  private token?: string;
  private citizen?: string;
  private following?: { url: string; credentials: Credentials };
  private stream?: AbortController;

  private readonly load: Task<readonly [Query | undefined], void>;
  private readonly answers: AnswerForms;
  private readonly statusMail: StatusMailChoices;

  constructor(
    private readonly host: TrackerHost,
    private readonly i18n: LocalizeController<TrackerMessages>,
    private readonly session: CitizenSession,
  ) {
    this.answers = new AnswerForms(
      host,
      i18n,
      () => this.following?.credentials,
      // The citizen's own answer: shown at once, announced by the form itself (the stream's copy is a replay).
      (reference, entry) => {
        const updated = withEntry(this.applications, { reference, entry });
        if (updated) this.change(() => (this.applications = updated));
      },
    );
    this.statusMail = new StatusMailChoices(
      host,
      i18n,
      () => this.following?.credentials,
      (reference, enabled) =>
        (this.applications = this.applications.map((application) =>
          application.reference === reference ? { ...application, statusMail: enabled } : application,
        )),
      (text) => (this.announcement = text),
    );
    // A link from one of our e-mails names the application (never the access code): the lookup starts with it.
    this.lookup = { reference: referenceFromAddress(), accessCode: '' };
    this.load = new Task(host, {
      autoRun: false,
      args: () => [this.query] as const,
      task: async ([query], { signal }) => {
        if (!query) return initialState;
        const base = apiBase(host, host.api);
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
  }

  /** On the page (again): catch up with sign-ins and sign-outs missed while away, and follow on. */
  connected(): void {
    this.sessionChanged();
    this.resume();
  }

  disconnected(): void {
    // Stop following while off the page; connected() picks up where it left off.
    this.stream?.abort();
    this.stream = undefined;
  }

  render() {
    const status = this.session.snapshot.status;
    return html`
      ${status === 'restoring' ? this.renderLoading() : status === 'signed-in' ? this.renderMine() : this.renderLookup()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }

  /** Reacts to sign-in, sign-out, a change of citizen and token renewal of the page's session. */
  sessionChanged(): void {
    const token = this.session.accessToken;
    if (token === this.token) return;
    const snapshot = this.session.snapshot;
    const citizen = snapshot.status === 'signed-in' ? `${snapshot.issuer} ${String(snapshot.identity.claims.sub)}` : undefined;
    const renewed = token !== undefined && citizen === this.citizen && this.query?.kind === 'mine';
    this.token = token;
    this.citizen = citizen;
    if (renewed) {
      // Same citizen, fresh token: keep what is shown. The open stream goes on until the server ends it with the
      // old token, then reconnects with this one; a stream the old token could no longer open starts again.
      this.query = { kind: 'mine', token };
      if (this.following) {
        this.following = { ...this.following, credentials: { token } };
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
                  (application) => html`<li>${this.renderApplication(application)}</li>`,
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
        onInput: (field: LookupField, value: string) => this.change(() => (this.lookup = { ...this.lookup, [field]: value })),
        onSubmit: (event: SubmitEvent) => void this.onLookup(event),
      })}
      ${this.load.render({
        pending: () => this.renderLoading(),
        error: (error) =>
          error instanceof ApiProblem && error.status === 404
            ? html`<p id="lookup-error" class="error-text" role="alert" tabindex="-1" part="error">${t.notFound}</p>`
            : this.renderError(),
        complete: () => this.applications.map((application) => this.renderApplication(application)),
      })}
    `;
  }

  private renderApplication(application: ApplicationView) {
    const t = this.i18n.messages.statusTracker;
    const base = apiBase(this.host, this.host.api);
    return renderApplication(application, this.i18n, {
      size: (bytes) => this.answers.size(bytes),
      download: renderReceiptDownload(this.host, application.reference, { download: t.downloadPdf, failed: t.downloadFailed }, () =>
        downloadReceipt(base, application.reference, this.following?.credentials),
      ),
      statusMail: this.statusMail.render(application),
      answerForm: this.answers.render(application),
    });
  }

  private renderLoading() {
    return renderLoading(this.i18n.messages.common);
  }

  private renderError() {
    return renderLoadFailed(this.i18n.messages.common, () => void this.load.run());
  }

  /** Changes what is shown and re-renders the element. */
  private change(update: () => void) {
    update();
    this.host.requestUpdate();
  }

  private async onLookup(event: SubmitEvent) {
    event.preventDefault();
    const lookup = normalizeLookup(this.lookup);
    this.change(() => (this.fieldErrors = validateLookup(lookup, this.i18n.messages.statusTracker)));
    const invalid = (Object.keys(this.fieldErrors) as LookupField[])[0];
    if (invalid) {
      await this.host.updateComplete;
      this.host.shadowRoot!.querySelector<HTMLInputElement>(`#${invalid}`)?.focus();
      return;
    }
    this.stopFollowing();
    this.answers.clear();
    this.change(() => {
      this.lookup = lookup;
      this.applications = [];
    });
    this.query = { kind: 'lookup', ...lookup };
    await this.load.run();
    await this.host.updateComplete;
    // The result appears below the form: take screen reader users there, to the answer or the message.
    const target = this.applications[0] ? `#title-${this.applications[0].reference}` : '#lookup-error';
    this.host.shadowRoot!.querySelector<HTMLElement>(target)?.focus();
  }

  /** Forgets everything shown or typed: on a shared computer nothing personal may stay after sign-out. */
  private clear() {
    this.stopFollowing();
    this.following = undefined;
    this.answers.clear();
    this.change(() => {
      this.applications = [];
      this.announcement = '';
      this.lookup = { reference: '', accessCode: '' };
      this.fieldErrors = {};
    });
    this.query = undefined;
    void this.load.run();
  }

  private show(applications: ApplicationView[], url: string, credentials: Credentials) {
    this.change(() => (this.applications = applications));
    this.following = { url, credentials };
    this.resume();
  }

  private resume() {
    if (!this.following || this.stream || !this.host.isConnected) return;
    const controller = new AbortController();
    this.stream = controller;
    const { url } = this.following;
    void followStatus(
      url,
      () => this.following?.credentials,
      (event) => this.onStatusEvent(event),
      controller.signal,
      newestEntryId(this.applications),
    ).finally(() => {
      if (this.stream === controller) this.stream = undefined;
    });
  }

  private stopFollowing() {
    this.stream?.abort();
    this.stream = undefined;
  }

  private onStatusEvent(event: StatusEvent) {
    const updated = withEntry(this.applications, event);
    if (updated) {
      this.change(() => (this.applications = updated));
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
      const list = await api.myApplications(apiBase(this.host, this.host.api), token);
      if (token !== this.token) return;
      this.change(() => (this.applications = newestFirst(list)));
      this.announce(event);
    } catch {
      // The next change or a reload shows it; the list already shown stays correct.
    }
  }

  private announce({ reference, entry }: StatusEvent) {
    const t = this.i18n.messages.statusTracker;
    const status = this.i18n.messages.common.statuses[entry.status];
    if (entry.answer) {
      // Not a change of status: the citizen's own answer, e.g. sent from another tab.
      this.change(() => (this.announcement = t.announceAnswer(reference)));
      return;
    }
    this.change(
      () => (this.announcement = entry.message ? t.announceWithMessage(reference, status, entry.message) : t.announce(reference, status)),
    );
    emit(this.host, 'rathaus-status-change', { reference, status: entry.status });
  }
}

/** `?reference=SYK-2026-000123` in the page's address, as the links in the county's e-mails carry it. */
function referenceFromAddress(): string {
  const reference = new URLSearchParams(location.search).get('reference') ?? '';
  return normalizeLookup({ reference, accessCode: '' }).reference;
}
