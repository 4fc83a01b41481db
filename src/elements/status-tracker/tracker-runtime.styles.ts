import { css } from 'lit';
import { token } from '../../styles/tokens.ts';

/** The tracker's styles, loaded with its behaviour. */
export const styles = css`
  form {
    display: grid;
    gap: ${token.spaceM};
    max-width: 32em;
    margin-bottom: ${token.spaceL};
  }
  form > button {
    justify-self: start;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  .field p {
    margin: 0;
  }
  label {
    font-weight: bold;
  }
  .hint {
    font-size: 0.9em;
  }
  .applications {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: ${token.spaceM};
  }
  article {
    padding: ${token.spaceM};
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    background: ${token.colorSurface};
  }
  article h3:focus {
    outline-offset: 2px;
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    row-gap: ${token.spaceS};
    column-gap: ${token.spaceM};
    margin: 0;
    margin-block-end: ${token.spaceM};
  }
  dt {
    font-size: 0.9em;
  }
  dd {
    margin: 0;
    font-weight: bold;
  }
  h4 {
    font-size: 1em;
  }
  ol {
    margin: 0;
    padding: 0 0 0 ${token.spaceM};
    list-style: none;
    border-inline-start: 3px solid ${token.colorPrimary};
  }
  li[part='entry'] {
    padding: 0 0 ${token.spaceS};
  }
  li[part='entry']:last-child {
    padding-bottom: 0;
  }
  .entry-status {
    font-weight: bold;
    margin-inline-end: ${token.spaceS};
  }
  [part='message'] {
    margin: 0.25em 0 0;
    padding: ${token.spaceS};
    border-inline-start: 3px solid ${token.colorBorder};
  }
  .message-label {
    font-weight: bold;
  }
  .answer-text {
    margin: 0.25em 0 0;
    padding: ${token.spaceS};
    border-inline-start: 3px solid ${token.colorPrimary};
    white-space: pre-line;
  }
  [part~='answer-files'] {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .answer {
    border-block-start: 1px solid ${token.colorBorder};
    margin-block-start: ${token.spaceM};
    padding-block-start: ${token.spaceM};
  }
  .answer form {
    margin-bottom: 0;
  }
  .chosen-files {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .chosen-files button {
    margin-inline-start: ${token.spaceS};
  }
  .answer-sent {
    font-weight: bold;
  }
  .status-mail {
    margin-block: ${token.spaceM};
  }
  .status-mail .choice {
    display: flex;
    align-items: center;
    gap: ${token.spaceS};
  }
  .status-mail label {
    margin: 0;
  }
  .status-mail .hint {
    margin: 0.25em 0 0;
  }
  [aria-disabled='true'] {
    cursor: progress;
  }
  @media print {
    form,
    .answer,
    .status-mail,
    .receipt-download {
      display: none;
    }
    article {
      border: 0;
      break-inside: avoid;
    }
  }
`;
