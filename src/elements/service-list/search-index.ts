import type { ServiceEntry } from '../../../contract/catalogue.ts';

/**
 * Folds German text so that the ways people type a word meet: case, ä/ae/a, ö/oe/o, ü/ue/u, ß/ss/s,
 * other diacritics (é → e), punctuation and doubled letters ("ausweiss" = "Ausweis", "strasse" = "Straße").
 * Both the catalogue and the query go through it, so the folding only has to be consistent, not pretty.
 */
export function foldGerman(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // Typed without umlaut keys: "aenderung" and "anderung" both mean "Änderung" (already "anderung" here).
      .replace(/ae|oe|ue/g, (pair) => pair[0]!)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .replace(/(\p{L})\1+/gu, '$1')
      .trim()
  );
}

export interface ServiceFilter {
  /** What the citizen typed; every word must appear somewhere in the service. */
  query: string;
  /** A category (Lebenslage), or '' for all. */
  category: string;
  /** Only services that can be applied for online here and now. */
  onlineOnly: boolean;
}

// What a keystroke reads, copied out of the entries: one small record shape is faster to loop over than entries
// whose shapes differ (some have `onlineFrom`).
interface Indexed {
  entry: ServiceEntry;
  online: boolean;
  category: string;
  name: string;
  text: string;
}

/**
 * The services of one list with their folded search text, computed once per load: a keystroke then only folds the
 * query and runs `includes` over prepared strings, which stays in the low milliseconds for 10,000 services.
 */
export class ServiceIndex {
  readonly categories: string[];
  private readonly indexed: Indexed[];
  private last?: { folded: string; category: string; onlineOnly: boolean; matches: Indexed[]; result: ServiceEntry[] };

  constructor(readonly entries: readonly ServiceEntry[]) {
    this.indexed = entries.map((entry) => ({
      entry,
      online: entry.mode === 'online',
      category: entry.category,
      name: foldGerman(entry.name),
      text: foldGerman([entry.name, ...entry.keywords, ...entry.synonyms, entry.summary, entry.category].join(' ')),
    }));
    this.categories = [...new Set(entries.map((entry) => entry.category))].sort((a, b) => a.localeCompare(b, 'de'));
  }

  /**
   * The matching services, those whose name matches every word first, otherwise in catalogue order. Asked again
   * for the same search (a re-render), it returns the same array.
   */
  search({ query, category, onlineOnly }: ServiceFilter): ServiceEntry[] {
    const folded = foldGerman(query);
    const last = this.last;
    if (last && last.folded === folded && last.category === category && last.onlineOnly === onlineOnly) return last.result;
    const words = folded.split(' ').filter(Boolean);
    // Typing on only narrows: a text that holds the longer query's words holds the shorter one's, so the previous
    // matches are enough to search. Deleting or changing a filter searches everything again.
    const narrowing = last && last.category === category && last.onlineOnly === onlineOnly && folded.startsWith(last.folded);
    const pool = narrowing ? last.matches : this.indexed;
    const matches: Indexed[] = [];
    // Plain loops: this runs on every keystroke over every service, and callbacks would allocate per service.
    for (const item of pool) {
      if (onlineOnly && !item.online) continue;
      if (category && item.category !== category) continue;
      if (containsAll(item.text, words)) matches.push(item);
    }
    const byName: ServiceEntry[] = [];
    const byText: ServiceEntry[] = [];
    for (const { entry, name } of matches) (containsAll(name, words) ? byName : byText).push(entry);
    const result = byName.concat(byText);
    this.last = { folded, category, onlineOnly, matches, result };
    return result;
  }
}

function containsAll(text: string, words: readonly string[]): boolean {
  for (const word of words) if (!text.includes(word)) return false;
  return true;
}
