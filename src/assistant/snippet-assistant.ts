import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { KitRelease } from '../../contract/kit-release.ts';
import { api } from '../api/client.ts';
import { apiBase } from '../config/page-config.ts';
import '../elements/login-button/login-button.ts';
import '../elements/service-list/service-list.ts';
import '../elements/status-tracker/status-tracker.ts';
import { defineElement } from '../internal/define.ts';
import { baseStyles } from '../styles/base.styles.ts';
import { TOKENS } from '../styles/tokens.ts';
import { contrastChecks, parseHex } from './contrast.ts';
import { buildSnippet, type Widget } from './snippet.ts';

const WIDGETS: [Widget, string][] = [
  ['services', 'Dienstleistungen (rathaus-service-list)'],
  ['login', 'Anmelden (rathaus-login-button)'],
  ['tracker', 'Antragsstatus (rathaus-status-tracker)'],
];
const [PRIMARY, PRIMARY_DEFAULT] = TOKENS.colorPrimary;
const [PRIMARY_TEXT, PRIMARY_TEXT_DEFAULT] = TOKENS.colorPrimaryText;
const percent = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/**
 * The snippet assistant at /kit/assistant/ (not part of the kit's public API): a webmaster picks the town, the
 * widgets, the language and the brand colours, sees the kit's own elements live with those tokens, checks the
 * colours' contrast, and copies the snippet, pinned to the release with SRI.
 */
