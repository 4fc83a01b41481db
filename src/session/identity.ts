import type { TrustLevel } from '../../server/contract/catalogue.ts';

export type { TrustLevel };

/** What the kit knows of a signed-in citizen, from the provider's ID token claims. */
export interface Identity {
  name: string;
  claims: Record<string, unknown>;
  trustLevel: TrustLevel;
}

const TRUST_ORDER: TrustLevel[] = ['none', 'niedrig', 'substantiell', 'hoch'];

export function meetsTrustLevel(actual: TrustLevel, required: TrustLevel): boolean {
  return TRUST_ORDER.indexOf(actual) >= TRUST_ORDER.indexOf(required);
}

/** eIDAS levels of assurance as OpenID Connect `acr` values, the way German service accounts send them. */
export const ACR_FOR_TRUST_LEVEL: Record<Exclude<TrustLevel, 'none'>, string> = {
  niedrig: 'http://eidas.europa.eu/LoA/low',
  substantiell: 'http://eidas.europa.eu/LoA/substantial',
  hoch: 'http://eidas.europa.eu/LoA/high',
};

export function trustLevelOfAcr(acr: unknown): TrustLevel {
  const match = Object.entries(ACR_FOR_TRUST_LEVEL).find(([, value]) => value === acr);
  return (match?.[0] as TrustLevel | undefined) ?? 'niedrig';
}

/** A claim by its path, e.g. "address.postal_code". */
export function claim(identity: Identity | undefined, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
      identity?.claims,
    );
}
