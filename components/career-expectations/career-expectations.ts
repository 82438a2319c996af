import {CareerExpectations} from './career-expectations.component.js';

export {CareerExpectations};

CareerExpectations.define();

declare global {
  interface HTMLElementTagNameMap {
    'career-expectations': CareerExpectations;
  }
}
