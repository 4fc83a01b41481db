import { css } from 'lit';
import { token } from '../../styles/tokens.ts';

/** The rendered form's styles, loaded with the renderer. */
export const styles = css`
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.spaceS};
    margin: 0 0 ${token.spaceM};
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .progress li {
    counter-increment: step;
    padding: 0.2em 0.6em;
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
  }
  .progress li::before {
    content: counter(step) '. ';
  }
  .progress li.current {
    border-width: 2px;
    border-color: ${token.colorPrimary};
    font-weight: bold;
  }
  .progress li.done {
    border-style: dashed;
  }
  .caption {
    display: block;
    /* 14px at the kit's smallest base size (16px); never smaller (issue 12). */
    font-size: 0.875em;
    font-weight: normal;
  }
  [tabindex='-1']:focus {
    outline: 3px solid ${token.colorFocus};
    outline-offset: 2px;
  }
  .intro,
  .hint {
    max-width: 38em;
  }
  .field,
  .group,
  .repeat {
    margin: 0 0 ${token.spaceL};
  }
  fieldset {
    min-width: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    font-weight: bold;
  }
  .group,
  .item {
    padding: ${token.spaceM};
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
  }
  .item {
    margin: 0 0 ${token.spaceM};
  }
  .item > legend,
  .group > legend {
    padding: 0 0.3em;
  }
  .repeat > legend {
    margin-bottom: ${token.spaceS};
    font-size: 1.1em;
  }
  label {
    display: block;
    margin-bottom: 0.25em;
    font-weight: bold;
  }
  .required {
    font-weight: normal;
  }
  .hint {
    margin: 0 0 0.4em;
  }
  .field.has-error {
    padding-left: ${token.spaceS};
    border-left: 4px solid ${token.colorError};
  }
  .error-message {
    margin: 0 0 0.4em;
    color: ${token.colorError};
    font-weight: bold;
  }
  .choices {
    display: grid;
    gap: ${token.spaceS};
  }
  .choice {
    display: flex;
    align-items: center;
    gap: ${token.spaceS};
  }
  .choice label {
    margin: 0;
    font-weight: normal;
  }
  textarea {
    resize: vertical;
  }
  input[type='date'],
  input[inputmode] {
    max-width: 14em;
  }
  .file-chosen {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.spaceS};
    margin-top: ${token.spaceS};
  }
  .notice,
  .gate {
    margin: 0 0 ${token.spaceM};
    padding: ${token.spaceM};
    border-left: 4px solid ${token.colorPrimary};
  }
  .providers {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.spaceS};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary {
    margin: 0 0 ${token.spaceL};
    padding: ${token.spaceM};
    border: 4px solid ${token.colorError};
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.2em;
  }
  .error-summary a {
    color: ${token.colorError};
    font-weight: bold;
  }
  .failure {
    margin: ${token.spaceM} 0;
    padding: ${token.spaceM};
    border-left: 4px solid ${token.colorError};
  }
  .sending {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.spaceM};
    margin-top: ${token.spaceL};
  }
  h4,
  h5 {
    margin: ${token.spaceS} 0;
    line-height: 1.25;
  }
  h4 {
    font-size: 1.1em;
  }
  h5 {
    font-size: 1em;
  }
  .answers-step {
    margin: 0 0 ${token.spaceL};
  }
  .answers-heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: ${token.spaceS};
    border-bottom: 1px solid ${token.colorBorder};
  }
  dl {
    margin: 0;
  }
  .answer {
    display: grid;
    grid-template-columns: minmax(8em, 2fr) 3fr;
    gap: ${token.spaceS};
    padding: ${token.spaceS} 0;
    border-bottom: 1px solid ${token.colorBorder};
  }
  .answer dt {
    font-weight: bold;
  }
  .answer dd {
    margin: 0;
    white-space: pre-line;
  }
  .answer-items {
    margin: 0;
    padding-left: 1.2em;
  }
  .item-title {
    font-weight: bold;
  }
  .receipt {
    padding: ${token.spaceM};
    border: 3px solid ${token.colorSuccess};
    border-radius: ${token.radius};
  }
  .receipt-facts > div {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: ${token.spaceS};
    margin-bottom: ${token.spaceS};
  }
  .receipt-facts dt {
    font-weight: bold;
  }
  .receipt-facts dd {
    margin: 0;
  }
  [part~='reference'],
  [part~='access-code'] {
    font-family: monospace, monospace;
    font-size: 1.25em;
    font-weight: bold;
  }
  @media (max-width: 30em) {
    .answer {
      grid-template-columns: 1fr;
    }
  }
  /* Printing the receipt page: the receipt alone, without buttons or colours that waste ink. */
  @media print {
    .receipt {
      border: 0;
      padding: 0;
    }
    button,
    .receipt-download,
    [part~='progress'] {
      display: none !important;
    }
    .receipt-facts dd {
      color: #000;
    }
  }
`;
