import { ErrorResponse, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { trustLevelOfAcr, type Identity } from './identity.ts';
import type { LoginProvider } from './providers.ts';
import { STORAGE_PREFIX } from '../internal/storage-prefix.ts';
import type { CitizenSession, SessionBackend, SessionNotice, SessionSnapshot, SignInOptions } from './session.ts';

const PENDING_KEY = `${STORAGE_PREFIX}login-pending`;
/** Carries a cancelled or failed sign-in's notice from the callback page to the page the citizen came from. */
const NOTICE_KEY = `${STORAGE_PREFIX}login-notice`;
/** Ask for a new token this long before the old one expires, and warn the citizen if that fails. */
const EXPIRING_NOTICE_SECONDS = 120;

interface Pending {
  issuer: string;
  returnTo: string;
}

/**
 * OpenID Connect with oidc-client-ts: Authorization Code with PKCE as a public client, full-page redirects (no
 * hidden iframes, which third-party cookie blocking breaks), tokens in sessionStorage only, renewal with the
 * refresh token, and RP-initiated logout.
 */
export class OidcBackend implements SessionBackend {
  private readonly managers = new Map<string, UserManager>();

  constructor(private readonly session: CitizenSession) {}

  async restore(): Promise<SessionSnapshot> {
    const url = new URL(location.href);
    const pending = readPending();
    if (pending && url.searchParams.has('state')) return this.completeSignIn(pending, url);
    const notice = sessionStorage.getItem(NOTICE_KEY) as SessionNotice | null;
    if (notice) {
      sessionStorage.removeItem(NOTICE_KEY);
      return { status: 'signed-out', notice };
    }
    let expired = false;
    for (const provider of this.session.providers) {
      const manager = this.manager(provider);
      const user = await manager.getUser();
      if (!user) continue;
      if (!user.expired) return this.signedIn(provider, user);
      // A tab that comes back after its sign-in ran out (asleep, or closed on another page): renew it with the
      // refresh token if the provider still allows that, else say that it expired, as a tab that stayed open does.
      const renewed = user.refresh_token ? await manager.signinSilent().catch(() => null) : null;
      if (renewed) return this.signedIn(provider, renewed);
      await manager.removeUser();
      expired = true;
    }
    return expired ? { status: 'signed-out', notice: 'expired' } : { status: 'signed-out' };
  }

  async signIn(provider: LoginProvider, options: SignInOptions, returnTo: string): Promise<void> {
    sessionStorage.setItem(PENDING_KEY, JSON.stringify({ issuer: provider.issuer, returnTo } satisfies Pending));
    await this.manager(provider).signinRedirect({ ...(options.acr ? { acr_values: options.acr } : {}) });
  }

  async renew(): Promise<void> {
    const current = this.session.snapshot;
    if (current.status !== 'signed-in') return;
    const provider = this.session.providers.find((candidate) => candidate.issuer === current.issuer)!;
    const user = await this.manager(provider).signinSilent();
    if (user) this.session.update(this.signedIn(provider, user));
  }

  async signOut(): Promise<void> {
    for (const provider of this.session.providers) {
      const manager = this.manager(provider);
      const user = await manager.getUser();
      if (!user) continue;
      await manager.removeUser();
      this.session.update({ status: 'signed-out' });
      await manager.signoutRedirect({ id_token_hint: user.id_token });
      return;
    }
  }

  private async completeSignIn(pending: Pending, url: URL): Promise<SessionSnapshot> {
    sessionStorage.removeItem(PENDING_KEY);
    const provider = this.session.providers.find((candidate) => candidate.issuer === pending.issuer);
    let snapshot: SessionSnapshot;
    try {
      if (!provider) throw new Error('unknown provider');
      const user = await this.manager(provider).signinCallback(url.href);
      snapshot = user ? this.signedIn(provider, user) : { status: 'signed-out', notice: 'provider-error' };
    } catch (error) {
      const cancelled = error instanceof ErrorResponse && error.error === 'access_denied';
      snapshot = { status: 'signed-out', notice: cancelled ? 'cancelled' : 'provider-error' };
    }
    // Back to the page and place the citizen left; without code and state in the address bar either way.
    const target = new URL(pending.returnTo, location.href);
    if (target.origin + target.pathname + target.search === url.origin + url.pathname + strip(url)) {
      history.replaceState(history.state, '', target.href);
    } else if (target.origin === location.origin) {
      if (snapshot.status === 'signed-out' && snapshot.notice) sessionStorage.setItem(NOTICE_KEY, snapshot.notice);
      location.replace(target.href);
    }
    return snapshot;
  }

  private signedIn(provider: LoginProvider, user: User): SessionSnapshot {
    return {
      status: 'signed-in',
      identity: identityOf(user),
      accessToken: user.access_token,
      expiresAt: (user.expires_at ?? 0) * 1000,
      issuer: provider.issuer,
      expiring: false,
    };
  }

  private manager(provider: LoginProvider): UserManager {
    let manager = this.managers.get(provider.issuer);
    if (manager) return manager;
    const here = `${location.origin}${location.pathname}`;
    manager = new UserManager({
      authority: provider.issuer,
      client_id: provider.clientId,
      redirect_uri: provider.redirectUri ?? here,
      // The site's start page unless configured: one registration serves every CMS page.
      post_logout_redirect_uri: provider.postLogoutRedirectUri ?? `${location.origin}/`,
      response_type: 'code',
      scope: 'openid profile email address phone offline_access',
      // Claims come from the ID token: the access token is for the county's API and not accepted at userinfo.
      loadUserInfo: false,
      // oidc-client-ts drops `acr` from the profile by default; the kit needs it for the sign-in's trust level.
      filterProtocolClaims: ['nbf', 'jti', 'auth_time', 'nonce', 'amr', 'azp', 'at_hash'],
      userStore: new WebStorageStateStore({ store: sessionStorage }),
      stateStore: new WebStorageStateStore({ store: sessionStorage }),
      automaticSilentRenew: true,
      accessTokenExpiringNotificationTimeInSeconds: EXPIRING_NOTICE_SECONDS,
      monitorSession: false,
    });
    manager.events.addUserLoaded((user) => this.session.update(this.signedIn(provider, user)));
    manager.events.addSilentRenewError(() => {
      const current = this.session.snapshot;
      if (current.status === 'signed-in') this.session.update({ ...current, expiring: true });
    });
    manager.events.addAccessTokenExpired(() => {
      // While the page restores, restore() itself renews an expired sign-in or reports it.
      if (this.session.snapshot.status === 'restoring') return;
      void manager!.removeUser();
      this.session.update({ status: 'signed-out', notice: 'expired' });
    });
    this.managers.set(provider.issuer, manager);
    return manager;
  }
}

function identityOf(user: User): Identity {
  const claims = user.profile as Record<string, unknown>;
  const name =
    (typeof claims.name === 'string' && claims.name) ||
    [claims.given_name, claims.family_name].filter((part) => typeof part === 'string').join(' ') ||
    String(claims.sub);
  return { name, claims, trustLevel: trustLevelOfAcr(claims.acr) };
}

function readPending(): Pending | undefined {
  try {
    return JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

function strip(url: URL): string {
  const params = new URLSearchParams(url.search);
  for (const key of ['code', 'state', 'session_state', 'iss', 'error', 'error_description']) params.delete(key);
  const search = params.toString();
  return search ? `?${search}` : '';
}
