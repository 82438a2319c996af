import {defineElement} from '../../src/define.js';
import {CareerFacts} from './career-facts.component.js';

export {CareerFacts};

defineElement(CareerFacts);

declare global {
  interface HTMLElementTagNameMap {
    'career-facts': CareerFacts;
  }
}
