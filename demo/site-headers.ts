import { DEMO } from './sites.ts';

/**
 * The headers each town's web server sends. Diepholz's old CMS has a strict Content-Security-Policy: no inline
 * script or style, no eval; the kit must work under it.
 */
export function siteHeaders(slug: string): Record<string, string> {
  if (slug !== 'diepholz') return {};
  const providers = `${DEMO.buergerkonto} ${DEMO.servicekonto}`;
  return {
    'content-security-policy': [
      "default-src 'self'",
      `script-src 'self' ${DEMO.api}`,
      `connect-src 'self' ${DEMO.api} ${providers}`,
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      `form-action 'self' ${providers}`,
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "object-src 'none'",
    ].join('; '),
  };
}
