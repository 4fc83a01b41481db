import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { ANSWER_FILE_TYPES, MAX_ANSWER_FILE_BYTES, MAX_ANSWER_FILES } from '../../../contract/answer-limits.ts';
import type { TimelineEntry } from '../../../contract/applications.ts';
import { sendAnswer } from '../../api/answer.ts';
import type { ApplicationView, Credentials } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { apiBase } from '../../config/page-config.ts';
import type { LocalizeController } from '../../i18n/localize.ts';
import type { TrackerMessages } from '../../i18n/tracker-messages.ts';
import type { TrackerHost } from './tracker-runtime.ts';

interface Draft {
  text: string;
  files: File[];
  errors: { text?: string; files?: string };
  sending: boolean;
  sent: boolean;
  failure?: string;
  /** One key per answer: a resend after a lost reply stores it once. */
  key?: string;
}

const emptyDraft = (): Draft => ({ text: '', files: [], errors: {}, sending: false, sent: false });

/**
 * The answer to a Rückfrage under an application in `rueckfrage`: a text and files, checked here as the server
 * checks them (type, size, count, an answer at all), sent with the credentials the list was loaded with. A sent
 * answer enters the timeline at once; the live stream's copy of it is recognised by its id.
 */
export class AnswerForms {
  private readonly drafts = new Map<string, Draft>();

  constructor(
    private readonly host: TrackerHost,
    private readonly i18n: LocalizeController<TrackerMessages>,
    private readonly credentials: () => Credentials,
    private readonly answered: (reference: string, entry: TimelineEntry) => void,
  ) {}

  /** Forgets every draft (sign-out, another lookup). */
  clear(): void {
    this.drafts.clear();
  }

  render(application: ApplicationView) {
    if (application.status !== 'rueckfrage') return nothing;
    const t = this.i18n.messages.statusTracker;
    const ref = application.reference;
    const draft = this.draft(ref);
    const id = (name: string) => `answer-${name}-${ref}`;
    const describedBy = (name: string, hint?: boolean) =>
      [hint ? id(`${name}-hint`) : '', draft.errors[name as 'text' | 'files'] ? id(`${name}-error`) : ''].filter(Boolean).join(' ') ||
      nothing;
    const error = (name: 'text' | 'files') =>
      draft.errors[name]
        ? html`<p id=${id(`${name}-error`)} class="error-text" part="field-error">
            <span class="visually-hidden">${t.answerErrorPrefix}</span> ${draft.errors[name]}
          </p>`
        : nothing;
    return html`
      <section class="answer" part="answer" aria-labelledby=${id('heading')}>
        <h4 id=${id('heading')}>${t.answerHeading}</h4>
        ${
          draft.sent
            ? html`<p id=${id('sent')} class="answer-sent" role="status" tabindex="-1" part="answer-sent">${t.answerSent}</p>`
            : nothing
        }
        ${
          draft.failure
            ? html`<p id=${id('failure')} class="error-text" role="alert" tabindex="-1" part="error">${draft.failure}</p>`
            : nothing
        }
        <form novalidate part="answer-form" aria-labelledby=${id('heading')} @submit=${(event: SubmitEvent) => void this.send(event, ref)}>
          <p>${t.answerIntro}</p>
          <div class="field">
            <label for=${id('text')}>${t.answerText}</label>
            ${error('text')}
            <textarea
              id=${id('text')}
              name="text"
              rows="5"
              maxlength="5000"
              aria-invalid=${draft.errors.text ? 'true' : 'false'}
              aria-describedby=${describedBy('text')}
              .value=${live(draft.text)}
              @input=${(event: InputEvent) => this.edit(draft, (event.target as HTMLTextAreaElement).value)}
            ></textarea>
          </div>
          <div class="field">
            <label for=${id('files')}>${t.answerFiles}</label>
            <p id=${id('files-hint')} class="hint">
              ${t.answerFilesHint(t.answerFileTypes, this.size(MAX_ANSWER_FILE_BYTES), MAX_ANSWER_FILES)}
            </p>
            ${error('files')}
            <input
              id=${id('files')}
              type="file"
              multiple
              accept=${ANSWER_FILE_TYPES.join(',')}
              aria-invalid=${draft.errors.files ? 'true' : 'false'}
              aria-describedby=${describedBy('files', true)}
              @change=${(event: Event) => this.choose(ref, event.target as HTMLInputElement)}
            />
            ${
              draft.files.length > 0
                ? html`<ul class="chosen-files" aria-label=${t.answerChosen}>
                    ${draft.files.map(
                      (file, index) =>
                        html`<li>
                          ${file.name} (${this.size(file.size)})
                          <button type="button" class="link" @click=${() => this.remove(ref, index)}>
                            ${t.answerRemoveFile(file.name)}
                          </button>
                        </li>`,
                    )}
                  </ul>`
                : nothing
            }
          </div>
          <button type="submit" part="answer-button" aria-disabled=${draft.sending ? 'true' : 'false'}>
            ${draft.sending ? t.answerSending : t.answerSend}
          </button>
        </form>
      </section>
    `;
  }

