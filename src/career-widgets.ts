// The full bundle: registers every element. Import a component's own module
// (components/<name>/<name>.js) to register just that one.
import '../components/career-facts/career-facts.js';
import '../components/related-jobs/related-jobs.js';
import '../components/salary-table/salary-table.js';
import '../components/skills-list/skills-list.js';

export {CareerFacts} from '../components/career-facts/career-facts.component.js';
export {RelatedJobs} from '../components/related-jobs/related-jobs.component.js';
export {SalaryTable} from '../components/salary-table/salary-table.component.js';
export {SkillsList} from '../components/skills-list/skills-list.component.js';
export {CareerWidget} from './career-widget.js';
export {setDataUrl} from './data.js';
export {VERSION} from './version.js';
