import { css } from 'lit';

/** The element's own styles; the rendered form's come with the renderer (form-runtime.styles.ts). */
export const styles = css`
  :host {
    max-width: 42em;
  }
`;
