import {CareerDownsides} from './career-downsides.component.js';

export {CareerDownsides};

CareerDownsides.define();

declare global {
  interface HTMLElementTagNameMap {
    'career-downsides': CareerDownsides;
  }
}
