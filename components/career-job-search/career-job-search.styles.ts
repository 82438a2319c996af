import {css} from 'lit';

export const styles = css`
  li + li {
    margin-block-start: 0.5em;
  }
  .step {
    display: block;
  }
`;
