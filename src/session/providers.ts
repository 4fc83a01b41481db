/** An OpenID Connect provider the page lets citizens sign in with. */
export interface LoginProvider {
  issuer: string;
  clientId: string;
  label: string;
  /** One registered URI for the whole site; by default the page the citizen is on. */
  redirectUri?: string;
  postLogoutRedirectUri?: string;
}

/** The tag of the body-only way to configure a provider (see `<rathaus-login-provider>`). */
export const PROVIDER_TAG = 'rathaus-login-provider';

/**
 * Reads the page's providers, in document order, from either of two spellings:
 * - `<meta name="rathaus-login" content="issuer=…; client_id=…; label=…">`, one meta per provider (optional:
 *   redirect_uri, post_logout_redirect_uri), written like the viewport meta tag;
 * - `<rathaus-login-provider issuer="…" client-id="…" label="…">` elements (optional: redirect-uri,
 *   post-logout-redirect-uri), usually inside the login button, for CMS that let webmasters edit only the body.
 * Attributes are read directly, so a provider counts even before its element is defined. The first entry for an
 * issuer wins; relative URIs are resolved against the page.
 */
export function loginProviders(document: Document): LoginProvider[] {
  const seen = new Set<string>();
  return [...document.querySelectorAll(`meta[name="rathaus-login"], ${PROVIDER_TAG}`)].flatMap((node) => {
    const fields = node.localName === 'meta' ? metaFields(node) : attributeFields(node);
    const issuer = fields.get('issuer');
    const clientId = fields.get('client_id');
    if (!issuer || !clientId || seen.has(issuer)) return [];
    seen.add(issuer);
    const uri = (value: string | undefined) => (value ? new URL(value, document.baseURI).href : undefined);
    return [
      {
        issuer,
        clientId,
        label: fields.get('label') || hostOf(issuer),
        redirectUri: uri(fields.get('redirect_uri')),
        postLogoutRedirectUri: uri(fields.get('post_logout_redirect_uri')),
      },
    ];
  });
}

function metaFields(meta: Element): Map<string, string> {
  return new Map(
    (meta.getAttribute('content') ?? '')
      .split(';')
      .map((pair) => pair.split('=').map((part) => part.trim()))
      .filter((pair): pair is [string, string] => pair.length >= 2 && pair[0].length > 0)
      .map(([key, ...rest]) => [key.toLowerCase(), rest.join('=')]),
  );
}

/** The element's attributes under the meta tag's field names (client-id → client_id). */
function attributeFields(element: Element): Map<string, string> {
  return new Map(
    ['issuer', 'client-id', 'label', 'redirect-uri', 'post-logout-redirect-uri'].flatMap((name) => {
      const value = element.getAttribute(name)?.trim();
      return value ? [[name.replaceAll('-', '_'), value] as [string, string]] : [];
    }),
  );
}

function hostOf(issuer: string): string {
  try {
    return new URL(issuer).host;
  } catch {
    return issuer;
  }
}
