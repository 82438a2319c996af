import {TechnologySkills} from './technology-skills.component.js';

export {TechnologySkills};

TechnologySkills.define();

declare global {
  interface HTMLElementTagNameMap {
    'technology-skills': TechnologySkills;
  }
}
