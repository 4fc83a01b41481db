/** An OpenID Connect provider the page lets citizens sign in with. */
export interface LoginProvider {
  issuer: string;
  clientId: string;
  label: string;
  /** One registered URI for the whole site; by default the page the citizen is on. */
  redirectUri?: string;
  postLogoutRedirectUri?: string;
}

/**
 * Reads the page's providers from `<meta name="rathaus-login" content="issuer=…; client_id=…; label=…">`, one
 * meta per provider (optional: redirect_uri, post_logout_redirect_uri), written like the viewport meta tag.
 */
export function loginProviders(document: Document): LoginProvider[] {
  return [...document.querySelectorAll('meta[name="rathaus-login"]')].flatMap((meta) => {
    const fields = new Map(
      (meta.getAttribute('content') ?? '')
        .split(';')
        .map((pair) => pair.split('=').map((part) => part.trim()))
        .filter((pair): pair is [string, string] => pair.length >= 2 && pair[0].length > 0)
        .map(([key, ...rest]) => [key.toLowerCase(), rest.join('=')]),
    );
    const issuer = fields.get('issuer');
    const clientId = fields.get('client_id');
    if (!issuer || !clientId) return [];
    return [
      {
        issuer,
        clientId,
        label: fields.get('label') || new URL(issuer).host,
        redirectUri: fields.get('redirect_uri'),
        postLogoutRedirectUri: fields.get('post_logout_redirect_uri'),
      },
    ];
  });
}
