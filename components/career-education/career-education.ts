import {CareerEducation} from './career-education.component.js';

export {CareerEducation};

CareerEducation.define();

declare global {
  interface HTMLElementTagNameMap {
    'career-education': CareerEducation;
  }
}
