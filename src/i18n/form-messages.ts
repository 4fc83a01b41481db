import type { ReactiveControllerHost } from 'lit';
import { applicationFormRuntime } from './de/application-form-runtime.ts';
import { de as kit } from './de/index.ts';
import { LocalizeController } from './localize.ts';

type Shell = typeof kit.applicationForm;
type Runtime = typeof applicationFormRuntime;

/** The form element's few words and its renderer's many, as one catalogue for the renderer. */
function formCatalogue(common: typeof kit.common, shell: Shell, runtime: Runtime) {
  return {
    common,
    applicationForm: { ...shell, ...runtime, unavailable: { ...shell.unavailable, ...runtime.unavailable } },
  };
}

const de = formCatalogue(kit.common, kit.applicationForm, applicationFormRuntime);
export type FormMessages = typeof de;

let english: Promise<FormMessages> | undefined;
const loadEnglish = () =>
  (english ??= Promise.all([import('./en/index.ts'), import('./en/application-form-runtime.ts')]).then(([{ en }, runtime]) =>
    formCatalogue(en.common, en.applicationForm, runtime.applicationFormRuntime),
  ));

const controllers = new WeakMap<HTMLElement, LocalizeController<FormMessages>>();

/**
 * The form renderer's catalogues, loaded with the renderer so that pages without a form never download them: one
 * controller per form element, however often its form is loaded again.
 */
export function localizeForm(host: ReactiveControllerHost & HTMLElement): LocalizeController<FormMessages> {
  let controller = controllers.get(host);
  if (!controller) {
    controller = new LocalizeController(host, { de, load: { en: loadEnglish } });
    controllers.set(host, controller);
  }
  return controller;
}
