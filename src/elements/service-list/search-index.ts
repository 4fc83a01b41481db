import type { ServiceEntry, Synonyms } from '../../../contract/catalogue.ts';
import { foldGerman } from '../../../contract/fold-german.ts';
import { TypoVocabulary } from './typo-vocabulary.ts';

export { foldGerman };

export interface ServiceFilter {
  /** What the citizen typed; every word (or a synonym of it) must appear somewhere in the service. */
  query: string;
  /** A category (Lebenslage), or '' for all. */
  category: string;
  /** Only services that can be applied for online here and now. */
  onlineOnly: boolean;
}

// Where a word was found counts more the closer it is to what the service is called.
const NAME = 4;
const KEYWORD = 2;
const TEXT = 1;
const FIELDS = 3; // name, keywords, description, in that order in the postings below
// How well it was found: a whole word, the start of a word ("Hund" in "Hundesteuer"), inside a word.
const WHOLE = 1;
const START = 0.75;
const INNER = 0.35;
// A keyword that is exactly what was typed ("Sozialhilfe" over "Sozialhilfe für Rentner").
const EXACT = 1.2;
// A word that the name starts with says more than one further on ("Hund abmelden" before "Gefährlichen Hund …").
const LATER_IN_NAME = 0.9;
// What was found: the typed word itself, a synonym from the county's list, a word one typo away.
const TYPED = 1;
const SYNONYM = 0.95;
const TYPO = 0.6;
// What a word found in a further place (name, keywords, description) adds.
const ALSO = 0.1;
// More services than any catalogue will hold: a sort key is score × TIEBREAKS + place among equals.
const TIEBREAKS = 2 ** 21;

/** One thing the citizen typed (a word, or a phrase of the synonym list) and what may stand for it. */
interface Term {
  alternatives: Alternative[];
}

/** A word or phrase to look for, and how much finding it counts. */
interface Alternative {
  text: string;
  weight: number;
}

// What a keystroke reads about a service, copied out of the entries: one small record shape is faster to loop
// over than entries whose shapes differ (some have `onlineFrom`). Folded fields are padded with spaces (and
// keywords separated by bars), so that phrases of the synonym list are found with `includes`.
interface Indexed {
  entry: ServiceEntry;
  online: boolean;
  /** Place among equally good matches: online here first, then the services asked for most, then catalogue order. */
  tiebreak: number;
  category: string;
  name: string;
  keywords: string;
  text: string;
  /** The number of the name's first word in the word table. */
  firstWord: number;
  /** Numbers of the keywords that are one word: typing exactly one of them says most. */
  exactWords: Int32Array;
}

/**
 * The services of one list, folded and indexed once per load. A keystroke folds the query, looks its words up in
 * the synonym list and (for typos) the catalogue's words, rates each distinct word of the catalogue once against
 * them, and adds up the ratings through the postings (word → the services and fields holding it): the work grows
 * with how often the typed words occur, not with the size of the catalogue times the query.
 *
 * Ranking: name over keywords over description; a whole word over the start of a word over a match inside a
 * word; the typed word over a synonym over a word one typo away; a rare word over a common one; a word found in
 * several places over one found once. When equal, services that can be applied for online here first, then those
 * the county lists as asked for most, then the catalogue's (alphabetical) order.
 */
export class ServiceIndex {
  readonly categories: string[];
  private readonly indexed: Indexed[];
  /** The services by their place among equally good matches. */
  private readonly byTiebreak: Indexed[];
  /** Every distinct word of the catalogue, folded. */
  private readonly words: string[] = [];
  /** For each field (name, keywords, description) and word: the services that have the word there. */
  private readonly postings: Int32Array[][];
  private readonly synonyms = new Map<string, string[]>();
  /** Longest phrase of the synonym list, in words: how far ahead the query is read for phrases. */
  private readonly longestPhrase: number;
  private readonly ignored: Set<string>;
  private readonly vocabulary: TypoVocabulary;
  private last?: { key: string; result: ServiceEntry[] };
  /** The whole list, for an empty search without filters (shared, never changed). */
  private readonly all: ServiceEntry[];

