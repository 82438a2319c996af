import {defineElement} from '../../src/define.js';
import {CareerJobSearch} from './career-job-search.component.js';

export {CareerJobSearch};

defineElement(CareerJobSearch);

declare global {
  interface HTMLElementTagNameMap {
    'career-job-search': CareerJobSearch;
  }
}
