import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Language = 'de' | 'en';

const hosts = new Set<LocalizeController<unknown>>();
let observer: MutationObserver | undefined;

// One observer for the page: a change of any `lang` (the element's, a container's or <html>'s) re-renders.
function observeLanguageChanges(): void {
  if (observer) return;
  observer = new MutationObserver(() => hosts.forEach((controller) => controller.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** German unless the element or the page says English: the element's `lang`, else the nearest, else <html>. */
export function languageOf(element: Element): Language {
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/**
 * Gives an element its messages and Intl formatters in the language that applies to it, and re-renders the
 * element when that language changes.
 */
export class LocalizeController<Messages> implements ReactiveController {
  language: Language = 'de';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly catalogues: Record<Language, Messages>,
  ) {
    host.addController(this);
  }

  get messages(): Messages {
    return this.catalogues[this.language];
  }

  hostConnected(): void {
    hosts.add(this as LocalizeController<unknown>);
    observeLanguageChanges();
    this.language = languageOf(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this as LocalizeController<unknown>);
  }

  refresh(): void {
    const language = languageOf(this.host);
    if (language !== this.language) {
      this.language = language;
      this.host.requestUpdate();
    }
  }

  /** A date like "25. November 2026" or "25 November 2026"; with time when `withTime`. */
  date(value: string | Date, withTime = false): string {
    const date = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00` : value) : value;
    return new Intl.DateTimeFormat(this.locale, {
      dateStyle: 'long',
      ...(withTime ? { timeStyle: 'short' } : {}),
    }).format(date);
  }

  number(value: number): string {
    return new Intl.NumberFormat(this.locale).format(value);
  }

  get locale(): string {
    return this.language === 'en' ? 'en-GB' : 'de-DE';
  }
}
