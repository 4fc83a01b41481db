import { css, html, nothing, type TemplateResult } from 'lit';
import { token } from '../styles/tokens.ts';
import type { Messages } from './de/index.ts';
import { chosenLanguage } from './language-choice.ts';
import { chooseLanguage, type LocalizeController } from './localize.ts';

/**
 * The "Leichte Sprache" switch at the top of a widget (issue 12): the citizen turns Leichte Sprache on for every
 * widget of the page at once, and off again to the page's own language. A toggle button (aria-pressed), so that
 * screen readers say its state and nothing else needs announcing. Focus stays on it: it is the same button after
 * the widgets have switched. A page written in Leichte Sprache needs no switch.
 */
export function renderLanguageSwitch(i18n: LocalizeController<Pick<Messages, 'common'>>): TemplateResult | typeof nothing {
  if (i18n.pageLanguage === 'de-x-ls') return nothing;
  const on = chosenLanguage() === 'de-x-ls';
  // lang="de": the switch keeps its German name on English pages too, and must be pronounced as German there.
  return html`<div class="language-switch">
    <button
      type="button"
      part="language-switch"
      lang="de"
      aria-pressed=${on ? 'true' : 'false'}
      @click=${() => chooseLanguage(on ? undefined : 'de-x-ls')}
    >
      ${i18n.messages.common.leichteSprache}
    </button>
  </div>`;
}

/**
 * Small and out of the way, at the end of the widget's first line. The state shows as a box with a tick, not
 * by colour alone, so that it also shows in forced colours (where backgrounds are replaced).
 */
export const languageSwitchStyles = css`
  .language-switch {
    display: flex;
    justify-content: flex-end;
    margin: 0 0 ${token.spaceS};
  }
  .language-switch button {
    min-height: 2em;
    padding: 0.2em 0.6em;
    font-size: 0.9em;
    background: ${token.colorInputBackground};
    color: ${token.colorPrimary};
  }
  .language-switch button::before {
    content: '' / '';
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-radius: 2px;
    line-height: 1;
  }
  .language-switch button[aria-pressed='true'] {
    background: ${token.colorPrimary};
    color: ${token.colorPrimaryText};
  }
  .language-switch button[aria-pressed='true']::before {
    content: '✓' / '';
  }
`;
