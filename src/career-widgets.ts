// The full bundle: registers every element. Each component's own entry
// (components/<name>/<name>.ts) registers just that one.
import {CareerProfile, PROFILE_SECTIONS} from '../components/career-profile/career-profile.component.js';
import {defineElement} from './define.js';

export const ELEMENTS = [...Object.values(PROFILE_SECTIONS), CareerProfile];
ELEMENTS.forEach(defineElement);

export {CareerDownsides} from '../components/career-downsides/career-downsides.component.js';
export {CareerDuties} from '../components/career-duties/career-duties.component.js';
export {CareerEducation} from '../components/career-education/career-education.component.js';
export {CareerEnvironment} from '../components/career-environment/career-environment.component.js';
export {CareerExpectations} from '../components/career-expectations/career-expectations.component.js';
export {CareerFacts} from '../components/career-facts/career-facts.component.js';
export {CareerFit} from '../components/career-fit/career-fit.component.js';
export {CareerJobSearch} from '../components/career-job-search/career-job-search.component.js';
export {CareerOutlook} from '../components/career-outlook/career-outlook.component.js';
export {CareerProfile} from '../components/career-profile/career-profile.component.js';
export {CareerSources} from '../components/career-sources/career-sources.component.js';
export {RelatedJobs} from '../components/related-jobs/related-jobs.component.js';
export {SalaryTable} from '../components/salary-table/salary-table.component.js';
export {SkillsList} from '../components/skills-list/skills-list.component.js';
export {TechnologySkills} from '../components/technology-skills/technology-skills.component.js';
export {CareerWidget} from './career-widget.js';
export {setDataUrl} from './data.js';
export {VERSION} from './version.js';
