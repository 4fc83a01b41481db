import type { ReactiveControllerHost } from 'lit';
import { de, type Messages } from './de/index.ts';
import { LocalizeController } from './localize.ts';

export type { Messages };

// One download of the English catalogue for the whole page, however many elements speak English.
let english: Promise<Messages> | undefined;
const loadEnglish = () => (english ??= import('./en/index.ts').then((module) => module.en));

/** The kit's catalogues for an element: `this.i18n.messages.common.retry`, `this.i18n.date(…)`. */
export function localize(host: ReactiveControllerHost & HTMLElement): LocalizeController<Messages> {
  return new LocalizeController(host, { de, load: { en: loadEnglish } });
}
