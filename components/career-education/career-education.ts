import {defineElement} from '../../src/define.js';
import {CareerEducation} from './career-education.component.js';

export {CareerEducation};

defineElement(CareerEducation);

declare global {
  interface HTMLElementTagNameMap {
    'career-education': CareerEducation;
  }
}
