import {defineElement} from '../../src/define.js';
import {CareerExpectations} from './career-expectations.component.js';

export {CareerExpectations};

defineElement(CareerExpectations);

declare global {
  interface HTMLElementTagNameMap {
    'career-expectations': CareerExpectations;
  }
}
