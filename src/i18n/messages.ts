import { common } from './de/common.ts';
import type { Messages } from './de/index.ts';
import { localizer } from './localize.ts';

export type { Messages };

type Section = Exclude<keyof Messages, 'common'>;

/**
 * The catalogue of an element: the texts every element shares and its own section (`this.i18n.messages.common.retry`,
 * `this.i18n.messages.serviceList.results(n)`). The element brings its own German section, so that those texts travel
 * in the element's chunk and a page downloads the German texts of the elements it has, not of all of them. Other
 * languages come whole, and only to pages that need them.
 */
export function localizeElement<S extends Section>(section: S, de: Messages[S]) {
  return localizer<Pick<Messages, 'common' | S>>({ common, [section]: de } as Pick<Messages, 'common' | S>, {
    en: () => import('./en/index.ts').then((module) => module.en),
    'de-x-ls': () => import('./de-x-ls/index.ts').then((module) => module.leichteSprache),
  });
}
