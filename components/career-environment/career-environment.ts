import {defineElement} from '../../src/define.js';
import {CareerEnvironment} from './career-environment.component.js';

export {CareerEnvironment};

defineElement(CareerEnvironment);

declare global {
  interface HTMLElementTagNameMap {
    'career-environment': CareerEnvironment;
  }
}
