// Localized names of the dataset's codes, shared by every widget that shows them.
import {str} from '@lit/localize';
import type {MsgFn} from '@lit/localize';
import type {EducationCode, ExperienceCode, HollandLetter, JobZone, OutlookComparison, OutlookProjection, TrainingCode, WorkValue} from '../data/types.js';
import type {Formatters} from './format.js';

export function educationLabel(msg: MsgFn, code: EducationCode): string {
  switch (code) {
    case 'none':
      return msg('No formal education');
    case 'high-school':
      return msg('High school diploma or equivalent');
    case 'postsecondary-nondegree':
      return msg('Postsecondary non-degree award');
    case 'some-college':
      return msg('Some college, no degree');
    case 'associate':
      return msg('Associate degree');
    case 'bachelor':
      return msg('Bachelor’s degree');
    case 'master':
      return msg('Master’s degree');
    case 'doctoral':
      return msg('Doctoral or professional degree');
    case 'varies':
      return msg('Varies.');
  }
}

/** "About as fast as the average for all occupations: 5% growth, 2016–2026" (with the average, where the source gives it). */
export function outlookLabel(msg: MsgFn, format: Formatters, {start, end, growthPercent, comparedWithAverage, averageGrowthPercent}: OutlookProjection) {
  const period = format.yearRange(start, end);
  const comparison = comparisonLabel(msg, comparedWithAverage);
  if (growthPercent === undefined) return msg(str`${comparison}, ${period}`);
  const change = format.percent(growthPercent);
  if (averageGrowthPercent !== undefined) {
    return msg(str`${comparison}: ${change} change, ${period} (all occupations: ${format.percent(averageGrowthPercent)})`);
  }
  return msg(str`${comparison}: ${change} growth, ${period}`);
}

export function experienceLabel(msg: MsgFn, code: ExperienceCode): string {
  switch (code) {
    case 'none':
      return msg('No work experience needed');
    case 'less-than-5-years':
      return msg('Less than 5 years in a related occupation');
    case '5-years-or-more':
      return msg('5 years or more in a related occupation');
  }
}

export function trainingLabel(msg: MsgFn, code: TrainingCode): string {
  switch (code) {
    case 'none':
      return msg('No on-the-job training');
    case 'short-term':
      return msg('Short-term on-the-job training (a month or less)');
    case 'moderate-term':
      return msg('Moderate-term on-the-job training (1 to 12 months)');
    case 'long-term':
      return msg('Long-term on-the-job training (more than 12 months)');
    case 'apprenticeship':
      return msg('Apprenticeship');
    case 'internship-residency':
      return msg('Internship or residency');
  }
}

/** O*NET's Job Zones: how much preparation an occupation needs. */
export function jobZoneLabel(msg: MsgFn, zone: JobZone): string {
  switch (zone) {
    case 1:
      return msg('Job Zone 1: little or no preparation needed');
    case 2:
      return msg('Job Zone 2: some preparation needed');
    case 3:
      return msg('Job Zone 3: medium preparation needed');
    case 4:
      return msg('Job Zone 4: considerable preparation needed');
    case 5:
      return msg('Job Zone 5: extensive preparation needed');
  }
}

/** The citations of the public sources every imported occupation cites (PUBLIC_SOURCES). */
export function publicSourceCitation(msg: MsgFn, source: string): string | undefined {
  switch (source) {
    case 'onet-29-3':
      return msg('O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration');
    case 'bls-oews':
      return msg('U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics');
    case 'bls-ep-2024-34':
      return msg('U.S. Bureau of Labor Statistics, Employment Projections 2024–34');
    default:
      return undefined;
  }
}

/** How an occupation's projected growth compares with all occupations'. */
export function comparisonLabel(msg: MsgFn, code: OutlookComparison): string {
  switch (code) {
    case 'much-faster':
      return msg('Much faster than the average for all occupations');
    case 'faster':
      return msg('Faster than the average for all occupations');
    case 'as-fast':
      return msg('About as fast as the average for all occupations');
    case 'slower':
      return msg('Slower than the average for all occupations');
    case 'decline':
      return msg('Declining employment');
  }
}

/** The Holland (RIASEC) interest types. */
export function hollandLabel(msg: MsgFn, letter: HollandLetter): string {
  switch (letter) {
    case 'R':
      return msg('Realistic');
    case 'I':
      return msg('Investigative');
    case 'A':
      return msg('Artistic');
    case 'S':
      return msg('Social');
    case 'E':
      return msg('Enterprising');
    case 'C':
      return msg('Conventional');
  }
}

/** O*NET's work values. */
export function workValueLabel(msg: MsgFn, value: WorkValue): string {
  switch (value) {
    case 'achievement':
      return msg('Achievement');
    case 'working-conditions':
      return msg('Working conditions');
    case 'recognition':
      return msg('Recognition');
    case 'relationships':
      return msg('Relationships');
    case 'support':
      return msg('Support');
    case 'independence':
      return msg('Independence');
  }
}
