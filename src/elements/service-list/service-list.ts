import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Municipality, ServiceEntry } from '../../../contract/catalogue.ts';
import { api } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { apiBase, pageMunicipality } from '../../config/page-config.ts';
import { emit } from '../../events/events.ts';
import { languageSwitchStyles, renderLanguageSwitch } from '../../i18n/language-switch.ts';
import { serviceList } from '../../i18n/de/service-list.ts';
import { localizeElement } from '../../i18n/messages.ts';
import { defineElement } from '../../internal/define.ts';
import { baseStyles } from '../../styles/base.styles.ts';
import { rememberedMunicipality, towns } from './municipality-choice.ts';
import { PLACE_INPUT_ID, renderMunicipalityPicker } from './municipality-picker.ts';
import { ServiceIndex, type ServiceFilter } from './search-index.ts';
import { itemHeadingId, renderOffice, renderServiceItem } from './service-item.ts';
import { styles } from './service-list.styles.ts';

const localize = localizeElement('serviceList', serviceList);
/** Entries rendered at a time: enough to scan, few enough that a catalogue of thousands stays quick. */
const PAGE_SIZE = 50;
const SEARCH_INPUT_ID = 'search';

/**
 * @tagname rathaus-service-list
 * @summary The services a town's residents can use, searchable, with the way to apply online or the office to visit.
 *
 * Lists the services of the page's municipality, including the county's services for its residents. Each entry says
 * whether it can be applied for online here; otherwise it shows the responsible Bürgerbüro. On the county's own
 * portal (no municipality configured) it first asks which town the citizen lives in and remembers the answer for the
 * visit.
 *
 * Attributes:
 * - `municipality` – slug of the town, e.g. "syke"; overrides `<meta name="rathaus-municipality">`.
 * - `api` – base URL of the API; overrides `<meta name="rathaus-api">`.
 * - `form-url` – the page holding the application form, a template with `{service}` (LeiKa key) and
 *   `{municipality}` (slug), e.g. "/antrag.html?service={service}".
 * - `lang` – "de" (default), "en" or "de-x-ls" (Leichte Sprache); else the page's language. The citizen can turn
 *   Leichte Sprache on for every widget of the page with the switch at the top.
 *
 * @fires rathaus-service-select - The citizen chose "Online beantragen". Cancelable; detail `{ service, municipality,
 *   formUrl }`. Unless prevented, the element then navigates to `formUrl` (if `form-url` is set).
 * @fires rathaus-municipality-select - On the county portal, the citizen said which town they live in. Detail `{ municipality }`.
 *
 * @csspart language-switch - The "Leichte Sprache" toggle button at the top, for every widget of the page.
 * @csspart search - The search field and its label.
 * @csspart filters - The category select and the "Nur online möglich" checkbox.
 * @csspart status - The live region with the number of matches, and the loading message.
 * @csspart list - The list of services.
 * @csspart item - One service.
 * @csspart item-title - A service's name (an h3).
 * @csspart mode - The "Online möglich" / "Nur vor Ort" / "Ab … online" marker.
 * @csspart apply-button - The "Online beantragen" button.
 * @csspart office - The Bürgerbüro's address, phone, e-mail and opening hours.
 * @csspart details - The fee and documents (a native details element).
 * @csspart show-more - The button that shows further matches.
 * @csspart no-match - Shown when nothing matches: the way back, the Bürgerbüro's contact and the categories to browse.
 * @csspart error - The message and retry button when loading failed.
 * @csspart place - "Ort: Syke – ändern" on the county portal.
 * @csspart municipality-picker - The form asking for the citizen's town.
 */
export class RathausServiceList extends LitElement {
  static override styles = [baseStyles, languageSwitchStyles, styles];

  /** Slug of the municipality whose residents the list is for; overrides the page's meta tag. */
  @property() municipality?: string;

  /** Base URL of the API; overrides the page's meta tag. */
  @property() api?: string;

  /** URL template of the form page, with `{service}` and `{municipality}` placeholders. */
  @property({ attribute: 'form-url' }) formUrl?: string;

  private readonly i18n = localize(this);

  /** The town chosen on the county portal (only used when the page names none). */
  @state() private chosen = rememberedMunicipality.read();
  @state() private query = '';
  @state() private category = '';
  @state() private onlineOnly = false;
  @state() private limit = PAGE_SIZE;
  @state() private placeError?: string;

  private readonly places = new Task(this, {
    task: ([base], { signal }) => api.municipalities(base, signal),
    args: () => [apiBase(this, this.api)] as const,
  });

  private readonly services = new Task(this, {
    task: async ([base, slug], { signal }) => {
      if (!slug) return undefined;
      const list = await api.services(base, slug, signal);
      // Folded once per load, so that each keystroke only compares prepared strings.
      return { slug, index: new ServiceIndex(list.services, list.synonyms) };
    },
    args: () => [apiBase(this, this.api), this.slug] as const,
  });

