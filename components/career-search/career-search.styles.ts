import {css} from 'lit';

export const styles = css`
  .label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  .field {
    position: relative;
  }
  input {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }
  input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    inset-block-start: calc(100% + 0.25em);
    max-block-size: 22em;
    overflow-y: auto;
    margin: 0;
    padding: 0.25em;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.15);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  .option {
    padding-block: 0.4em;
    padding-inline: 0.6em;
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  .option[aria-selected='true'] {
    color: var(--_surface);
    background: var(--_accent);
  }
  .option[aria-selected='true'] .reason {
    color: inherit;
  }
  .title,
  .reason {
    display: block;
  }
  .reason {
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
`;
