import {css} from 'lit';

export const styles = css`
  .badge {
    font-size: 0.8em;
    padding-inline: 0.4em;
    border: 1px solid var(--career-border);
    border-radius: var(--career-radius);
    color: var(--career-muted);
    white-space: nowrap;
  }
`;
