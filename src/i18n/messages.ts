import { de, type Messages } from './de/index.ts';
import { localizer } from './localize.ts';

export type { Messages };

/** The kit's catalogue for an element: `this.i18n.messages.common.retry`, `this.i18n.date(…)`. */
export const localize = localizer(de, {
  en: () => import('./en/index.ts').then((module) => module.en),
  'de-x-ls': () => import('./de-x-ls/index.ts').then((module) => module.leichteSprache),
});
