import type { Municipality } from '../../../contract/catalogue.ts';
import { STORAGE_PREFIX } from '../../internal/storage-prefix.ts';
import { foldGerman } from './search-index.ts';

export type PlaceMatch =
  | { kind: 'found'; municipality: Municipality }
  | { kind: 'empty' }
  | { kind: 'unknown-postcode'; postcode: string }
  | { kind: 'unknown-name'; input: string }
  | { kind: 'ambiguous'; candidates: Municipality[] };

/** The towns a citizen can live in: every municipality except the county itself. */
export function towns(municipalities: readonly Municipality[]): Municipality[] {
  return municipalities.filter((municipality) => municipality.kind !== 'Landkreis');
}

/**
 * Finds the town a citizen means by what they typed: a postcode ("28857", also "28857 Syke"), the short or full
 * name in any spelling ("syke", "Stadt Syke", "Lemforde"), a member Gemeinde of a Samtgemeinde ("Lembruch"), or a
 * unique part of a name ("Lemförde").
 */
export function findMunicipality(municipalities: readonly Municipality[], input: string): PlaceMatch {
  const candidates = towns(municipalities);
  const text = input.trim();
  if (!text) return { kind: 'empty' };

  const postcode = /\b\d{5}\b/.exec(text)?.[0];
  if (postcode) {
    const town = candidates.find((municipality) => municipality.postalCodes.includes(postcode));
    return town ? { kind: 'found', municipality: town } : { kind: 'unknown-postcode', postcode };
  }

  const folded = foldGerman(text);
  const exact = candidates.filter((m) => foldGerman(m.shortName) === folded || foldGerman(m.name) === folded);
  if (exact.length === 1) return { kind: 'found', municipality: exact[0]! };
  // A member Gemeinde of a Samtgemeinde ("Lembruch") is served by its Samtgemeinde.
  const member = exact.length === 0 ? candidates.filter((m) => m.members?.some((gemeinde) => foldGerman(gemeinde.name) === folded)) : [];
  if (member.length === 1) return { kind: 'found', municipality: member[0]! };
  // Three letters at least, so that "a" does not pick the first town with an "a" in its name.
  const partial = folded.length >= 3 ? candidates.filter((m) => foldGerman(m.name).includes(folded)) : [];
  if (partial.length === 1) return { kind: 'found', municipality: partial[0]! };
  if (partial.length > 1) return { kind: 'ambiguous', candidates: partial };
  return { kind: 'unknown-name', input: text };
}

// Under the kit's prefix, so that signing out clears it with everything else the kit kept for the visit.
const STORAGE_KEY = `${STORAGE_PREFIX}municipality`;

/**
 * The town the citizen chose on the county portal, remembered for the visit. Storage can be unavailable
 * (privacy settings, sandboxed frames): then the citizen is simply asked again.
 */
export const rememberedMunicipality = {
  read(): string | undefined {
    try {
      return sessionStorage.getItem(STORAGE_KEY) ?? undefined;
    } catch {
      return undefined;
    }
  },
  write(slug: string): void {
    try {
      sessionStorage.setItem(STORAGE_KEY, slug);
    } catch {
      // Not remembered; the choice still holds for this element.
    }
  },
  forget(): void {
    try {
      sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing was stored.
    }
  },
};
