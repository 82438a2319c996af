import type {MsgFn} from '@lit/localize/internal/types.js';
import type {RuntimeText, WageDistribution, WageObservation} from '../data/types.js';
import type {CareerData} from './data.js';
import {educationLabel} from './labels.js';

const PERCENTILES: [keyof WageDistribution, string][] = [
  ['p10', 'percentile10'],
  ['p25', 'percentile25'],
  ['median', 'median'],
  ['p75', 'percentile75'],
  ['p90', 'percentile90'],
];

/**
 * schema.org Occupation JSON-LD for a career: what search engines read. `overview`
 * and `profile` are the career's text parts in one locale; `wages` is the edition shown.
 */
export function occupationJsonLd(
  msg: MsgFn,
  {facts, text}: CareerData,
  {skills, profile}: {skills: RuntimeText; profile: RuntimeText},
  wages: WageObservation,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: text.title,
    description: text.summary,
    occupationalCategory: facts.soc.code,
    occupationLocation: [{'@type': 'Country', name: 'United States'}],
    estimatedSalary: (['annual', 'hourly'] as const)
      .filter((period) => wages[period])
      .map((period) => ({
        '@type': 'MonetaryAmountDistribution',
        name: `${period === 'annual' ? 'Annual' : 'Hourly'} wages, ${wages.year}`,
        currency: 'USD',
        duration: period === 'annual' ? 'P1Y' : 'PT1H',
        ...Object.fromEntries(
          PERCENTILES.filter(([key]) => wages[period]![key] !== undefined).map(([key, name]) => [name, wages[period]![key]]),
        ),
      })),
    educationRequirements: [educationLabel(msg, facts.education), ...(profile.education ?? [])].join(' '),
    skills: [...(skills.softSkills?.items ?? []), ...(skills.personalQualities ?? [])].map(({name}) => name),
    responsibilities: profile.duties?.items ?? [],
  };
}
