import { css } from 'lit';
import { token } from '../../styles/tokens.ts';

export const styles = css`
  :host {
    display: inline-block;
  }
  .signed-in {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token.spaceS};
  }
  ul {
    list-style: none;
    margin: ${token.spaceS} 0 0;
    padding: 0;
    display: grid;
    gap: ${token.spaceS};
  }
  [role='alert'],
  [role='status'] {
    margin-top: ${token.spaceS};
  }
`;
