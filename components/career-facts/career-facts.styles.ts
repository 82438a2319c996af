import {css} from 'lit';

export const styles = css`
  dl {
    display: grid;
    gap: 0.75em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  dd > span:not(.year) {
    display: block;
  }
  .year {
    font-size: 0.875em;
  }
`;
