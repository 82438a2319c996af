import {CareerEnvironment} from './career-environment.component.js';

export {CareerEnvironment};

CareerEnvironment.define();

declare global {
  interface HTMLElementTagNameMap {
    'career-environment': CareerEnvironment;
  }
}
