/**
 * Which language applies to an element: what the page says, and what the citizen chose with the widgets'
 * "Leichte Sprache" switch. Its own small module, because the script-tag entry needs it too: it starts loading the
 * texts and the form of that language in the same moment as the element's code.
 */

/** German, English, and Leichte Sprache (easy-to-read German; BCP 47 private use tag `de-x-ls`). */
export type Language = 'de' | 'en' | 'de-x-ls';

// The citizen's own choice: one for the whole page, so that every widget speaks alike, and kept in sessionStorage so
// that it follows the citizen to the site's next page in this tab. Not localStorage or a cookie: nothing stays behind
// on a shared computer once the tab is closed.
const CHOICE_KEY = 'rathaus-language';
let unstored: 'de-x-ls' | undefined; // the choice where sessionStorage is blocked (a sandboxed frame, strict settings)

/** The language the citizen chose for every widget of the page (Leichte Sprache), if any. */
export function chosenLanguage(): 'de-x-ls' | undefined {
  try {
    // Read each time rather than kept: sessionStorage is the one record, also for an element added later.
    return sessionStorage.getItem(CHOICE_KEY) === 'de-x-ls' ? 'de-x-ls' : undefined;
  } catch {
    return unstored;
  }
}

/** Remembers the citizen's choice (or, with `undefined`, that there is none) for the tab's next pages. */
export function storeChoice(language: 'de-x-ls' | undefined): void {
  unstored = language;
  try {
    if (language) sessionStorage.setItem(CHOICE_KEY, language);
    else sessionStorage.removeItem(CHOICE_KEY);
  } catch {
    // Kept in memory for this page only.
  }
}

/**
 * German unless the element or the page says English or Leichte Sprache: the element's `lang`, else the nearest,
 * else <html>. Leichte Sprache is `de-x-ls` (any German tag with the private-use subtag `x-ls`, e.g. `de-DE-x-ls`).
 */
export function languageOf(element: Element): Language {
  const lang = (element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang)?.toLowerCase() ?? '';
  if (lang.startsWith('en')) return 'en';
  return lang.startsWith('de') && /-x-ls\b/.test(lang) ? 'de-x-ls' : 'de';
}

/** The language that applies to an element: the citizen's choice for the page, else the page's. */
export function wantedLanguage(element: Element): Language {
  return chosenLanguage() ?? languageOf(element);
}

/**
 * The texts to ask the API for with a form: Leichte Sprache's where it applies (the German are always in it). The
 * entry, the element and its renderer ask alike, so that the renderer takes over the entry's early request.
 */
export function formTexts(element: Element): 'de-x-ls' | undefined {
  return wantedLanguage(element) === 'de-x-ls' ? 'de-x-ls' : undefined;
}
