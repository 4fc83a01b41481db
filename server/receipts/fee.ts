import type { Catalogue } from '../catalogue/catalogue.ts';

/** What the citizen owes, as shown on the receipt: the fee's text and how it is paid. */
export interface FeeDisplay {
  text: string;
  payment?: string;
}

/**
 * The fee of a service where the application is handled (a municipality's offering may differ from the
 * service's), as text and payment. Reads both the structured fee (`{ text, payment, … }`) and a fee given as text.
 */
export function feeOf(catalogue: Catalogue, municipality: string, service: { key: string; fee?: unknown }): FeeDisplay | undefined {
  const fee: unknown = catalogue.offering(municipality, service.key)?.entry.fee ?? service.fee;
  if (typeof fee === 'string') return fee ? { text: fee } : undefined;
  if (fee && typeof fee === 'object' && typeof (fee as { text?: unknown }).text === 'string') {
    const { text, payment } = fee as { text: string; payment?: unknown };
    return { text, ...(typeof payment === 'string' && payment ? { payment } : {}) };
  }
  return undefined;
}
