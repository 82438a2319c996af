import {defineElement} from '../../src/define.js';
import {CareerSources} from './career-sources.component.js';

export {CareerSources};

defineElement(CareerSources);

declare global {
  interface HTMLElementTagNameMap {
    'career-sources': CareerSources;
  }
}
