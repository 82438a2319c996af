import {defineElement} from '../../src/define.js';
import {RelatedJobs} from './related-jobs.component.js';

export {RelatedJobs};

defineElement(RelatedJobs);

declare global {
  interface HTMLElementTagNameMap {
    'related-jobs': RelatedJobs;
  }
}
