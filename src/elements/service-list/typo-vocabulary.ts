/**
 * The distinct words of a catalogue, to correct one typo in what a citizen typed: a letter missing, one too many,
 * a wrong one, or two swapped ("Fürerschein", "Persnoalausweis", "Hundesteur").
 */
export class TypoVocabulary {
  /** `words` are folded (see foldGerman); the array may still grow while the index is built. */
  constructor(private readonly words: readonly string[]) {}

  /**
   * What `typed` probably meant, as typed so far: whole words one typo away, and the starts of longer words one
   * typo away (the citizen is still typing). Nothing when `typed` is found as it is, inside any word: then it is
   * no typo, and guesses would only add noise.
   */
  near(typed: string): string[] {
    const found = new Set<string>();
    for (const word of this.words) if (word.includes(typed)) return [];
    for (const word of this.words) {
      if (word.length < 4) continue;
      if (Math.abs(word.length - typed.length) <= 1 && withinOneEdit(typed, word)) found.add(word);
      else if (word.length > typed.length) {
        // A start of the word one typo away: the same length, one letter more (a letter missing), or one less.
        for (const length of [typed.length, typed.length + 1, typed.length - 1]) {
          const start = word.slice(0, length);
          if (withinOneEdit(typed, start)) {
            found.add(start);
            break;
          }
        }
      }
    }
    return [...found];
  }
}

/** Whether `a` becomes `b` by at most one insertion, deletion, substitution or swap of neighbours (Damerau). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const difference = a.length - b.length;
  if (difference > 1 || difference < -1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (difference === 0) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return difference > 0 ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
