import {CareerOutlook} from './career-outlook.component.js';

export {CareerOutlook};

CareerOutlook.define();

declare global {
  interface HTMLElementTagNameMap {
    'career-outlook': CareerOutlook;
  }
}
