import { html, nothing } from 'lit';
import type { Municipality } from '../../../contract/catalogue.ts';
import type { Messages } from '../../i18n/messages.ts';
import { findMunicipality, towns, type PlaceMatch } from './municipality-choice.ts';

export const PLACE_INPUT_ID = 'place';

export interface MunicipalityPickerContext {
  messages: Messages['serviceList'];
  municipalities: readonly Municipality[];
  /** The message for the last input that found no town, if any. */
  error?: string;
  onChoose: (municipality: Municipality) => void;
  onError: (message: string) => void;
}

/**
 * The county portal's first question: which town the citizen lives in, typed as name or postcode, or picked from
 * the list of towns. A wrong input gets its message next to the field.
 */
export function renderMunicipalityPicker(context: MunicipalityPickerContext) {
  const t = context.messages.picker;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = new FormData(event.target as HTMLFormElement).get(PLACE_INPUT_ID);
    const match = findMunicipality(context.municipalities, typeof input === 'string' ? input : '');
    if (match.kind === 'found') context.onChoose(match.municipality);
    else context.onError(problemMessage(match, context.messages));
  };
  return html`
    <form part="municipality-picker" class="picker" novalidate @submit=${onSubmit}>
      <label for=${PLACE_INPUT_ID}>${t.label}</label>
      <p id="place-hint" class="hint">${t.hint}</p>
      <div class="picker-row">
        <input
          id=${PLACE_INPUT_ID}
          name=${PLACE_INPUT_ID}
          type="text"
          autocomplete="off"
          spellcheck="false"
          aria-invalid=${context.error ? 'true' : 'false'}
          aria-describedby=${context.error ? 'place-hint place-error' : 'place-hint'}
        />
        <button type="submit">${t.submit}</button>
      </div>
      ${context.error ? html`<p id="place-error" class="error-text" role="alert">${context.error}</p>` : nothing}
    </form>
    <p id="towns-label">${t.orChoose}</p>
    <ul class="towns" aria-labelledby="towns-label">
      ${towns(context.municipalities)
        .sort((a, b) => a.shortName.localeCompare(b.shortName, 'de'))
        .map(
          (town) =>
            html`<li><button type="button" class="secondary" @click=${() => context.onChoose(town)}>${town.shortName}</button></li>`,
        )}
    </ul>
  `;
}

function problemMessage(match: Exclude<PlaceMatch, { kind: 'found' }>, messages: Messages['serviceList']): string {
  const t = messages.picker;
  switch (match.kind) {
    case 'empty':
      return t.empty;
    case 'unknown-postcode':
      return t.unknownPostcode(match.postcode);
    case 'unknown-name':
      return t.unknownName(match.input);
    case 'ambiguous':
      return t.ambiguous(match.candidates.map((candidate) => candidate.shortName).join(', '));
  }
}
