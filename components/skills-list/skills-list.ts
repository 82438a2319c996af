import {defineElement} from '../../src/define.js';
import {SkillsList} from './skills-list.component.js';

export {SkillsList};

defineElement(SkillsList);

declare global {
  interface HTMLElementTagNameMap {
    'skills-list': SkillsList;
  }
}
