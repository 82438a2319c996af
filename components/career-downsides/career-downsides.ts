import {defineElement} from '../../src/define.js';
import {CareerDownsides} from './career-downsides.component.js';

export {CareerDownsides};

defineElement(CareerDownsides);

declare global {
  interface HTMLElementTagNameMap {
    'career-downsides': CareerDownsides;
  }
}
