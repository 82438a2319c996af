import {defineElement} from '../../src/define.js';
import {CareerDuties} from './career-duties.component.js';

export {CareerDuties};

defineElement(CareerDuties);

declare global {
  interface HTMLElementTagNameMap {
    'career-duties': CareerDuties;
  }
}
