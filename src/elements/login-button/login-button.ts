import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emit } from '../../events/events.ts';
import { loginButton } from '../../i18n/de/login-button.ts';
import { localizeElement } from '../../i18n/messages.ts';
import { defineElement } from '../../internal/define.ts';
import '../login-provider/login-provider.ts';
import { SessionController } from '../../session/session-controller.ts';
import type { SessionSnapshot } from '../../session/session.ts';
import { baseStyles } from '../../styles/base.styles.ts';
import { styles } from './login-button.styles.ts';

const localize = localizeElement('loginButton', loginButton);
/**
 * @tagname rathaus-login-button
 * @summary Signs the citizen in and out; holds the page's one session, which the other elements share.
 *
 * Providers are configured once per page, either with `<rathaus-login-provider issuer="…" client-id="…" label="…">`
 * elements inside the button (body only, for any CMS) or with `<meta name="rathaus-login" content="issuer=…;
 * client_id=…; label=…">`. With several, the button lets the citizen choose.
 *
 * @fires rathaus-signed-in - The citizen is signed in (also after returning from the provider). Detail: `{ name, trustLevel }`.
 * @fires rathaus-signed-out - The citizen signed out, or the sign-in expired.
 *
 * @csspart button - The "Anmelden" / "Abmelden" button.
 * @csspart name - The signed-in citizen's name.
 * @csspart providers - The list of providers to choose from.
 * @csspart notice - Messages about a cancelled, failed or expiring sign-in.
 */
export class RathausLoginButton extends LitElement {
  static override styles = [baseStyles, styles];

  private readonly i18n = localize(this);
  private readonly sessionController = new SessionController(this, () => this.announceChange());
  private lastStatus: SessionSnapshot['status'] = this.sessionController.session.snapshot.status;

  @state() private choosing = false;

  private get session() {
    return this.sessionController.session;
  }

  override render() {
    const t = this.i18n.messages.loginButton;
    const snapshot = this.session.snapshot;
    if (this.session.providers.length === 0) return html`<p part="notice">${t.notConfigured}</p>`;
    switch (snapshot.status) {
      case 'restoring':
        return html`<button part="button" disabled>${t.checking}</button>`;
      case 'signed-in':
        return html`
          <div class="signed-in">
            <span part="name">${t.signedInAs(snapshot.identity.name)}</span>
            <button part="button" class="secondary" @click=${() => this.session.signOut()}>${t.signOut}</button>
          </div>
          ${
            snapshot.expiring
              ? html`<div role="alert" part="notice">
                  <p>${t.expiring}</p>
                  <button class="secondary" @click=${() => this.session.signIn({ issuer: snapshot.issuer })}>${t.staySignedIn}</button>
                </div>`
              : nothing
          }
        `;
      case 'signed-out':
        return html`
          <button
            part="button"
            aria-expanded=${ifDefined(this.session.providers.length > 1 ? (this.choosing ? 'true' : 'false') : undefined)}
            @click=${this.onSignIn}
          >
            ${snapshot.notice ? t.tryAgain : t.signIn}
          </button>
          ${this.choosing ? this.renderProviders() : nothing}
          ${snapshot.notice ? html`<p role="alert" part="notice">${t.notices[snapshot.notice]}</p>` : nothing}
        `;
    }
  }

  private renderProviders() {
    const t = this.i18n.messages.loginButton;
    return html`
      <p id="choose">${t.chooseProvider}</p>
      <ul part="providers" aria-labelledby="choose">
        ${this.session.providers.map(
          (provider) =>
            html`<li>
              <button class="secondary" @click=${() => this.session.signIn({ issuer: provider.issuer })}>
                ${t.signInWith(provider.label)}
              </button>
            </li>`,
        )}
      </ul>
    `;
  }

  private onSignIn() {
    if (this.session.providers.length > 1) this.choosing = !this.choosing;
    else void this.session.signIn();
  }

  private announceChange() {
    const snapshot = this.session.snapshot;
    if (snapshot.status === this.lastStatus) return;
    const previous = this.lastStatus;
    this.lastStatus = snapshot.status;
    if (snapshot.status === 'signed-in')
      emit(this, 'rathaus-signed-in', { name: snapshot.identity.name, trustLevel: snapshot.identity.trustLevel });
    else if (snapshot.status === 'signed-out' && previous === 'signed-in') emit(this, 'rathaus-signed-out', {});
  }
}

defineElement('rathaus-login-button', RathausLoginButton);

declare global {
  interface HTMLElementTagNameMap {
    'rathaus-login-button': RathausLoginButton;
  }
}