  constructor(
    readonly entries: readonly ServiceEntry[],
    synonyms: Synonyms = { groups: [], ignore: [] },
  ) {
    const frequent = new Map((synonyms.frequent ?? []).map((key, place) => [key, place]));
    const place = (entry: ServiceEntry) => frequent.get(entry.key) ?? frequent.size;
    // Ordered once here, so that a keystroke sorts plain numbers.
    const tiebreaks = entries
      .map((entry, order) => ({ entry, order }))
      .sort(
        (a, b) =>
          Number(b.entry.mode === 'online') - Number(a.entry.mode === 'online') || place(a.entry) - place(b.entry) || a.order - b.order,
      );
    const tiebreakOf = new Map(tiebreaks.map(({ entry }, rank) => [entry, rank]));

    const numberOf = new Map<string, number>();
    const postings: number[][][] = [[], [], []];
    const number = (word: string) => {
      let found = numberOf.get(word);
      if (found === undefined) {
        found = this.words.push(word) - 1;
        numberOf.set(word, found);
        for (const field of postings) field.push([]);
      }
      return found;
    };
    const post = (service: number, field: number, text: string) => {
      for (const word of new Set(text.split(' '))) if (word) postings[field]![number(word)]!.push(service);
    };
    this.indexed = entries.map((entry, service) => {
      const keywords = [...entry.keywords, ...entry.synonyms].map(foldGerman);
      const name = foldGerman(entry.name);
      const text = foldGerman(`${entry.summary} ${entry.category}`);
      post(service, 0, name);
      post(service, 1, keywords.join(' '));
      post(service, 2, text);
      return {
        entry,
        online: entry.mode === 'online',
        tiebreak: tiebreakOf.get(entry)!,
        category: entry.category,
        name: ` ${name} `,
        keywords: ` | ${keywords.join(' | ')} | `,
        text: ` ${text} `,
        firstWord: number(name.split(' ')[0]!),
        exactWords: Int32Array.from(keywords.filter((keyword) => !keyword.includes(' ')).map(number)),
      };
    });
    this.postings = postings.map((field) => field.map((list) => Int32Array.from(list)));
    this.all = [...entries];
    this.byTiebreak = [...this.indexed].sort((a, b) => a.tiebreak - b.tiebreak);
    this.categories = [...new Set(entries.map((entry) => entry.category))].sort((a, b) => a.localeCompare(b, 'de'));
    for (const group of synonyms.groups) {
      const folded = [...new Set(group.map(foldGerman).filter(Boolean))];
      for (const word of folded) this.synonyms.set(word, [...(this.synonyms.get(word) ?? []), ...folded.filter((other) => other !== word)]);
    }
    this.longestPhrase = Math.max(1, ...[...this.synonyms.keys()].map((phrase) => phrase.split(' ').length));
    this.ignored = new Set(synonyms.ignore.map(foldGerman));
    this.vocabulary = new TypoVocabulary(this.words);
  }

  /**
   * The matching services, best first. When no service matches every word, those that match the most words
   * ("Rente reicht nicht" finds the Grundsicherung though no service says "reicht"). Asked again for the same
   * search (a re-render), it returns the same array.
   */
  search({ query, category, onlineOnly }: ServiceFilter): ServiceEntry[] {
    const folded = foldGerman(query);
    const key = `${folded}|${category}|${onlineOnly}`;
    if (this.last?.key === key) return this.last.result;
    const terms = this.terms(folded);
    let result: ServiceEntry[];
    if (terms.length === 0) {
      // Without words, the catalogue's order, as the list was before the citizen typed.
      result =
        category || onlineOnly ? this.indexed.filter((item) => admits(item, category, onlineOnly)).map((item) => item.entry) : this.all;
    } else {
      result = this.rank(terms, category, onlineOnly);
    }
    this.last = { key, result };
    return result;
  }

