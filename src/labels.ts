// Localized names of the dataset's codes, shared by every widget that shows them.
import {str} from '@lit/localize';
import type {MsgFn} from '@lit/localize/internal/types.js';
import type {EducationCode, HollandLetter, OutlookComparison, OutlookProjection, WorkValue} from '../data/types.js';
import type {Formatters} from './format.js';

export function educationLabel(msg: MsgFn, code: EducationCode): string {
  switch (code) {
    case 'none':
      return msg('No formal education');
    case 'high-school':
      return msg('High school diploma or equivalent');
    case 'postsecondary-nondegree':
      return msg('Postsecondary non-degree award');
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

/** "About as fast as the average for all occupations: 5% growth, 2016–2026" */
export function outlookLabel(msg: MsgFn, format: Formatters, {start, end, growthPercent, comparedWithAverage}: OutlookProjection) {
  const period = format.yearRange(start, end);
  const comparison = comparisonLabel(msg, comparedWithAverage);
  if (growthPercent === undefined) return msg(str`${comparison}, ${period}`);
  return msg(str`${comparison}: ${format.percent(growthPercent)} growth, ${period}`);
}

function comparisonLabel(msg: MsgFn, code: OutlookComparison): string {
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
