import {css} from 'lit';

/** Tables, for the widgets that show one: in a region that scrolls sideways on narrow screens. */
export const tableStyles = css`
  .table-scroll {
    overflow-x: auto;
    margin-block-end: 0.75em;
  }
  .table-scroll:focus-visible {
    outline: 2px solid var(--_accent);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding-block: 0.4em;
    padding-inline: 0 1em;
    border-block-end: 1px solid var(--_border);
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  @media print {
    .table-scroll {
      overflow: visible;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
