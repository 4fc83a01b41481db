import { common } from './de/common.ts';
import { statusTracker } from './de/status-tracker.ts';
import { localizer } from './localize.ts';

const de = { common, statusTracker };
export type TrackerMessages = typeof de;

/** The status tracker's catalogue, for the element and its behaviour, so that pages without a tracker never download it. */
export const localizeTracker = localizer<TrackerMessages>(de, {
  en: () =>
    Promise.all([import('./en/index.ts'), import('./en/status-tracker.ts')]).then(([{ en }, tracker]) => ({
      common: en.common,
      statusTracker: tracker.statusTracker,
    })),
  'de-x-ls': () =>
    Promise.all([import('./de-x-ls/index.ts'), import('./de-x-ls/status-tracker.ts')]).then(([{ leichteSprache }, tracker]) => ({
      common: leichteSprache.common,
      statusTracker: tracker.statusTracker,
    })),
});
