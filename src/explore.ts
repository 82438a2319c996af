// What <career-explorer> filters and sorts occupations by: plain functions of the index's entries.
import type {EducationCode, HollandLetter, JobZone, OutlookComparison} from '../data/types.js';
import type {IndexedOccupation} from './search.js';

export const INTERESTS: HollandLetter[] = ['R', 'I', 'A', 'S', 'E', 'C'];
export const JOB_ZONES: JobZone[] = [1, 2, 3, 4, 5];
export const EDUCATION: EducationCode[] = ['none', 'high-school', 'postsecondary-nondegree', 'some-college', 'associate', 'bachelor', 'master', 'doctoral'];
export const OUTLOOKS: OutlookComparison[] = ['much-faster', 'faster', 'as-fast', 'slower', 'decline'];
/** The orders: the index's (by title), highest median pay first, fastest growth first. */
export const SORTS = ['title', 'pay', 'outlook'] as const;
/** The steps of the median pay range, in U.S. dollars a year. */
export const PAY_STEPS = [30000, 40000, 50000, 60000, 75000, 100000, 150000];

/** The filters as attributes write them: empty is any. */
export interface Filters {
  interest: string;
  jobZone: string;
  education: string;
  payMin: string;
  payMax: string;
  outlook: string;
  /** One of SORTS. */
  sort: string;
}

/** The occupations that pass every filter, in the order asked for. */
export function explore(occupations: IndexedOccupation[], filters: Filters): IndexedOccupation[] {
  const min = Number(filters.payMin) || 0;
  const max = Number(filters.payMax) || Infinity;
  const found = occupations.filter((o) => {
    if (filters.interest && o.interest !== filters.interest) return false;
    if (filters.jobZone && String(o.jobZone) !== filters.jobZone) return false;
    if (filters.education && o.education !== filters.education) return false;
    if (filters.outlook && o.outlook?.comparedWithAverage !== filters.outlook) return false;
    // Hourly-only occupations have no annual median: a pay range leaves them out rather than guess a year's pay.
    if (min || max < Infinity) {
      const pay = annualMedian(o);
      if (pay === undefined || pay < min || pay > max) return false;
    }
    return true;
  });
  const missingLast = (value: number | undefined) => value ?? -Infinity;
  if (filters.sort === 'pay') return found.sort((a, b) => missingLast(annualMedian(b)) - missingLast(annualMedian(a)));
  if (filters.sort === 'outlook') return found.sort((a, b) => missingLast(b.outlook?.growthPercent) - missingLast(a.outlook?.growthPercent));
  return found;
}

/** The annual median pay (a top-coded one at its cap), or undefined for occupations paid by the hour. */
export function annualMedian({pay}: IndexedOccupation): number | undefined {
  if (!pay || pay.per === 'hour') return undefined;
  return typeof pay.median === 'number' ? pay.median : pay.median.atLeast;
}
