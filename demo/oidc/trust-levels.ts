import type { TrustLevel } from '../../server/contract/catalogue.ts';

/** eIDAS levels of assurance as `acr` values, in ascending order. */
export const ACR: Record<Exclude<TrustLevel, 'none'>, string> = {
  niedrig: 'http://eidas.europa.eu/LoA/low',
  substantiell: 'http://eidas.europa.eu/LoA/substantial',
  hoch: 'http://eidas.europa.eu/LoA/high',
};
export const ACR_VALUES = Object.values(ACR);

export function levelOfAcr(acr: string | undefined): number {
  return acr ? ACR_VALUES.indexOf(acr) : -1;
}

/** The backend's TRUSTED_ISSUERS `acr` map for these values. */
export const ACR_TO_TRUST_LEVEL = Object.fromEntries(Object.entries(ACR).map(([level, acr]) => [acr, level]));