  /** The typed words as terms: phrases of the synonym list kept together, filler words dropped. */
  private terms(folded: string): Term[] {
    const words = folded.split(' ').filter(Boolean);
    const terms: Term[] = [];
    for (let start = 0; start < words.length;) {
      let length = Math.min(this.longestPhrase, words.length - start);
      // The longest phrase of the list that starts here, else the single word.
      while (length > 1 && !this.synonyms.has(words.slice(start, start + length).join(' '))) length--;
      const text = words.slice(start, start + length).join(' ');
      start += length;
      // Filler words count only if they are all the citizen typed ("ich" alone still searches).
      if (length === 1 && this.ignored.has(text) && words.some((word) => !this.ignored.has(word))) continue;
      const alternatives = [{ text, weight: TYPED }];
      for (const synonym of this.synonyms.get(text) ?? []) alternatives.push({ text: synonym, weight: SYNONYM });
      // One typo in words of five letters or more; not in phrases, which were matched as typed.
      if (length === 1 && text.length >= 5) {
        for (const near of this.vocabulary.near(text)) {
          alternatives.push({ text: near, weight: TYPO });
          for (const synonym of this.synonyms.get(near) ?? []) alternatives.push({ text: synonym, weight: TYPO * SYNONYM });
        }
      }
      terms.push({ alternatives });
    }
    return terms;
  }

  private rank(terms: readonly Term[], category: string, onlineOnly: boolean): ServiceEntry[] {
    const count = this.indexed.length;
    const admitted = new Uint8Array(count);
    let pool = 0;
    for (let i = 0; i < count; i++) {
      if (admits(this.indexed[i]!, category, onlineOnly)) {
        admitted[i] = 1;
        pool++;
      }
    }
    const matched = new Uint8Array(count);
    const total = new Float64Array(count);
    for (const term of terms) {
      const best = this.termScores(term, admitted);
      let found = 0;
      for (let i = 0; i < count; i++) if (best[i]! > 0) found++;
      // A rare word says more about what the citizen wants than a common one ("Wunschnummer Auto": the
      // Wunschnummer), as inverse document frequency does in every text search.
      const rarity = Math.log(1 + pool / Math.max(found, 1));
      for (let i = 0; i < count; i++) {
        if (best[i]! > 0) {
          matched[i]!++;
          total[i]! += best[i]! * rarity;
        }
      }
    }
    let mostMatched = 1;
    for (let i = 0; i < count; i++) if (matched[i]! > mostMatched) mostMatched = matched[i]!;
    // Sorted as plain numbers, several times faster than sorting records with a comparison function: the score
    // (to a thousandth, so that equal is equal) first, then the place among equals.
    const keys: number[] = [];
    for (let i = 0; i < count; i++) {
      if (matched[i] === mostMatched) keys.push(-Math.round(total[i]! * 1000) * TIEBREAKS + this.indexed[i]!.tiebreak);
    }
    const sorted = Float64Array.from(keys).sort();
    const result = new Array<ServiceEntry>(sorted.length);
    for (let i = 0; i < sorted.length; i++) result[i] = this.byTiebreak[((sorted[i]! % TIEBREAKS) + TIEBREAKS) % TIEBREAKS]!.entry;
    return result;
  }

  /** How well each admitted service matches one term: the best of its alternatives. */
  private termScores(term: Term, admitted: Uint8Array): Float64Array {
    const best = new Float64Array(this.indexed.length);
    for (const { text, weight } of term.alternatives) {
      const [services, name, keywords, description] = text.includes(' ') ? this.ratePhrase(text, admitted) : this.rateWord(text, admitted);
      for (let i = 0; i < services.length; i++) {
        const service = services[i]!;
        const strongest = Math.max(name[i]!, keywords[i]!, description[i]!);
        // Found in the name and the keywords says a little more than in the name alone; how well it was found
        // there is left to the place where it counts most.
        const places = Number(name[i]! > 0) + Number(keywords[i]! > 0) + Number(description[i]! > 0);
        const score = weight * (strongest + ALSO * (places - 1));
        if (score > best[service]!) best[service] = score;
      }
    }
    return best;
  }

