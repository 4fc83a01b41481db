import { css } from 'lit';
import { token } from '../../styles/tokens.ts';

export const styles = css`
  /*
   * A page's rule for every element (* { text-transform: uppercase; box-sizing: content-box }) also matches the host
   * and wins over :host there, so the wrapper sets the inherited text properties again for everything inside.
   */
  .root {
    box-sizing: border-box;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    display: grid;
    gap: ${token.spaceM};
  }
  .root > * {
    margin: 0;
  }
  .hint {
    margin: 0.25em 0 0.5em;
    font-size: 0.9em;
  }
  .search input {
    max-width: 40em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: ${token.spaceM};
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .field {
    flex: 1 1 16em;
    max-width: 24em;
  }
  .checkbox {
    display: flex;
    align-items: center;
    gap: ${token.spaceS};
    min-height: 2.75em;
  }
  .count {
    font-weight: bold;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: ${token.spaceM};
  }
  .list > li {
    padding: ${token.spaceM};
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    background: ${token.colorSurface};
  }
  h3:focus {
    outline: 3px solid ${token.colorFocus};
    outline-offset: 2px;
  }
  .modes {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.spaceS};
  }
  .mode {
    display: inline-block;
    padding: 0.1em 0.6em;
    border: 2px solid currentColor;
    border-radius: ${token.radius};
    font-size: 0.9em;
    font-weight: bold;
  }
  .mode.online {
    color: ${token.colorSuccess};
  }
  .handled-by {
    font-style: italic;
  }
  .office {
    border-inline-start: 4px solid ${token.colorBorder};
    margin-bottom: ${token.spaceS};
    padding-inline-start: ${token.spaceM};
  }
  .hours-title {
    margin: 0;
    font-weight: bold;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em ${token.spaceM};
    margin: 0;
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0;
  }
  dd ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  details {
    margin-top: ${token.spaceS};
  }
  summary {
    cursor: pointer;
    min-height: 2.75em;
    display: list-item;
    padding: 0.6em 0;
    text-decoration: underline;
  }
  details[open] > dl {
    margin-top: ${token.spaceS};
  }
  .place button.link {
    font-weight: bold;
    /* The link-styled button keeps a touch target of 44 px. */
    min-height: 2.75em;
  }
  .picker-row {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.spaceS};
  }
  .picker-row input {
    flex: 1 1 14em;
    width: auto;
    max-width: 24em;
  }
  .error-text {
    margin: ${token.spaceS} 0 0;
  }
  .towns {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: ${token.spaceS};
  }
  .error {
    display: grid;
    justify-items: start;
    gap: ${token.spaceS};
  }
  @media (max-width: 30em) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-bottom: 0.25em;
    }
  }

  .categories {
    display: flex;
    flex-wrap: wrap;
    row-gap: ${token.spaceS};
    column-gap: ${token.spaceL};
    list-style: none;
    margin: 0;
    padding: 0;
  }
`;