export class RathausSnippetAssistant extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        max-width: 72em;
      }
      form {
        display: grid;
        gap: 1.25em;
      }
      fieldset {
        border: 1px solid #6b6b6b;
        border-radius: 4px;
        padding: 0.75em 1em;
        margin: 0;
      }
      legend {
        font-weight: bold;
        padding: 0 0.25em;
      }
      .choice {
        display: flex;
        align-items: center;
        gap: 0.5em;
        margin: 0.25em 0;
      }
      .colour {
        display: grid;
        grid-template-columns: 3em minmax(8em, 12em);
        gap: 0.5em;
        align-items: center;
        margin-bottom: 0.5em;
      }
      .colour input[type='color'] {
        width: 3em;
        height: 2.75em;
        padding: 0;
      }
      .pass {
        color: #1e6b2f;
      }
      .fail {
        color: #b00020;
        font-weight: bold;
      }
      .preview {
        border: 2px dashed #6b6b6b;
        padding: 1em;
        display: grid;
        gap: 1em;
      }
      textarea {
        font-family: ui-monospace, monospace;
        font-size: 0.875em;
        min-height: 16em;
      }
    `,
  ];

  /** Base URL of the API; else the origin the kit was loaded from. */
  @property() api?: string;
  /** Issuers of the sign-in providers the county trusts, space-separated. */
  @property() issuers = '';
  /** The release whose URLs and SRI hashes the snippet pins; without it, the snippet uses the major channel. */
  @property({ attribute: false }) release?: KitRelease;

  @state() private municipality = '';
  @state() private widgets = new Set<Widget>(['services', 'login']);
  @state() private language: 'de' | 'en' = 'de';
  @state() private primary: string = PRIMARY_DEFAULT;
  @state() private primaryText: string = PRIMARY_TEXT_DEFAULT;
  @state() private page = '#ffffff';
  @state() private officeUrl = '';
  @state() private copied = '';

  private readonly towns = new Task(this, {
    task: ([base], { signal }) => api.municipalities(base, signal),
    args: () => [apiBase(this, this.api)] as const,
  });

  override render() {
    const towns = this.towns.value ?? [];
    const town = towns.find((candidate) => candidate.slug === this.municipality);
    const tokens: Record<string, string> = {};
    if (parseHex(this.primary) && this.primary.toLowerCase() !== PRIMARY_DEFAULT) tokens[PRIMARY] = this.primary.toLowerCase();
    if (parseHex(this.primaryText) && this.primaryText.toLowerCase() !== PRIMARY_TEXT_DEFAULT)
      tokens[PRIMARY_TEXT] = this.primaryText.toLowerCase();
    const base = apiBase(this, this.api);
    const snippet = buildSnippet(
      {
        kitBase: new URL('../kit/', `${new URL(base).origin}/`).href,
        api: base,
        municipality: this.municipality,
        widgets: WIDGETS.map(([id]) => id).filter((id) => this.widgets.has(id)),
        lang: this.language,
        tokens,
        issuers: this.issuers.split(/\s+/).filter(Boolean),
        officeUrl: this.officeUrl,
        officeName: town ? `Bürgerbüro ${town.name}` : 'Bürgerbüro Ihrer Stadt oder Gemeinde',
      },
      this.release,
    );
    return html`
      <form @submit=${(event: Event) => event.preventDefault()}>
        <div>
          <label for="town">Stadt oder Gemeinde</label>
          ${this.towns.render({
            pending: () => html`<p role="status">Die Städte und Gemeinden werden geladen …</p>`,
            error: () => html`<p role="alert" class="fail">Die Städte und Gemeinden konnten nicht geladen werden.</p>`,
          })}
          <select id="town" @change=${(event: Event) => (this.municipality = (event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${this.municipality === ''}>Landkreis-Portal (fragt nach dem Wohnort)</option>
            ${towns.map((candidate) => html`<option value=${candidate.slug} ?selected=${candidate.slug === this.municipality}>${candidate.name}</option>`)}
          </select>
        </div>
        <fieldset>
          <legend>Bausteine</legend>
          ${WIDGETS.map(
            ([id, label]) =>
              html`<div class="choice">
                <input type="checkbox" id="widget-${id}" .checked=${this.widgets.has(id)} @change=${() => this.toggle(id)} />
                <label for="widget-${id}">${label}</label>
              </div>`,
          )}
        </fieldset>
        <fieldset>
          <legend>Sprache</legend>
          ${(
            [
              ['de', 'Deutsch'],
              ['en', 'Englisch'],
            ] as const
          ).map(
            ([id, label]) =>
              html`<div class="choice">
                <input type="radio" name="lang" id="lang-${id}" .checked=${this.language === id} @change=${() => (this.language = id)} />
                <label for="lang-${id}">${label}</label>
              </div>`,
          )}
        </fieldset>
        <fieldset>
          <legend>Farben der Stadt</legend>
          ${this.colour('primary', 'Hauptfarbe (Schaltflächen, Markierungen)', this.primary, (value) => (this.primary = value))}
          ${this.colour('primary-text', 'Schrift auf der Hauptfarbe', this.primaryText, (value) => (this.primaryText = value))}
          ${this.colour('page', 'Hintergrund Ihrer Seite', this.page, (value) => (this.page = value))}
          <h2>Kontrast (WCAG 2.1 AA)</h2>
          <ul id="contrast">
            ${contrastChecks({ primary: this.primary, primaryText: this.primaryText, page: this.page }).map(
              (check) =>
                html`<li class=${check.passes ? 'pass' : 'fail'} data-check=${check.id}>
                  ${check.label}:
                  ${
                    check.ratio === undefined
                      ? 'keine gültige Farbe (#rrggbb)'
                      : html`${percent.format(check.ratio)}:1 – ${check.passes ? 'erfüllt AA' : 'zu gering für AA'} (mindestens
                        ${percent.format(check.required)}:1)`
                  }
                </li>`,
            )}
          </ul>
        </fieldset>
        <div>
          <label for="office">Seite Ihres Bürgerbüros (für Besucher ohne JavaScript)</label>
          <input
            id="office"
            type="url"
            placeholder="https://www.beispiel.de/buergerbuero"
            .value=${this.officeUrl}
            @input=${(event: Event) => (this.officeUrl = (event.target as HTMLInputElement).value)}
          />
        </div>
      </form>
      <h2><label for="snippet">Ihr Baustein zum Einfügen</label></h2>
      <textarea id="snippet" readonly .value=${snippet}></textarea>
      <p>
        <button type="button" @click=${() => this.copy(snippet)}>Baustein kopieren</button>
      </p>
      <p role="status">${this.copied}</p>
      <h2>Vorschau</h2>
      <div class="preview" lang=${this.language}>
        ${this.widgets.has('login') ? html`<rathaus-login-button lang=${this.language}></rathaus-login-button>` : nothing}
        ${
          this.widgets.has('services')
            ? html`<rathaus-service-list
                lang=${this.language}
                api=${base}
                municipality=${ifDefined(this.municipality || undefined)}
              ></rathaus-service-list>`
            : nothing
        }
        ${this.widgets.has('tracker') ? html`<rathaus-status-tracker lang=${this.language} api=${base}></rathaus-status-tracker>` : nothing}
      </div>
    `;
  }

  /** The preview's tokens through the CSSOM: a style attribute would need 'unsafe-inline' in the page's CSP. */
  protected override updated(): void {
    const preview = this.renderRoot.querySelector<HTMLElement>('.preview');
    if (!preview) return;
    const valid = (value: string, fallback: string) => (parseHex(value) ? value : fallback);
    preview.style.setProperty(PRIMARY, valid(this.primary, PRIMARY_DEFAULT));
    preview.style.setProperty(PRIMARY_TEXT, valid(this.primaryText, PRIMARY_TEXT_DEFAULT));
    preview.style.setProperty('background', valid(this.page, '#ffffff'));
  }

  private colour(id: string, label: string, value: string, set: (value: string) => void) {
    const valid = parseHex(value) !== undefined;
    return html`<div>
      <label for="colour-${id}">${label}</label>
      <div class="colour">
        <input
          type="color"
          tabindex="-1"
          aria-hidden="true"
          .value=${valid ? value : '#000000'}
          @input=${(event: Event) => set((event.target as HTMLInputElement).value)}
        />
        <input
          id="colour-${id}"
          type="text"
          spellcheck="false"
          autocomplete="off"
          aria-invalid=${valid ? 'false' : 'true'}
          aria-describedby="contrast"
          .value=${value}
          @input=${(event: Event) => set((event.target as HTMLInputElement).value.trim())}
        />
      </div>
    </div>`;
  }

  private toggle(widget: Widget) {
    const next = new Set(this.widgets);
    if (!next.delete(widget)) next.add(widget);
    this.widgets = next;
  }

  private async copy(snippet: string) {
    try {
      // A browser that asks for permission may never answer (headless, embedded views): give it two seconds.
      await Promise.race([
        navigator.clipboard.writeText(snippet),
        new Promise((_resolve, reject) => setTimeout(() => reject(new Error('no answer')), 2000)),
      ]);
      this.copied = 'Der Baustein ist in der Zwischenablage.';
    } catch {
      // Without clipboard permission: select it, so that Strg+C copies it.
      const area = this.renderRoot.querySelector('textarea')!;
      area.focus();
      area.select();
      this.copied = 'Der Baustein ist markiert: kopieren Sie ihn mit Strg+C.';
    }
  }
}

defineElement('rathaus-snippet-assistant', RathausSnippetAssistant);

declare global {
  interface HTMLElementTagNameMap {
    'rathaus-snippet-assistant': RathausSnippetAssistant;
  }
}
