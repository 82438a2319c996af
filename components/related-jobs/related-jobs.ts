import {RelatedJobs} from './related-jobs.component.js';

export {RelatedJobs};

RelatedJobs.define();

declare global {
  interface HTMLElementTagNameMap {
    'related-jobs': RelatedJobs;
  }
}
