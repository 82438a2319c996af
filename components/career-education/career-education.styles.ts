import {css} from 'lit';

export const styles = css`
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.75em;
  }
`;
