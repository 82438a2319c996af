import {defineElement} from '../../src/define.js';
import {CareerProfile, PROFILE_SECTIONS} from './career-profile.component.js';

export {CareerProfile};

Object.values(PROFILE_SECTIONS).forEach(defineElement);
defineElement(CareerProfile);

declare global {
  interface HTMLElementTagNameMap {
    'career-profile': CareerProfile;
  }
}
