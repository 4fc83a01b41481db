import { html, type LitElement, type TemplateResult } from 'lit';
import { inLanguage } from '../../../contract/form-texts.ts';
import { api } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import type { LocalizeController } from '../../i18n/localize.ts';
import { localizeForm, type FormMessages } from '../../i18n/form-messages.ts';
import { formTexts } from '../../i18n/language-choice.ts';
import type { CitizenSession } from '../../session/session.ts';
import { adoptLazyStyles } from '../../styles/adopt-styles.ts';
import { FormFlow } from './form-flow.ts';
import { styles } from './form-runtime.styles.ts';
import { renderFlow } from './form-view.ts';

/**
 * The form renderer, loaded by <rathaus-application-form> with import() only when a form is on the page.
 * Fetches the form definition and the municipality's offer of the service, and answers what to show. (The
 * script-tag entry may have started both requests already, while this code was loading.)
 */
export interface LoadedForm {
  render(): TemplateResult;
  /** After each render of the element. */
  updated(root: ShadowRoot): void;
  sessionChanged(): void;
}

export interface LoadRequest {
  host: LitElement;
  session: CitizenSession;
  api: string;
  municipality: string;
  service: string;
  signal: AbortSignal;
}

export async function loadForm(request: LoadRequest): Promise<LoadedForm> {
  const { signal } = request;
  const i18n = localizeForm(request.host);
  adoptLazyStyles(request.host, styles);
  // The renderer's texts in the page's language arrive with the form, so that an English page never shows German.
  const [entry, definition] = await Promise.all([
    // Only this service's entry, not the town's whole list; 404: the municipality does not offer it.
    api.offer(request.api, request.municipality, request.service, signal).catch((error: unknown) => {
      if (error instanceof ApiProblem && error.status === 404) return undefined;
      throw error;
    }),
    // Services not offered online here may have no form: that answer only matters when the service is online.
    api.form(request.api, request.service, signal, formTexts(request.host)).catch((error: unknown) => error),
    i18n.ready,
  ]);
  if (!entry)
    return notice(
      i18n,
      (t) => t.unavailable.heading,
      (t) => [t.unavailable.notOffered],
    );
  if (entry.mode !== 'online') {
    return notice(
      i18n,
      () => entry.name,
      (t) => [t.unavailable.inPerson(entry.name), ...(entry.onlineFrom ? [t.unavailable.onlineFrom(i18n.date(entry.onlineFrom))] : [])],
    );
  }
  if (definition instanceof ApiProblem && definition.status === 404)
    return notice(
      i18n,
      () => entry.name,
      (t) => [t.unavailable.noForm],
    );
  if (definition instanceof Error) throw definition;
  let form = definition as Awaited<ReturnType<typeof api.form>>;
  let language = i18n.language;
  let easyAsked = i18n.wanted === 'de-x-ls';
  const flow = new FormFlow({ ...request, i18n, definition: inLanguage(form, language), entry });
  // Leichte Sprache chosen after the form was loaded: its texts come now, and the form reads German until then.
  const fetchEasyTexts = async () => {
    easyAsked = true;
    const easy = await api.form(request.api, request.service, undefined, 'de-x-ls').catch(() => undefined);
    if (!easy?.texts || easy.version !== form.version) return;
    form = { ...form, texts: easy.texts };
    if (i18n.language === 'de-x-ls') flow.retext(inLanguage(form, 'de-x-ls'));
    request.host.requestUpdate();
  };
  return {
    render: () => {
      // The kit's texts follow the page's (or the citizen's) language as it changes; the form's own texts with them.
      if (i18n.language !== language) {
        language = i18n.language;
        if (language === 'de-x-ls' && !easyAsked) void fetchEasyTexts();
        flow.retext(inLanguage(form, language));
      }
      return renderFlow(flow);
    },
    updated: (root) => flow.updated(root),
    sessionChanged: () => flow.sessionChanged(),
  };
}

type Texts = FormMessages['applicationForm'];

/** A service that cannot be applied for here: say so and why, and show nothing to fill in. */
function notice(i18n: LocalizeController<FormMessages>, title: (t: Texts) => string, lines: (t: Texts) => string[]): LoadedForm {
  return {
    render: () => {
      const t = i18n.messages.applicationForm;
      return html`<section class="unavailable" part="unavailable" aria-labelledby="form-title">
        <h2 id="form-title" part="title">${title(t)}</h2>
        ${lines(t).map((line) => html`<p>${line}</p>`)}
      </section>`;
    },
    updated: () => undefined,
    sessionChanged: () => undefined,
  };
}
