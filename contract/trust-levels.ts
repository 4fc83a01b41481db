import type { TrustLevel } from './catalogue.ts';

const TRUST_ORDER: TrustLevel[] = ['none', 'niedrig', 'substantiell', 'hoch'];

/** Whether a sign-in at `actual` is enough for a service that needs `required`; the server and the kit decide alike. */
export function meetsTrustLevel(actual: TrustLevel, required: TrustLevel): boolean {
  return TRUST_ORDER.indexOf(actual) >= TRUST_ORDER.indexOf(required);
}

/** eIDAS levels of assurance as OpenID Connect `acr` values, the way German service accounts send them. */
export const ACR_FOR_TRUST_LEVEL: Record<Exclude<TrustLevel, 'none'>, string> = {
  niedrig: 'http://eidas.europa.eu/LoA/low',
  substantiell: 'http://eidas.europa.eu/LoA/substantial',
  hoch: 'http://eidas.europa.eu/LoA/high',
};
