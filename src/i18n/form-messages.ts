import { applicationFormRuntime } from './de/application-form-runtime.ts';
import { applicationForm } from './de/application-form.ts';
import { common } from './de/common.ts';
import type { Messages } from './de/index.ts';
import { localizer } from './localize.ts';

type Shell = Messages['applicationForm'];
type Runtime = typeof applicationFormRuntime;

/** The form element's few words and its renderer's many, as one catalogue for the renderer. */
function formCatalogue(common: Messages['common'], shell: Shell, runtime: Runtime) {
  return {
    common,
    applicationForm: { ...shell, ...runtime, unavailable: { ...shell.unavailable, ...runtime.unavailable } },
  };
}

const de = formCatalogue(common, applicationForm, applicationFormRuntime);
export type FormMessages = typeof de;

/**
 * The form's catalogue, for the element and its renderer alike, loaded with the element so that pages without a form
 * never download it.
 */
export const localizeForm = localizer(de, {
  en: () =>
    Promise.all([import('./en/index.ts'), import('./en/application-form-runtime.ts')]).then(([{ en }, runtime]) =>
      formCatalogue(en.common, en.applicationForm, runtime.applicationFormRuntime),
    ),
  'de-x-ls': () =>
    Promise.all([import('./de-x-ls/index.ts'), import('./de-x-ls/application-form-runtime.ts')]).then(([{ leichteSprache }, runtime]) =>
      formCatalogue(leichteSprache.common, leichteSprache.applicationForm, runtime.applicationFormRuntime),
    ),
});
