import { ACR_FOR_TRUST_LEVEL } from '../../contract/trust-levels.ts';

/** eIDAS levels of assurance as `acr` values, in ascending order: the same the kit asks for. */
export const ACR = ACR_FOR_TRUST_LEVEL;
export const ACR_VALUES = Object.values(ACR);

export function levelOfAcr(acr: string | undefined): number {
  return acr ? ACR_VALUES.indexOf(acr) : -1;
}

/** The backend's TRUSTED_ISSUERS `acr` map for these values. */
export const ACR_TO_TRUST_LEVEL = Object.fromEntries(Object.entries(ACR).map(([level, acr]) => [acr, level]));
