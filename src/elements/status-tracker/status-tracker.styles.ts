import { css } from 'lit';
import { token } from '../../styles/tokens.ts';

/** The element's own styles; the rest come with its behaviour (tracker-runtime.styles.ts). */
export const styles = css`
  [part='error'] {
    margin-top: ${token.spaceS};
  }
`;