  /**
   * A single word: each word of the catalogue is rated once (whole, start, inside), then the postings of the
   * words that hold it say which services have it where.
   */
  private rateWord(text: string, admitted: Uint8Array): [number[], Float64Array, Float64Array, Float64Array] {
    const fields = new Float64Array(this.indexed.length * FIELDS);
    const services: number[] = [];
    const rating = new Float64Array(this.words.length);
    const touched = new Uint8Array(this.indexed.length);
    const inner = text.length >= 3;
    for (let w = 0; w < this.words.length; w++) {
      const word = this.words[w]!;
      if (word.length < text.length) continue;
      // One or two letters say where words start, not what is inside them: "h" does not find "Fahrzeug".
      const quality = word === text ? WHOLE : word.startsWith(text) ? START : inner && word.includes(text) ? INNER : 0;
      if (quality === 0) continue;
      rating[w] = quality;
      for (let field = 0; field < FIELDS; field++) {
        const list = this.postings[field]![w]!;
        for (let p = 0; p < list.length; p++) {
          const service = list[p]!;
          if (!admitted[service]) continue;
          if (!touched[service]) {
            touched[service] = 1;
            services.push(service);
          }
          if (quality > fields[service * FIELDS + field]!) fields[service * FIELDS + field] = quality;
        }
      }
    }
    const name = new Float64Array(services.length);
    const keywords = new Float64Array(services.length);
    const description = new Float64Array(services.length);
    for (let i = 0; i < services.length; i++) {
      const service = services[i]!;
      const item = this.indexed[service]!;
      name[i] = NAME * fields[service * FIELDS]! * (rating[item.firstWord]! >= START ? 1 : LATER_IN_NAME);
      const keyword = fields[service * FIELDS + 1]!;
      keywords[i] = KEYWORD * (keyword === WHOLE && isExact(item.exactWords, rating) ? EXACT : keyword);
      description[i] = TEXT * fields[service * FIELDS + 2]!;
    }
    return [services, name, keywords, description];
  }

  /** A phrase of the synonym list ("neue wohnung"): looked for in the folded text itself. */
  private ratePhrase(text: string, admitted: Uint8Array): [number[], Float64Array, Float64Array, Float64Array] {
    const services: number[] = [];
    const name: number[] = [];
    const keywords: number[] = [];
    const description: number[] = [];
    const start = ` ${text}`;
    const whole = ` ${text} `;
    const quality = (field: string) => (!field.includes(text) ? 0 : !field.includes(start) ? INNER : field.includes(whole) ? WHOLE : START);
    for (let i = 0; i < this.indexed.length; i++) {
      const item = this.indexed[i]!;
      if (!admitted[i] || (!item.name.includes(text) && !item.keywords.includes(text) && !item.text.includes(text))) continue;
      services.push(i);
      name.push(NAME * quality(item.name) * (item.name.startsWith(start) ? 1 : LATER_IN_NAME));
      keywords.push(KEYWORD * (item.keywords.includes(`| ${text} |`) ? EXACT : quality(item.keywords)));
      description.push(TEXT * quality(item.text));
    }
    return [services, Float64Array.from(name), Float64Array.from(keywords), Float64Array.from(description)];
  }
}

function admits(item: Indexed, category: string, onlineOnly: boolean): boolean {
  return (!onlineOnly || item.online) && (!category || item.category === category);
}

function isExact(exactWords: Int32Array, rating: Float64Array): boolean {
  for (let i = 0; i < exactWords.length; i++) if (rating[exactWords[i]!] === WHOLE) return true;
  return false;
}
