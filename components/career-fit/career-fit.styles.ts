import {css} from 'lit';

export const styles = css`
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.75em;
  }
  .code {
    font-weight: 600;
    letter-spacing: 0.05em;
  }
  dd.code {
    text-align: start;
    unicode-bidi: isolate;
  }
`;
