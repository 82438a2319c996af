import {css} from 'lit';

export const styles = css`
  ul {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: 0.5em;
  }
  .name {
    display: block;
  }
`;
