import { pageSession } from '../../../src/session/session.ts';
import { trustLevelOfAcr } from '../../../src/session/identity.ts';

interface TestInfo {
  api: string;
  issuer: string;
  staff: { clientId: string; clientSecret: string; municipality: string };
}

/** Information the test runner's page carries about the backend started for the test run. */
export const testInfo = (window as unknown as { __rathausTest: TestInfo }).__rathausTest;

/** Adds `<meta name=… content=…>` to the test page, as a webmaster would put it in the CMS template. */
export function setMeta(name: string, content: string): HTMLMetaElement {
  const meta = document.createElement('meta');
  meta.name = name;
  meta.content = content;
  document.head.append(meta);
  return meta;
}

/** The addresses of the modules the page has downloaded so far whose address matches `pattern`. */
export function downloadedModules(pattern: RegExp): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => pattern.test(name));
}

/**
 * Puts the page's session into "signed in" with a real token that the backend verifies, as the login button
 * would after a sign-in (the sign-in itself is tested end to end through the real provider).
 */
export async function signInForTest(
  claims: Record<string, unknown> = {},
  options: { sub?: string; acr?: string; exp?: number } = {},
): Promise<string> {
  const params = new URLSearchParams({ sub: options.sub ?? 'test-citizen', acr: options.acr ?? 'http://eidas.europa.eu/LoA/substantial' });
  if (options.exp !== undefined) params.set('exp', String(options.exp));
  const { token, issuer } = (await (await fetch(`${testInfo.issuer}/test/token?${params}`)).json()) as { token: string; issuer: string };
  const acr = options.acr ?? 'http://eidas.europa.eu/LoA/substantial';
  pageSession().update({
    status: 'signed-in',
    accessToken: token,
    expiresAt: Date.now() + 600_000,
    issuer,
    expiring: false,
    identity: {
      name: String(claims.name ?? 'Erika Mustermann'),
      claims: { sub: options.sub ?? 'test-citizen', acr, ...claims },
      trustLevel: trustLevelOfAcr(acr),
    },
  });
  return token;
}

/** A staff token of the test backend's Syke client, for moving applications through their statuses. */
export async function staffToken(): Promise<string> {
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: testInfo.staff.clientId,
    client_secret: testInfo.staff.clientSecret,
  });
  const response = await fetch(`${testInfo.api}/oauth/token`, { method: 'POST', body });
  return ((await response.json()) as { access_token: string }).access_token;
}