  /** True on the county's portal: neither the element nor the page names a municipality. */
  private get isPortal(): boolean {
    return pageMunicipality(this, this.municipality) === undefined;
  }

  private get currentFilter(): ServiceFilter {
    return { query: this.query, category: this.category, onlineOnly: this.onlineOnly };
  }

  private get slug(): string | undefined {
    return pageMunicipality(this, this.municipality) ?? this.chosen;
  }

  protected override willUpdate(): void {
    // A town remembered from an earlier visit that the API no longer knows: ask again instead of failing.
    const places = this.places.value;
    if (this.isPortal && this.chosen && places && !towns(places).some((town) => town.slug === this.chosen)) {
      rememberedMunicipality.forget();
      this.chosen = undefined;
    }
  }

  override render() {
    return html`<div class="root" lang=${ifDefined(this.i18n.textLang)}>${renderLanguageSwitch(this.i18n)}${this.renderContent()}</div>`;
  }

  private renderContent() {
    if (!this.slug) {
      return this.places.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        error: (error) => this.renderError(error),
        complete: (municipalities) =>
          renderMunicipalityPicker({
            messages: this.i18n.messages.serviceList,
            municipalities,
            error: this.placeError,
            onChoose: (municipality) => this.choose(municipality),
            onError: (message) => (this.placeError = message),
          }),
      });
    }
    const tasks = [this.places, this.services];
    const failed = tasks.find((task) => task.status === TaskStatus.ERROR);
    if (failed) return this.renderError(failed.error);
    const municipalities = this.places.value;
    const loaded = this.services.value;
    if (tasks.some((task) => task.status !== TaskStatus.COMPLETE) || !municipalities || !loaded) return this.renderLoading();
    return html`${this.isPortal ? this.renderPlace(municipalities, loaded.slug) : nothing}${this.renderServices(loaded.index, loaded.slug, municipalities)}`;
  }

  private renderLoading() {
    return html`<p role="status" part="status">${this.i18n.messages.common.loading}</p>`;
  }

  private renderError(error: unknown) {
    const { common, serviceList: t } = this.i18n.messages;
    const unknownPlace = error instanceof ApiProblem && error.status === 404 && this.slug;
    return html`
      <div part="error" class="error">
        <p role="alert" class="error-text">${unknownPlace ? t.unknownMunicipality(this.slug!) : common.loadFailed}</p>
        <button class="secondary" data-retry @click=${this.retry}>${common.retry}</button>
      </div>
    `;
  }

  private renderPlace(municipalities: readonly Municipality[], slug: string) {
    const t = this.i18n.messages.serviceList;
    const name = municipalities.find((municipality) => municipality.slug === slug)?.shortName ?? slug;
    return html`
      <p part="place" class="place">
        ${t.place}: <strong>${name}</strong> –
        <button class="link" aria-label=${t.changePlace} @click=${this.changePlace}>${t.change}</button>
      </p>
    `;
  }

  private renderServices(index: ServiceIndex, slug: string, municipalities: readonly Municipality[]) {
    const { messages } = this.i18n;
    const t = messages.serviceList;
    if (index.entries.length === 0) return html`<p role="status" part="status">${t.empty}</p>`;
    const matches = index.search(this.currentFilter);
    const offices = new Map(municipalities.map((municipality) => [municipality.slug, municipality.office]));
    const context = {
      messages,
      municipality: slug,
      date: (value: string) => this.i18n.date(value),
      office: (of: string) => offices.get(of),
      onApply: (entry: ServiceEntry) => this.apply(entry, slug),
    };
    return html`
      <div part="search" class="search" role="search">
        <label for=${SEARCH_INPUT_ID}>${t.searchLabel}</label>
        <p id="search-hint" class="hint">${t.searchHint}</p>
        <input
          id=${SEARCH_INPUT_ID}
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="search-hint"
          .value=${live(this.query)}
          @input=${(event: InputEvent) => this.filter({ query: (event.target as HTMLInputElement).value })}
        />
      </div>
      <fieldset part="filters" class="filters">
        <legend class="visually-hidden">${t.filters}</legend>
        <div class="field">
          <label for="category">${t.category}</label>
          <select id="category" @change=${(event: Event) => this.filter({ category: (event.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${this.category === ''}>${t.allCategories}</option>
            ${index.categories.map((category) => html`<option value=${category} ?selected=${this.category === category}>${category}</option>`)}
          </select>
        </div>
        <div class="checkbox">
          <input
            id="online-only"
            type="checkbox"
            .checked=${live(this.onlineOnly)}
            @change=${(event: Event) => this.filter({ onlineOnly: (event.target as HTMLInputElement).checked })}
          />
          <label for="online-only">${t.onlineOnly}</label>
        </div>
      </fieldset>
      <p role="status" part="status" class="count">${t.results(matches.length, this.i18n.number(matches.length))}</p>
      ${
        matches.length === 0
          ? this.renderNoMatch(index, offices.get(slug))
          : html`<ul part="list" class="list" aria-label=${t.listLabel}>
              ${matches.slice(0, this.limit).map((entry) => renderServiceItem(entry, context))}
            </ul>`
      }
      ${
        matches.length > this.limit
          ? html`<button part="show-more" class="secondary" @click=${this.showMore}>
              ${t.showMore(this.i18n.number(matches.length - this.limit))}
            </button>`
          : nothing
      }
    `;
  }

  /** Nothing found: the way back, the Bürgerbüro to ask, and the categories to browse instead (issue 12). */
  private renderNoMatch(index: ServiceIndex, office: Municipality['office'] | undefined) {
    const t = this.i18n.messages.serviceList;
    return html`
      <div part="no-match" class="no-match">
        <p>${t.noMatch}</p>
        <button class="secondary" @click=${this.reset}>${t.reset}</button>
        ${
          office
            ? html`<p>${t.askOffice}</p>
                ${renderOffice(office, t)}`
            : nothing
        }
        <p id="browse-categories">${t.browseCategories}</p>
        <ul class="categories" aria-labelledby="browse-categories">
          ${index.categories.map(
            (category) =>
              html`<li>
                <button class="link" aria-label=${t.showCategory(category)} @click=${() => this.browse(category)}>${category}</button>
              </li>`,
          )}
        </ul>
      </div>
    `;
  }

  private async browse(category: string) {
    this.filter({ query: '', category, onlineOnly: false });
    await this.updateComplete;
    this.moveFocus('#category');
  }

  private filter(change: Partial<ServiceFilter>) {
    if (change.query !== undefined) this.query = change.query;
    if (change.category !== undefined) this.category = change.category;
    if (change.onlineOnly !== undefined) this.onlineOnly = change.onlineOnly;
    this.limit = PAGE_SIZE;
  }

  private async reset() {
    this.filter({ query: '', category: '', onlineOnly: false });
    await this.updateComplete;
    this.moveFocus(`#${SEARCH_INPUT_ID}`);
  }

  private async showMore() {
    const firstNew = this.services.value?.index.search(this.currentFilter)[this.limit];
    this.limit += PAGE_SIZE;
    await this.updateComplete;
    if (firstNew) this.moveFocus(`#${itemHeadingId(firstNew)}`);
  }

  private apply(service: ServiceEntry, municipality: string) {
    const formUrl = this.formUrl
      ? new URL(
          this.formUrl
            .replaceAll('{service}', encodeURIComponent(service.key))
            .replaceAll('{municipality}', encodeURIComponent(municipality)),
          this.ownerDocument.baseURI,
        ).href
      : undefined;
    const proceed = emit(this, 'rathaus-service-select', { service, municipality, formUrl }, { cancelable: true });
    if (proceed && formUrl) window.location.assign(formUrl);
  }

  private choose(municipality: Municipality) {
    rememberedMunicipality.write(municipality.slug);
    this.chosen = municipality.slug;
    this.placeError = undefined;
    this.filter({ query: '', category: '', onlineOnly: false });
    emit(this, 'rathaus-municipality-select', { municipality: municipality.slug });
    void this.focusWhenLoaded(`#${SEARCH_INPUT_ID}`);
  }

  private changePlace() {
    rememberedMunicipality.forget();
    this.chosen = undefined;
    void this.focusWhenLoaded(`#${PLACE_INPUT_ID}`);
  }

  private retry() {
    for (const task of [this.places, this.services]) if (task.status === TaskStatus.ERROR) void task.run();
    void this.focusWhenLoaded(this.slug ? `#${SEARCH_INPUT_ID}` : `#${PLACE_INPUT_ID}`);
  }

  /**
   * Moves focus to `selector` once the data has arrived, or to the retry button if it failed again, because the
   * control the citizen used (a town, "ändern", "Erneut versuchen") has gone from the page.
   */
  private async focusWhenLoaded(selector: string) {
    await this.updateComplete;
    await Promise.allSettled([this.places.taskComplete, this.services.taskComplete]);
    await this.updateComplete;
    if (!this.moveFocus('[data-retry]')) this.moveFocus(selector);
  }

  private moveFocus(selector: string): boolean {
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus();
    return Boolean(target);
  }
}

defineElement('rathaus-service-list', RathausServiceList);

declare global {
  interface HTMLElementTagNameMap {
    'rathaus-service-list': RathausServiceList;
  }
}
