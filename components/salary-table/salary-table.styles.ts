import {css} from 'lit';

export const styles = css`
  /* The columns are known: fixed layout lays a table out in one pass, not two. */
  table {
    table-layout: fixed;
  }
  th:first-child {
    inline-size: 40%;
  }
  tbody th {
    font-weight: normal;
  }
  tr.median > * {
    font-weight: 600;
  }
  .chart {
    margin: 0 0 1em;
    break-inside: avoid;
  }
  .chart svg {
    display: block;
    inline-size: 100%;
    max-inline-size: 36em;
    block-size: auto;
    print-color-adjust: exact;
  }
  .chart figcaption {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .axis {
    stroke: var(--_border);
  }
  .band {
    fill: var(--_accent);
    fill-opacity: 0.25;
  }
  .box {
    fill: var(--_accent);
    fill-opacity: 0.6;
  }
  .median,
  .line {
    stroke: var(--_text);
    stroke-width: 3;
    fill: none;
  }
  .point {
    fill: var(--_accent);
  }
  .label {
    fill: var(--_text);
    font-size: 11px;
  }
  .strong {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .band {
      fill: Canvas;
      stroke: CanvasText;
    }
    .box,
    .point {
      fill: Highlight;
    }
    .median,
    .line,
    .axis {
      stroke: CanvasText;
    }
    .label {
      fill: CanvasText;
    }
  }
`;
