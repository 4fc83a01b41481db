import type { TrustLevel } from '../../contract/catalogue.ts';
import { ACR_FOR_TRUST_LEVEL, meetsTrustLevel } from '../../contract/trust-levels.ts';

export { ACR_FOR_TRUST_LEVEL, meetsTrustLevel };

export type { TrustLevel };

/** What the kit knows of a signed-in citizen, from the provider's ID token claims. */
export interface Identity {
  name: string;
  claims: Record<string, unknown>;
  trustLevel: TrustLevel;
}

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
