// Every element of the library, in one list that the bundles, <career-profile>, the tests, the
// package's checks and the SCORM packager read: the widgets of one career, then those that find one. Adding an element: a folder in components/
// and a line here.
import type {MsgFn} from '@lit/localize';
import type {TextPart} from '../data/types.js';

export interface ElementEntry {
  tag: string;
  /** Loads the element's module, which defines it under `tag` (a chunk of its own in the CDN bundle). */
  load: () => Promise<unknown>;
  /** The one text part of a career the element fetches (TEXT_PARTS in data/types.ts); none for the elements that find careers. */
  part?: TextPart;
  /** Its key in <career-profile>'s `sections` attribute, for the profile's sections. */
  section?: string;
  /** The section's name, e.g. “A day in the life”: its heading and its line in the profile's contents. */
  label?: (msg: MsgFn) => string;
  /**
   * The facts and text fields the element shows: <career-profile> leaves out a section whose
   * occupation has none of them (the overview's `contents` lists what each occupation has).
   */
  shows?: readonly string[];
}

/** In the profile's default order of sections, then the profile. */
export const ELEMENTS: readonly ElementEntry[] = [
  {
    tag: 'career-facts',
    section: 'overview',
    part: 'overview',
    label: (msg) => msg('Overview'),
    shows: ['summary'],
    load: () => import('../components/career-facts/career-facts.js'),
  },
  {
    tag: 'career-duties',
    section: 'duties',
    part: 'profile',
    label: (msg) => msg('A day in the life'),
    shows: ['duties', 'tasks'],
    load: () => import('../components/career-duties/career-duties.js'),
  },
  {
    tag: 'salary-table',
    section: 'wages',
    part: 'overview',
    label: (msg) => msg('Wages'),
    shows: ['wages'],
    load: () => import('../components/salary-table/salary-table.js'),
  },
  {
    tag: 'career-education',
    section: 'education',
    part: 'profile',
    label: (msg) => msg('Education and training'),
    shows: ['education', 'experience', 'training', 'jobZone'],
    load: () => import('../components/career-education/career-education.js'),
  },
  {
    tag: 'skills-list',
    section: 'skills',
    part: 'skills',
    label: (msg) => msg('Skills and qualities'),
    shows: ['softSkills', 'personalQualities', 'skills', 'knowledge', 'workStyles'],
    load: () => import('../components/skills-list/skills-list.js'),
  },
  {
    tag: 'technology-skills',
    section: 'technology',
    part: 'technology',
    label: (msg) => msg('Technology skills'),
    shows: ['technology'],
    load: () => import('../components/technology-skills/technology-skills.js'),
  },
  {
    tag: 'career-outlook',
    section: 'outlook',
    part: 'overview',
    label: (msg) => msg('Job outlook'),
    shows: ['outlook', 'employment'],
    load: () => import('../components/career-outlook/career-outlook.js'),
  },
  {
    tag: 'career-environment',
    section: 'environment',
    part: 'profile',
    label: (msg) => msg('Work environment and schedule'),
    shows: ['workEnvironment', 'schedule'],
    load: () => import('../components/career-environment/career-environment.js'),
  },
  {
    tag: 'career-downsides',
    section: 'downsides',
    part: 'profile',
    label: (msg) => msg('The downside'),
    shows: ['downsides'],
    load: () => import('../components/career-downsides/career-downsides.js'),
  },
  {
    tag: 'career-expectations',
    section: 'expectations',
    part: 'profile',
    label: (msg) => msg('What employers expect'),
    shows: ['employerExpectations'],
    load: () => import('../components/career-expectations/career-expectations.js'),
  },
  {
    tag: 'career-fit',
    section: 'fit',
    part: 'profile',
    label: (msg) => msg('Is this job a good fit?'),
    shows: ['holland', 'interests', 'mbti', 'workValues'],
    load: () => import('../components/career-fit/career-fit.js'),
  },
  {
    tag: 'career-job-search',
    section: 'job-search',
    part: 'profile',
    label: (msg) => msg('How to get the job'),
    shows: ['howToGetTheJob'],
    load: () => import('../components/career-job-search/career-job-search.js'),
  },
  {
    tag: 'related-jobs',
    section: 'related',
    part: 'related',
    label: (msg) => msg('Related occupations'),
    shows: ['related'],
    load: () => import('../components/related-jobs/related-jobs.js'),
  },
  {
    tag: 'career-sources',
    section: 'sources',
    part: 'overview',
    label: (msg) => msg('Sources'),
    shows: ['sources'],
    load: () => import('../components/career-sources/career-sources.js'),
  },
  {tag: 'career-profile', part: 'overview', load: () => import('../components/career-profile/career-profile.js')},
  {tag: 'career-search', load: () => import('../components/career-search/career-search.js')},
  {tag: 'career-explorer', load: () => import('../components/career-explorer/career-explorer.js')},
];

export const TAGS = ELEMENTS.map(({tag}) => tag);

export function elementEntry(tag: string): ElementEntry {
  const entry = ELEMENTS.find((element) => element.tag === tag);
  if (!entry) throw new Error(`career-widgets: no element is named <${tag}>.`);
  return entry;
}

/** The profile's sections, by their keys, in the default order. */
export const PROFILE_SECTIONS = ELEMENTS.filter((element): element is ElementEntry & Required<Pick<ElementEntry, 'section' | 'label' | 'shows'>> => element.section !== undefined);
