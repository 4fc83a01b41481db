import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ApplicationView, Credentials } from '../../api/client.ts';
import { setStatusMail } from '../../api/status-mail.ts';
import { apiBase } from '../../config/page-config.ts';
import type { LocalizeController } from '../../i18n/localize.ts';
import type { TrackerMessages } from '../../i18n/tracker-messages.ts';
import type { TrackerHost } from './tracker-runtime.ts';

/**
 * "E-Mail bei jeder Statusänderung": a checkbox under each application the server can mail about (it sends
 * `statusMail` only then). A change is saved at once; the box shows what the server stored, and a failure is
 * named next to it.
 */
export class StatusMailChoices {
  private readonly failed = new Set<string>();
  private readonly saving = new Set<string>();

  constructor(
    private readonly host: TrackerHost,
    private readonly i18n: LocalizeController<TrackerMessages>,
    private readonly credentials: () => Credentials,
    private readonly stored: (reference: string, enabled: boolean) => void,
    private readonly announce: (text: string) => void,
  ) {}

  render(application: ApplicationView) {
    if (application.statusMail === undefined) return nothing;
    const t = this.i18n.messages.statusTracker;
    const ref = application.reference;
    const id = `status-mail-${ref}`;
    const failed = this.failed.has(ref);
    return html`<div class="status-mail">
      <div class="choice">
        <input
          type="checkbox"
          id=${id}
          part="status-mail"
          .checked=${live(application.statusMail)}
          aria-describedby="${id}-hint${failed ? ` ${id}-error` : ''}"
          aria-disabled=${this.saving.has(ref) ? 'true' : 'false'}
          @change=${(event: Event) => void this.change(application, event.target as HTMLInputElement)}
        />
        <label for=${id}>${t.statusMailLabel}</label>
      </div>
      <p id="${id}-hint" class="hint">${t.statusMailHint}</p>
      ${failed ? html`<p id="${id}-error" class="error-text" role="alert" part="error">${t.statusMailFailed}</p>` : nothing}
    </div>`;
  }

  private async change(application: ApplicationView, input: HTMLInputElement) {
    const ref = application.reference;
    const wanted = input.checked;
    if (this.saving.has(ref)) {
      // One change at a time: the box goes back to what is being saved.
      input.checked = !wanted;
      return;
    }
    const t = this.i18n.messages.statusTracker;
    this.saving.add(ref);
    this.failed.delete(ref);
    this.host.requestUpdate();
    try {
      const { enabled } = await setStatusMail(apiBase(this.host, this.host.api), ref, this.credentials(), wanted);
      this.stored(ref, enabled);
      this.announce(enabled ? t.statusMailOn(ref) : t.statusMailOff(ref));
    } catch {
      this.failed.add(ref);
    } finally {
      this.saving.delete(ref);
      // The box shows what the server holds: after a failure, the earlier choice.
      this.host.requestUpdate();
    }
  }
}
