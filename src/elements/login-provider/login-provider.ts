import { css, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../internal/define.ts';
import { pageSession } from '../../session/session.ts';

/**
 * @tagname rathaus-login-provider
 * @summary One sign-in provider the page offers, written inside `<rathaus-login-button>`; shows nothing itself.
 *
 * The body-only alternative to `<meta name="rathaus-login">`, for CMS that let webmasters paste HTML only into
 * the page body; one element per provider, e.g. `<rathaus-login-provider issuer="https://konto.landkreis-diepholz.de"
 * client-id="syke-website" label="Bürgerkonto Landkreis Diepholz" redirect-uri="/anmelden">`.
 * Providers belong to the page, not to one button: every element of the page signs in with them.
 */
export class RathausLoginProvider extends LitElement {
  static override styles = css`
    :host {
      display: none;
    }
  `;

  /** The provider's issuer URL (OpenID Connect discovery starts there). Required. */
  @property({ reflect: true }) issuer?: string;

  /** The site's public client ID registered with the provider, e.g. "syke-website". Required. */
  @property({ attribute: 'client-id', reflect: true }) clientId?: string;

  /** The provider's name as the citizen knows it, e.g. "Bürgerkonto Landkreis Diepholz"; else the issuer's host. */
  @property({ reflect: true }) label?: string;

  /** The one page registered as redirect URI, absolute or relative to the page, e.g. "/anmelden"; else the current page. */
  @property({ attribute: 'redirect-uri', reflect: true }) redirectUri?: string;

  /** Where the provider sends the citizen after signing out; else the site's start page. */
  @property({ attribute: 'post-logout-redirect-uri', reflect: true }) postLogoutRedirectUri?: string;

  override render() {
    return nothing;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    pageSession().providersChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    pageSession().providersChanged();
  }
}

defineElement('rathaus-login-provider', RathausLoginProvider);

declare global {
  interface HTMLElementTagNameMap {
    'rathaus-login-provider': RathausLoginProvider;
  }
}
