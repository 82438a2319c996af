import {css} from 'lit';

export const styles = css`
  tbody th {
    font-weight: normal;
  }
  tr.median > * {
    font-weight: 600;
  }
`;
