import {CareerProfile} from './career-profile.component.js';

export {CareerProfile};

CareerProfile.define();

declare global {
  interface HTMLElementTagNameMap {
    'career-profile': CareerProfile;
  }
}