  /** "10 MB", "1,5 KB". */
  size(bytes: number): string {
    const t = this.i18n.messages.statusTracker;
    if (bytes >= 1024 * 1024) return t.megabytes(this.i18n.number(Math.round((bytes / 1024 / 1024) * 10) / 10));
    return t.kilobytes(this.i18n.number(Math.max(1, Math.round((bytes / 1024) * 10) / 10)));
  }

  /** A changed answer is a new answer: it gets a new idempotency key when sent. */
  private edit(draft: Draft, text: string) {
    draft.text = text;
    draft.key = undefined;
  }

  private draft(reference: string): Draft {
    let draft = this.drafts.get(reference);
    if (!draft) this.drafts.set(reference, (draft = emptyDraft()));
    return draft;
  }

  /** Adds the chosen files (the input may be used several times); a file that cannot be sent is named at the field. */
  private choose(reference: string, input: HTMLInputElement) {
    const t = this.i18n.messages.statusTracker;
    const draft = this.draft(reference);
    draft.errors = { ...draft.errors, files: undefined };
    for (const file of input.files ?? []) {
      if (!(ANSWER_FILE_TYPES as readonly string[]).includes(file.type)) draft.errors.files = t.answerFileType(file.name);
      else if (file.size > MAX_ANSWER_FILE_BYTES) draft.errors.files = t.answerFileSize(file.name, this.size(MAX_ANSWER_FILE_BYTES));
      else if (draft.files.length >= MAX_ANSWER_FILES) draft.errors.files = t.answerTooManyFiles(MAX_ANSWER_FILES);
      else draft.files = [...draft.files, file];
    }
    draft.sent = false;
    draft.key = undefined;
    // The list below the input shows what will be sent; the input itself is free for the next choice.
    input.value = '';
    this.host.requestUpdate();
  }

  private remove(reference: string, index: number) {
    const draft = this.draft(reference);
    draft.files = draft.files.filter((_, position) => position !== index);
    draft.key = undefined;
    this.host.requestUpdate();
    void this.focus(`#answer-files-${reference}`);
  }

  private async send(event: SubmitEvent, reference: string) {
    event.preventDefault();
    const t = this.i18n.messages.statusTracker;
    const draft = this.draft(reference);
    if (draft.sending) return;
    draft.failure = undefined;
    draft.sent = false;
    draft.errors = { ...draft.errors, text: draft.text.trim() ? undefined : t.answerTextMissing };
    if (draft.errors.text || draft.errors.files) {
      this.host.requestUpdate();
      await this.focus(`#answer-${draft.errors.text ? 'text' : 'files'}-${reference}`);
      return;
    }
    draft.sending = true;
    draft.key ??= crypto.randomUUID();
    this.host.requestUpdate();
    try {
      const entry = await sendAnswer(
        apiBase(this.host, this.host.api),
        reference,
        this.credentials(),
        { text: draft.text, files: draft.files },
        draft.key,
      );
      this.drafts.set(reference, { ...emptyDraft(), sent: true });
      this.answered(reference, entry);
      // The live stream may have brought the same entry first, so answered() need not re-render: the form must.
      this.host.requestUpdate();
      await this.focus(`#answer-sent-${reference}`);
    } catch (error) {
      draft.sending = false;
      const focus = this.placeProblem(draft, error);
      this.host.requestUpdate();
      await this.focus(`#answer-${focus}-${reference}`);
    }
  }

  /** Puts the server's refusal where the citizen can act on it; answers the id part of what to focus. */
  private placeProblem(draft: Draft, error: unknown): string {
    const t = this.i18n.messages.statusTracker;
    if (error instanceof ApiProblem) {
      const field = error.problem.errors?.[0];
      if (field?.pointer === '/text') {
        draft.errors.text = field.code === 'required' ? t.answerTextMissing : field.detail;
        return 'text';
      }
      if (field?.pointer.startsWith('/files')) {
        draft.errors.files = field.detail;
        return 'files';
      }
      if (error.kind === 'not-awaiting-answer') {
        draft.failure = t.answerNotAwaiting;
        return 'failure';
      }
      // A refused key (e.g. reused for changed text) must not block the next try.
      draft.key = undefined;
    }
    draft.failure = t.answerFailed;
    return 'failure';
  }

  private async focus(selector: string) {
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }
}
