import {CareerDuties} from './career-duties.component.js';

export {CareerDuties};

CareerDuties.define();

declare global {
  interface HTMLElementTagNameMap {
    'career-duties': CareerDuties;
  }
}
