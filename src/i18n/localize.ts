import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageOf, storeChoice, wantedLanguage, type Language } from './language-choice.ts';

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

/**
 * Makes every widget of the page speak `language` at once, or, with `undefined`, the language of its page again;
 * remembered for the tab's next pages.
 */
export function chooseLanguage(language: 'de-x-ls' | undefined): void {
  storeChoice(language);
  hosts.forEach((controller) => controller.choiceChanged());
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
    return wantedLanguage(this.host);
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
