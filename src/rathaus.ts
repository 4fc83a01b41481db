/**
 * The script-tag entry: `<script type="module" src=".../rathaus.js"></script>` makes all the elements work on the
 * page. It is small on purpose and loads each element's code only when the page has that element (now, or when
 * one is added later), and in the same moment starts the element's data requests, so that a page needs two waves
 * of requests after its HTML: this script, then the element's code and its data in parallel. The build adds each
 * chunk's own imports to that second wave (scripts/kit-build-plugins.ts).
 */
import { prefetch, urls } from './api/client.ts';
import { apiBase, pageMunicipality } from './config/page-config.ts';
import { formTexts, wantedLanguage } from './i18n/language-choice.ts';

export type { RathausApplicationForm } from './elements/application-form/application-form.ts';
export type { RathausLoginButton } from './elements/login-button/login-button.ts';
export type { RathausLoginProvider } from './elements/login-provider/login-provider.ts';
export type { RathausServiceList } from './elements/service-list/service-list.ts';
export type { RathausStatusTracker } from './elements/status-tracker/status-tracker.ts';

type Tag =
  'rathaus-application-form' | 'rathaus-login-button' | 'rathaus-login-provider' | 'rathaus-service-list' | 'rathaus-status-tracker';

// The texts of the language that applies, in the same wave as the code (German is in the code): every element's
// shared catalogue, and the element's own where it has one.
const texts = (element: Element, en: () => Promise<unknown>[] = () => [], leichteSprache: () => Promise<unknown>[] = () => []) => {
  const language = wantedLanguage(element);
  if (language === 'en') return [import('./i18n/en/index.ts'), ...en()];
  return language === 'de-x-ls' ? [import('./i18n/de-x-ls/index.ts'), ...leichteSprache()] : [];
};

/** For each element: its code (with the part it would load on demand anyway), and the data it will ask for. */
const ELEMENTS: Record<Tag, (element: Element) => Promise<unknown>[]> = {
  'rathaus-application-form': (element) => {
    const base = apiBase(element, element.getAttribute('api'));
    const municipality = pageMunicipality(element, element.getAttribute('municipality'));
    const service = element.getAttribute('service') || new URLSearchParams(location.search).get('service');
    if (municipality && service) {
      prefetch(urls.offer(base, municipality, service));
      prefetch(urls.form(base, service, formTexts(element)));
    }
    return [
      import('./elements/application-form/application-form.ts'),
      import('./elements/application-form/form-runtime.ts'),
      ...texts(
        element,
        () => [import('./i18n/en/application-form-runtime.ts')],
        () => [import('./i18n/de-x-ls/application-form-runtime.ts')],
      ),
    ];
  },
  'rathaus-service-list': (element) => {
    const base = apiBase(element, element.getAttribute('api'));
    const municipality = pageMunicipality(element, element.getAttribute('municipality'));
    prefetch(urls.municipalities(base));
    if (municipality) prefetch(urls.services(base, municipality));
    return [import('./elements/service-list/service-list.ts'), ...texts(element)];
  },
  'rathaus-status-tracker': (element) => [
    import('./elements/status-tracker/status-tracker.ts'),
    import('./elements/status-tracker/tracker-runtime.ts'),
    ...texts(
      element,
      () => [import('./i18n/en/status-tracker.ts')],
      () => [import('./i18n/de-x-ls/status-tracker.ts')],
    ),
  ],
  // A provider configures the page's session, on its own or inside a login button.
  'rathaus-login-provider': () => [import('./elements/login-provider/login-provider.ts')],
  'rathaus-login-button': (element) => [import('./elements/login-button/login-button.ts'), ...texts(element)],
};

const loading = new Map<Tag, Promise<void>>();

/**
 * Loads the code of the named elements now, whether or not the page has them yet, e.g. before a script creates one
 * inside another component's shadow root (which this entry does not watch). Resolves once they are defined.
 *
 *     const { loadElements } = await import('https://api.landkreis-diepholz.de/kit/rathaus.js');
 *     await loadElements('rathaus-service-list');
 */
export function loadElements(...tags: Tag[]): Promise<void> {
  return Promise.all(tags.map((tag) => load(tag, document.createElement(tag)))).then(() => undefined);
}

function load(tag: Tag, element: Element): Promise<void> {
  let pending = loading.get(tag);
  if (!pending) {
    pending = Promise.all(ELEMENTS[tag](element)).then(() => undefined);
    // Failed (offline, a deployment in between): the next element of the kind, or a reload, tries again.
    pending.catch(() => loading.delete(tag));
    loading.set(tag, pending);
  }
  return pending;
}

const selector = Object.keys(ELEMENTS).join(',');

function scan(root: ParentNode): void {
  for (const element of root.querySelectorAll(selector)) void load(element.localName as Tag, element).catch(() => undefined);
}

scan(document);
// Elements a page adds later (a CMS's tabs, a single-page app): loaded when they appear, until all are loaded.
const observer = new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      if (node.localName in ELEMENTS) void load(node.localName as Tag, node).catch(() => undefined);
      scan(node);
    }
  if (loading.size === Object.keys(ELEMENTS).length) observer.disconnect();
});
if (loading.size < Object.keys(ELEMENTS).length) observer.observe(document, { childList: true, subtree: true });
