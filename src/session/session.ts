import { STORAGE_PREFIX } from '../internal/storage-prefix.ts';
import type { Identity } from './identity.ts';
import { loginProviders, type LoginProvider } from './providers.ts';

export type SessionNotice = 'cancelled' | 'provider-error' | 'expired';

export type SessionSnapshot =
  | { status: 'restoring' }
  | { status: 'signed-out'; notice?: SessionNotice }
  | { status: 'signed-in'; identity: Identity; accessToken: string; expiresAt: number; issuer: string; expiring: boolean };

export interface SignInOptions {
  /** The provider's issuer; if left out, the one the citizen is signed in with (a step-up), else the first configured. */
  issuer?: string;
  /** `acr_values` for a service that needs a higher trust level than the current sign-in. */
  acr?: string;
}

/** The OpenID Connect work behind the session, loaded only when a citizen signs in or has signed in. */
export interface SessionBackend {
  restore(): Promise<SessionSnapshot>;
  signIn(provider: LoginProvider, options: SignInOptions, returnTo: string): Promise<void>;
  renew(): Promise<void>;
  /** Sets the session to signed-out (so that every element clears its data), then leaves for the provider's logout. */
  signOut(): Promise<void>;
}

/**
 * The page's one citizen session, shared by every element: the login button changes it, the form prefills from
 * it, the tracker lists its applications. Elements subscribe through SessionController.
 */
export class CitizenSession extends EventTarget {
  snapshot: SessionSnapshot = { status: 'restoring' };
  private backend?: Promise<SessionBackend>;

  constructor(private readonly document: Document) {
    super();
    void this.restore();
  }

  /** The page's providers, read afresh: `<rathaus-login-provider>` elements may arrive after the session starts. */
  get providers(): LoginProvider[] {
    return loginProviders(this.document);
  }

  /** A provider was added, removed or changed: elements re-render with the new list. */
  providersChanged(): void {
    // A login button the CMS added later may bring the providers of a sign-in that is still stored.
    if (this.snapshot.status === 'signed-out' && !this.snapshot.notice && !this.backend && this.needsBackend()) void this.restore();
    else this.dispatchEvent(new Event('change'));
  }

  get accessToken(): string | undefined {
    return this.snapshot.status === 'signed-in' ? this.snapshot.accessToken : undefined;
  }

  get identity(): Identity | undefined {
    return this.snapshot.status === 'signed-in' ? this.snapshot.identity : undefined;
  }

  async signIn(options: SignInOptions = {}): Promise<void> {
    const issuer = options.issuer ?? (this.snapshot.status === 'signed-in' ? this.snapshot.issuer : undefined);
    const provider = this.providers.find((candidate) => candidate.issuer === issuer) ?? this.providers[0];
    if (!provider) throw new Error('No sign-in provider is configured (<rathaus-login-provider> or meta name="rathaus-login").');
    await (await this.loadBackend()).signIn(provider, options, this.document.location.href);
  }

  async renew(): Promise<void> {
    await (await this.loadBackend()).renew();
  }

  /** Ends the session here and at the provider, after every element has cleared what it held. */
  async signOut(): Promise<void> {
    await (await this.loadBackend()).signOut();
    if (this.snapshot.status !== 'signed-out') this.update({ status: 'signed-out' });
    clearStoredData();
  }

  update(snapshot: SessionSnapshot): void {
    const wasSignedIn = this.snapshot.status === 'signed-in';
    this.snapshot = snapshot;
    this.dispatchEvent(new Event('change'));
    // An expired sign-in keeps the drafts, as the citizen is told; signing out removes everything.
    if (wasSignedIn && snapshot.status === 'signed-out' && snapshot.notice !== 'expired') clearStoredData();
  }

  private async restore(): Promise<void> {
    // A classic script may run before the body, and with it the providers, has been parsed.
    if (this.document.readyState === 'loading' && this.document.defaultView)
      await new Promise((resolve) => this.document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    // Signed-out visitors, the common case, never download the OpenID Connect library.
    if (!this.needsBackend()) {
      this.update({ status: 'signed-out' });
      return;
    }
    try {
      this.update(await (await this.loadBackend()).restore());
    } catch {
      this.update({ status: 'signed-out', notice: 'provider-error' });
    }
  }

  private needsBackend(): boolean {
    if (this.providers.length === 0) return false;
    const params = new URLSearchParams(this.document.location.search);
    const returning = params.has('state') && (params.has('code') || params.has('error'));
    return returning || Object.keys(sessionStorage).some((key) => key.startsWith('oidc.') || key.startsWith(`${STORAGE_PREFIX}login`));
  }

  private loadBackend(): Promise<SessionBackend> {
    this.backend ??= import('./oidc-backend.ts').then(({ OidcBackend }) => new OidcBackend(this));
    return this.backend;
  }
}

function clearStoredData(): void {
  for (const key of Object.keys(sessionStorage))
    if (key.startsWith(STORAGE_PREFIX) || key.startsWith('oidc.')) sessionStorage.removeItem(key);
}

let shared: CitizenSession | undefined;

/** The session of this page, created on first use. */
export function pageSession(): CitizenSession {
  shared ??= new CitizenSession(document);
  return shared;
}
