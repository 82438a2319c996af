// The full bundle: registers every element. Each component's own entry
// (components/<name>/<name>.ts) registers just that one.
import {CareerFacts} from '../components/career-facts/career-facts.component.js';
import {RelatedJobs} from '../components/related-jobs/related-jobs.component.js';
import {SalaryTable} from '../components/salary-table/salary-table.component.js';
import {SkillsList} from '../components/skills-list/skills-list.component.js';
import {defineElement} from './define.js';

export const ELEMENTS = [CareerFacts, SalaryTable, SkillsList, RelatedJobs];
ELEMENTS.forEach(defineElement);

export {CareerFacts, RelatedJobs, SalaryTable, SkillsList};
export {CareerWidget} from './career-widget.js';
export {setDataUrl} from './data.js';
export {VERSION} from './version.js';
