import {CareerExplorer} from './career-explorer.component.js';

export {CareerExplorer};

CareerExplorer.define();

declare global {
  interface HTMLElementTagNameMap {
    'career-explorer': CareerExplorer;
  }
}
