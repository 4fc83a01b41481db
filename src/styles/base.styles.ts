import { css } from 'lit';
import { token } from './tokens.ts';

/**
 * What every element shares: the host's font and colour, inherited text properties reset (a host page's
 * `text-transform` or `letter-spacing` must not reach the widgets), em-based sizes (a host's
 * `html { font-size: 62.5% }` must not shrink them), native controls and a focus ring visible on light and dark.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: ${token.fontFamily};
    font-size: ${token.fontSize};
    color: ${token.colorText};
    line-height: 1.5;
    text-align: start;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* A page's \`* { … }\` rules reach the host element itself and beat :host; its children start clean. */
  :host > * {
    box-sizing: border-box;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    font-style: normal;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 ${token.spaceS};
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.25em;
  }
  p {
    margin: 0 0 ${token.spaceS};
  }
  a {
    color: inherit;
    text-decoration: underline;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    letter-spacing: inherit;
    margin: 0;
    max-width: 100%;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid ${token.colorPrimary};
    border-radius: ${token.radius};
    background: ${token.colorPrimary};
    color: ${token.colorPrimaryText};
    cursor: pointer;
    text-align: center;
    line-height: 1.2;
  }
  button.secondary {
    background: ${token.colorInputBackground};
    color: ${token.colorPrimary};
  }
  button.link {
    min-height: auto;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    display: block;
    width: 100%;
    min-height: 2.75em;
    padding: 0.4em 0.6em;
    border: 2px solid ${token.colorBorder};
    border-radius: ${token.radius};
    background: ${token.colorInputBackground};
    color: ${token.colorInputText};
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.5em;
    height: 1.5em;
    flex: none;
    margin: 0;
    accent-color: ${token.colorPrimary};
  }
  [aria-invalid='true'] {
    border-color: ${token.colorError} !important;
  }
  :focus-visible {
    outline: 3px solid ${token.colorFocus};
    outline-offset: 0;
    box-shadow: 0 0 0 6px ${token.colorFocusOuter};
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .error-text {
    color: ${token.colorError};
    font-weight: bold;
  }
  .panel {
    padding: ${token.spaceM};
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    background: ${token.colorSurface};
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: filter 0.1s;
    }
  }
  button:hover:not(:disabled) {
    filter: brightness(1.1);
  }
  /*
   * Windows high contrast (forced colours): the browser replaces every colour with the user's few system colours
   * and drops box shadows and background images. What carries meaning must then be a border, an outline or text:
   * the focus ring becomes a thick outline in the highlight colour, buttons keep a border, a disabled button says
   * so in GrayText, and an invalid field gets a thicker border in the mark colour besides its error message.
   */
  @media (forced-colors: active) {
    :focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 2px;
      box-shadow: none;
    }
    button {
      border: 2px solid ButtonText;
    }
    button.link {
      color: LinkText;
    }
    button:disabled {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }
    input:not([type='checkbox']):not([type='radio']),
    select,
    textarea {
      border-color: CanvasText;
    }
    [aria-invalid='true'] {
      border-width: 4px !important;
      border-style: double !important;
    }
    .panel {
      border-color: CanvasText;
    }
  }
`;
