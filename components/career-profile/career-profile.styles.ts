import {css} from 'lit';

export const styles = css`
  .contents ol {
    columns: 2 14em;
    padding-inline-start: 1.25em;
  }
  section {
    margin-block-start: 1em;
    scroll-margin-block-start: 1em;
  }
  section:focus {
    outline: none;
  }
  section:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  @media print {
    .contents {
      display: none;
    }
  }
`;
