import {CareerSources} from './career-sources.component.js';

export {CareerSources};

CareerSources.define();

declare global {
  interface HTMLElementTagNameMap {
    'career-sources': CareerSources;
  }
}
