import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** German, English, and Leichte Sprache (easy-to-read German; BCP 47 private use tag `de-x-ls`). */
export type Language = 'de' | 'en' | 'de-x-ls';

const hosts = new Set<LocalizeController<unknown>>();
let observer: MutationObserver | undefined;

// One observer for the page: a change of any `lang` (the element's, a container's or <html>'s) re-renders.
function observeLanguageChanges(): void {
  if (observer) return;
  observer = new MutationObserver(() => hosts.forEach((controller) => controller.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

// Intl formatters are slow to create (a list announces its count on every keystroke): one per kind and locale.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, create: () => F): F {
  let cached = formatters.get(key) as F | undefined;
  if (!cached) {
    cached = create();
    formatters.set(key, cached);
  }
  return cached;
}

// The citizen's own choice with the widgets' "Leichte Sprache" switch: one for the whole page, so that every widget
// speaks alike, and kept in sessionStorage so that it follows the citizen to the site's next page in this tab. Not
// localStorage or a cookie: nothing stays behind on a shared computer once the tab is closed.
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

/**
 * Makes every widget of the page speak `language` at once, or, with `undefined`, the language of its page again;
 * remembered for the tab's next pages.
 */
export function chooseLanguage(language: 'de-x-ls' | undefined): void {
  unstored = language;
  try {
    if (language) sessionStorage.setItem(CHOICE_KEY, language);
    else sessionStorage.removeItem(CHOICE_KEY);
  } catch {
    // Kept in memory for this page only.
  }
  hosts.forEach((controller) => controller.choiceChanged());
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

/**
 * An element's catalogues: German, the source language, is always at hand; every other language is loaded the
 * first time an element on the page needs it, so that German pages never download it.
 */
export interface Catalogues<Messages> {
  de: Messages;
  load: Record<Exclude<Language, 'de'>, () => Promise<Messages>>;
}

/**
 * Gives an element its messages and Intl formatters in the language that applies to it, and re-renders the
 * element when that language changes. Until another language's catalogue has arrived, the element speaks German.
 */
export class LocalizeController<Messages> implements ReactiveController {
  /** The language the element speaks now: the one that applies to it, once its catalogue is loaded. */
  language: Language = 'de';
  private messagesOf: Partial<Record<Language, Messages>>;
  private loading: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly catalogues: Catalogues<Messages>,
  ) {
    this.messagesOf = { de: catalogues.de };
    host.addController(this);
  }

  get messages(): Messages {
    return this.messagesOf[this.language] ?? this.catalogues.de;
  }

  hostConnected(): void {
    hosts.add(this as LocalizeController<unknown>);
    observeLanguageChanges();
    this.refresh();
  }

  hostDisconnected(): void {
    hosts.delete(this as LocalizeController<unknown>);
  }

  /** The language the page gives the element (its `lang`, else the page's), whatever the citizen chose. */
  get pageLanguage(): Language {
    return languageOf(this.host);
  }

  /** The language that applies (the citizen's choice for the page, else the page's), even while its texts load. */
  get wanted(): Language {
    return chosenLanguage() ?? languageOf(this.host);
  }

  /**
   * `lang` for the element's texts where they are in another language than the page: German (Leichte Sprache,
   * chosen by the citizen) on an English page, so that screen readers read it with a German voice.
   */
  get textLang(): 'de' | undefined {
    return this.language !== 'en' && this.pageLanguage === 'en' ? 'de' : undefined;
  }

  /** The citizen chose a language for the page: the switch shows it at once, the texts once they are loaded. */
  choiceChanged(): void {
    this.host.requestUpdate();
    this.refresh();
  }

  refresh(): void {
    const wanted = this.wanted;
    if (wanted === 'de') return this.speak('de');
    if (this.messagesOf[wanted]) return this.speak(wanted);
    this.loading = this.catalogues.load[wanted]().then(
      (messages) => {
        this.messagesOf[wanted] = messages;
        // The page may have changed its language again while the catalogue was loading.
        if (this.wanted === wanted) this.speak(wanted);
      },
      // Offline for a moment: the element stays German, and the next change of language tries again.
      () => undefined,
    );
  }

  /** Settles once the catalogue of the language that applies is loaded (or could not be). */
  get ready(): Promise<void> {
    return this.loading;
  }

  private speak(language: Language): void {
    if (language === this.language) return;
    this.language = language;
    this.host.requestUpdate();
  }

  /** A date like "25. November 2026" or "25 November 2026"; with time when `withTime`. */
  date(value: string | Date, withTime = false): string {
    const date = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00` : value) : value;
    return formatter(
      `date ${this.locale} ${withTime}`,
      () => new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', ...(withTime ? { timeStyle: 'short' } : {}) }),
    ).format(date);
  }

  number(value: number): string {
    return formatter(`number ${this.locale}`, () => new Intl.NumberFormat(this.locale)).format(value);
  }

  get locale(): string {
    return this.language === 'en' ? 'en-GB' : 'de-DE';
  }
}

/**
 * The function an element (or its lazily loaded part) calls to get its catalogue: one controller per element,
 * however often it asks, and one download of each other language for the whole page.
 */
export function localizer<Messages>(
  de: Messages,
  load: Catalogues<Messages>['load'],
): (host: ReactiveControllerHost & HTMLElement) => LocalizeController<Messages> {
  const loading = new Map<Language, Promise<Messages>>();
  const once = {} as Catalogues<Messages>['load'];
  for (const [language, loader] of Object.entries(load) as [keyof typeof load, () => Promise<Messages>][]) {
    once[language] = () => {
      let catalogue = loading.get(language);
      if (!catalogue) {
        // A failed download (offline for a moment) is tried again the next time the language is needed.
        catalogue = loader().catch((error: unknown) => {
          loading.delete(language);
          throw error;
        });
        loading.set(language, catalogue);
      }
      return catalogue;
    };
  }
  const controllers = new WeakMap<HTMLElement, LocalizeController<Messages>>();
  return (host) => {
    let controller = controllers.get(host);
    if (!controller) {
      controller = new LocalizeController(host, { de, load: once });
      controllers.set(host, controller);
    }
    return controller;
  };
}
