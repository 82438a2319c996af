import {SkillsList} from './skills-list.component.js';

export {SkillsList};

SkillsList.define();

declare global {
  interface HTMLElementTagNameMap {
    'skills-list': SkillsList;
  }
}
