import {CareerFit} from './career-fit.component.js';

export {CareerFit};

CareerFit.define();

declare global {
  interface HTMLElementTagNameMap {
    'career-fit': CareerFit;
  }
}
