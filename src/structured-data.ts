import type {MsgFn} from '@lit/localize';
import type {RuntimeText, WageDistribution, WageObservation} from '../data/types.js';
import type {CareerData} from './data.js';
import {educationLabel} from './code-labels.js';

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
  {skills, profile}: {skills: RuntimeText; profile: CareerData},
  wages: WageObservation,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: text.title,
    description: text.summary,
    occupationalCategory: facts.code ?? facts.soc.code,
    occupationLocation: [{'@type': 'Country', name: 'United States'}],
    estimatedSalary: (['annual', 'hourly'] as const)
      .filter((period) => wages[period])
      .map((period) => ({
        '@type': 'MonetaryAmountDistribution',
        name: `${period === 'annual' ? 'Annual' : 'Hourly'} wages, ${wages.year}`,
        currency: 'USD',
        duration: period === 'annual' ? 'P1Y' : 'PT1H',
        ...Object.fromEntries(
          // A top-coded wage (“at least …”) is no figure to state.
          PERCENTILES.filter(([key]) => typeof wages[period]![key] === 'number').map(([key, name]) => [name, wages[period]![key]]),
        ),
      })),
    educationRequirements: [...(profile.facts.education ? [educationLabel(msg, profile.facts.education)] : []), ...(profile.text.education ?? [])].join(' '),
    skills: [...(skills.softSkills?.items ?? []), ...(skills.personalQualities ?? [])].map(({name}) => name),
    responsibilities: profile.text.duties?.items ?? profile.text.tasks ?? [],
  };
}

/** The Trusted Types policy the host page must allow (`trusted-types lit-html career-widgets`). */
export const TRUSTED_TYPES_POLICY = 'career-widgets';

interface ScriptPolicy {
  createScript(json: string): string;
}

/**
 * A <script type="application/ld+json"> holding `data`. Under Trusted Types, script text
 * must come from a policy: ours only ever wraps JSON.stringify's output. One policy per
 * page, shared by every copy of the library, since a policy name may be created once.
 */
export function jsonLdScript(data: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  const json = JSON.stringify(data);
  script.textContent = (scriptPolicy()?.createScript(json) ?? json) as string;
  return script;
}

function scriptPolicy(): ScriptPolicy | undefined {
  const trustedTypes = (globalThis as {trustedTypes?: {createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy}}).trustedTypes;
  if (!trustedTypes) return undefined;
  const shared = globalThis as {[POLICY_KEY]?: ScriptPolicy};
  shared[POLICY_KEY] ??= trustedTypes.createPolicy(TRUSTED_TYPES_POLICY, {createScript: (json) => json});
  return shared[POLICY_KEY];
}

const POLICY_KEY = Symbol.for('career-widgets.trusted-types-policy');
