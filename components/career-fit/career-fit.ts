import {defineElement} from '../../src/define.js';
import {CareerFit} from './career-fit.component.js';

export {CareerFit};

defineElement(CareerFit);

declare global {
  interface HTMLElementTagNameMap {
    'career-fit': CareerFit;
  }
}
