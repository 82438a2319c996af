import {CareerJobSearch} from './career-job-search.component.js';

export {CareerJobSearch};

CareerJobSearch.define();

declare global {
  interface HTMLElementTagNameMap {
    'career-job-search': CareerJobSearch;
  }
}
