import {CareerFacts} from './career-facts.component.js';

export {CareerFacts};

CareerFacts.define();

declare global {
  interface HTMLElementTagNameMap {
    'career-facts': CareerFacts;
  }
}
