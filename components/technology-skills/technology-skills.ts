import {defineElement} from '../../src/define.js';
import {TechnologySkills} from './technology-skills.component.js';

export {TechnologySkills};

defineElement(TechnologySkills);

declare global {
  interface HTMLElementTagNameMap {
    'technology-skills': TechnologySkills;
  }
}
