import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { interactionPolicy, type ClientMetadata, type KoaContextWithOIDC } from 'oidc-provider';
import type { TestCitizen } from './citizens.ts';
import { loginPage } from './login-page.ts';
import { ACR, ACR_VALUES, levelOfAcr } from './trust-levels.ts';

export interface ProviderConfig {
  /** e.g. http://127.0.0.6:9000 — also where it listens. */
  issuer: string;
  name: string;
  /** Audience of the access tokens: the backend's TRUSTED_ISSUERS entry names the same. */
  apiAudience: string;
  clients: ClientMetadata[];
  citizens: TestCitizen[];
  /** Where the signing key and cookie secret are kept, so that a restart keeps sessions and tokens valid. */
  keysFile: string;
}

export interface RunningProvider {
  issuer: string;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (node-oidc-provider, OpenID Certified) for the demo and the end-to-end tests:
 * Authorization Code with PKCE for public clients, refresh tokens, RP-initiated logout, JWT access tokens for
 * the API carrying the `acr` of the sign-in, and a German sign-in page.
 */
export async function startProvider(config: ProviderConfig): Promise<RunningProvider> {
  const { jwk, cookieKey } = await loadKeys(config.keysFile);
  const byUsername = new Map(config.citizens.map((citizen) => [citizen.username, citizen]));
  const policy = interactionPolicy.base();
  // A service that needs a higher trust level than this sign-in asks for it in acr_values: sign in again.
  policy.get('login')!.checks.add(
    new interactionPolicy.Check('acr_step_up', 'a higher trust level was requested', (ctx: KoaContextWithOIDC) => {
      // Signed in just now, at the highest level the account has: back to the site, which explains what is missing
      // (asking again would loop on the sign-in page).
      if (ctx.oidc.result?.login) return interactionPolicy.Check.NO_NEED_TO_PROMPT;
      const requested = requestedAcr(ctx.oidc.params?.acr_values as string | undefined);
      const current = ctx.oidc.session?.acr;
      return requested && levelOfAcr(current) < levelOfAcr(requested)
        ? interactionPolicy.Check.REQUEST_PROMPT
        : interactionPolicy.Check.NO_NEED_TO_PROMPT;
    }),
  );

  const provider = new Provider(config.issuer, {
    clients: config.clients.map((client) => ({
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      ...client,
    })),
    jwks: { keys: [jwk] },
    cookies: { keys: [cookieKey] },
    acrValues: ACR_VALUES,
    claims: {
      // Every ID token says at which trust level the citizen signed in, also when no acr_values were asked for.
      openid: ['sub', 'acr'],
      profile: ['name', 'given_name', 'family_name', 'birthdate'],
      email: ['email', 'email_verified'],
      address: ['address'],
      phone: ['phone_number'],
    },
    // The kit reads the citizen's details from the ID token; the access token is for the API only.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          // Skip the "do you want to sign out?" question: the citizen already pressed "Abmelden".
          ctx.body = `<!doctype html><html lang="de"><head><title>Abmelden</title></head><body>${form}<noscript><button form="op.logoutForm" name="logout" value="yes">Abmelden</button></noscript><script nonce="${ctx.state.cspNonce ?? ''}">document.forms[0].insertAdjacentHTML('beforeend','<input type="hidden" name="logout" value="yes">');document.forms[0].submit()</script></body></html>`;
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => config.apiAudience,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'openid',
          audience: config.apiAudience,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 15 * 60,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    extraTokenClaims: async (ctx) => {
      const acr = ctx.oidc.entities.AuthorizationCode?.acr ?? ctx.oidc.entities.RefreshToken?.acr;
      return acr ? { acr } : undefined;
    },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    ttl: { AccessToken: 15 * 60, IdToken: 15 * 60, RefreshToken: 8 * 3600, Session: 8 * 3600, Grant: 8 * 3600, Interaction: 3600 },
    interactions: { policy, url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      const citizen = byUsername.get(sub);
      if (!citizen) return undefined;
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          name: `${citizen.claims.given_name} ${citizen.claims.family_name}`,
          ...citizen.claims,
          email_verified: true,
        }),
      };
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = `<!doctype html><html lang="de"><head><title>Fehler</title></head><body><main><h1>Die Anmeldung ist fehlgeschlagen</h1><p>${String(out.error_description ?? out.error).replace(/[<>&]/g, '')}</p></main></body></html>`;
    },
  });
  // The demo runs on plain HTTP on loopback; a real provider runs behind TLS.
  provider.proxy = true;

  const interactions = async (request: IncomingMessage, response: ServerResponse, path: string[]) => {
    const details = await provider.interactionDetails(request, response);
    const client = await provider.Client.find(String(details.params.client_id));
    const clientName = String(client?.clientName ?? details.params.client_id);
    const requested = requestedAcr(details.params.acr_values as string | undefined);
    const requestedLevel = requested && Object.entries(ACR).find(([, value]) => value === requested)?.[0];
    if (request.method === 'GET' && details.prompt.name === 'consent') {
      // First-party sites of the county: the citizen agreed to the terms of the account, not per site.
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: details.session!.accountId, clientId: String(details.params.client_id) });
      const missing = details.prompt.details as {
        missingOIDCScope?: string[];
        missingOIDCClaims?: string[];
        missingResourceScopes?: Record<string, string[]>;
      };
      if (missing.missingOIDCScope) grant!.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant!.addOIDCClaims(missing.missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {}))
        grant!.addResourceScope(indicator, scopes.join(' '));
      const grantId = await grant!.save();
      await provider.interactionFinished(request, response, { consent: { grantId } }, { mergeWithLastSubmission: true });
      return;
    }
    if (request.method === 'GET')
      return html(response, loginPage({ providerName: config.name, clientName, uid: details.uid, requestedLevel }));
    if (path[1] === 'abort') {
      await provider.interactionFinished(
        request,
        response,
        { error: 'access_denied', error_description: 'Die Anmeldung wurde abgebrochen.' },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const form = new URLSearchParams(await readBody(request));
    const citizen = byUsername.get(form.get('username') ?? '');
    if (!citizen || citizen.password !== form.get('password')) {
      return html(
        response,
        loginPage({
          providerName: config.name,
          clientName,
          uid: details.uid,
          requestedLevel,
          username: form.get('username') ?? '',
          error: 'Benutzername oder Passwort ist falsch.',
        }),
        401,
      );
    }
    // The account signs in at the requested level if it can, else at its highest (the kit then explains).
    const accountAcr = ACR[citizen.maxTrustLevel];
    const acr = requested && levelOfAcr(requested) <= levelOfAcr(accountAcr) ? requested : accountAcr;
    await provider.interactionFinished(
      request,
      response,
      { login: { accountId: citizen.username, acr, amr: ['pwd'] } },
      { mergeWithLastSubmission: false },
    );
  };

  const callback = provider.callback();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', config.issuer).pathname.split('/').filter(Boolean);
    if (path[0] === 'interaction' && path.length >= 2) {
      interactions(request, response, path.slice(1)).catch((error: Error) => {
        response.statusCode = 400;
        html(
          response,
          `<!doctype html><html lang="de"><title>Fehler</title><p>Diese Anmeldung ist abgelaufen. Bitte starten Sie sie auf der Website neu. (${error.name})</p></html>`,
          400,
        );
      });
      return;
    }
    callback(request, response);
  });
  const url = new URL(config.issuer);
  await new Promise<void>((resolve) => server.listen(Number(url.port), url.hostname, resolve));
  return { issuer: config.issuer, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function requestedAcr(acrValues: string | undefined): string | undefined {
  // The strongest of the requested values that the provider knows.
  return acrValues
    ?.split(' ')
    .filter((value) => ACR_VALUES.includes(value))
    .sort((a, b) => levelOfAcr(b) - levelOfAcr(a))[0];
}

function html(response: ServerResponse, body: string, status = 200): void {
  response.statusCode = status;
  response.setHeader('content-type', 'text/html; charset=utf-8');
  response.setHeader('cache-control', 'no-store');
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body;
}

async function loadKeys(file: string): Promise<{ jwk: JWK; cookieKey: string }> {
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8'));
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const keys = {
    jwk: { ...(await exportJWK(privateKey)), kid: `key-${Date.now()}`, alg: 'RS256', use: 'sig' },
    cookieKey: crypto.randomUUID(),
  };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}
