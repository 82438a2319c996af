import {defineElement} from '../../src/define.js';
import {CareerOutlook} from './career-outlook.component.js';

export {CareerOutlook};

defineElement(CareerOutlook);

declare global {
  interface HTMLElementTagNameMap {
    'career-outlook': CareerOutlook;
  }
}
