import {CareerSearch} from './career-search.component.js';

export {CareerSearch};

CareerSearch.define();

declare global {
  interface HTMLElementTagNameMap {
    'career-search': CareerSearch;
  }
}
