import {css} from 'lit';

export const styles = css`
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 0.75em;
    margin-block-end: 1em;
  }
  .filter-label {
    display: block;
    font-size: 0.875em;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  select {
    inline-size: 100%;
    min-block-size: 2.5em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
  }
  .results {
    list-style: none;
    padding: 0;
  }
  .result {
    padding-block: 0.6em;
    border-block-end: 1px solid var(--_border);
  }
  .result .title {
    display: inline;
    padding: 0;
    font: inherit;
    font-weight: 600;
    text-align: start;
    color: var(--_accent);
    background: none;
    border: none;
    text-decoration: underline;
    cursor: pointer;
  }
  .figure {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .more,
  .back {
    min-block-size: 2.75em;
    padding-inline: 1em;
    font: inherit;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .back {
    margin-block-end: 1em;
  }
  button:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;
