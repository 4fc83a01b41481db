import type { ReactiveControllerHost } from 'lit';
import { de, type Messages } from './de/index.ts';
import { en } from './en/index.ts';
import { LocalizeController } from './localize.ts';

export type { Messages };

/** The kit's catalogues for an element: `this.i18n.messages.common.retry`, `this.i18n.date(…)`. */
export function localize(host: ReactiveControllerHost & HTMLElement): LocalizeController<Messages> {
  return new LocalizeController(host, { de, en });
}
