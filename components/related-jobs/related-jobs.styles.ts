import {css} from 'lit';

export const styles = css`
  td.number .year {
    display: block;
    font-size: 0.875em;
  }
  tbody th {
    font-weight: 600;
  }
`;
