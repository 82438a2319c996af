// The search indexes <career-search> and <career-explorer> fetch (SearchIndex in data/types.ts):
//
//   dist/data/search/<locale>.json        every occupation in one language: its title there and in
//                                         English, the other forms of its words (the glossary's),
//                                         and what the explorer filters and sorts by
//   dist/data/search/alternates/<key>.json O*NET's alternate titles (English, for every language),
//                                         split by the first letter of their words, or the first
//                                         two where one letter's file would pass ALTERNATES_BUDGET
//
// Each step a function of its own: entries → index per locale; alternates → files by key.
import {gzipSync} from 'node:zlib';
import {
  SOURCE_LOCALE,
  SUPPORTED_LOCALES,
  type AlternateTitles,
  type OccupationFacts,
  type SearchEntry,
  type SearchIndex,
  type SupportedLocale,
} from '../data/types.js';
import {slugFor} from '../src/slugs.js';
import {indexedWords, TypedWord, wordMatch, words} from '../src/search-text.js';
import type {GlossaryEntry, Translations} from './translations.js';

/** What the search needs of an occupation, as the build has it. */
export interface SearchSource {
  facts: OccupationFacts;
  titles: Partial<Record<SupportedLocale, string>>;
  alternateTitles?: string[];
}

/** The most one alternate-title file may weigh, gzipped (the index's own budget is 60 KB). */
export const ALTERNATES_BUDGET = 50 * 1024;
/** Words too common to find an occupation by, left out of the alternate files' keys. */
const STOP_WORDS = new Set(['and', 'of', 'the', 'or', 'for', 'in', 'a', 'an', 'to', 'on', 'with', 'at', 'by']);
const OEWS_SOURCE = 'bls-oews';
const PROJECTIONS_SOURCE = 'bls-ep-2024-34';

/** Every file of dist/data/search/, by path under dist/data/. */
export function searchFiles(occupations: SearchSource[], translations: Translations): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const alternates = alternateFiles(occupations);
  for (const locale of SUPPORTED_LOCALES) {
    files.set(`search/${locale}.json`, searchIndex(occupations, locale, translations[locale]?.glossary?.entries ?? {}, [...alternates.keys()]));
  }
  for (const [key, titles] of alternates) files.set(`search/alternates/${key}.json`, titles);
  return files;
}

export function searchIndex(occupations: SearchSource[], locale: SupportedLocale, glossary: Record<string, GlossaryEntry>, alternates: string[]): SearchIndex {
  const glossaryForms = Object.values(glossary).map(({target, forms = []}) => [target, ...forms].map((form) => form.replace(/-$/, '')));
  const latest = latestEditions(occupations);
  return {
    locale,
    alternates,
    latest,
    occupations: occupations.map((occupation) => withoutLatest(searchEntry(occupation, locale, glossaryForms), latest)).sort((a, b) => a.title.localeCompare(b.title, locale)),
  };
}

/** The most common year and source of the entries' pay and outlook. */
function latestEditions(occupations: SearchSource[]): SearchIndex['latest'] {
  const entries = occupations.map((occupation) => searchEntry(occupation, SOURCE_LOCALE));
  const pay = mostCommon(entries.flatMap(({pay: p}) => (p ? [{year: p.year!, source: p.source!}] : [])));
  const outlook = mostCommon(entries.flatMap(({outlook: o}) => (o ? [{start: o.start!, end: o.end!, source: o.source!}] : [])));
  return {pay, outlook};
}

function mostCommon<T>(values: T[]): T {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(JSON.stringify(value), (counts.get(JSON.stringify(value)) ?? 0) + 1);
  return JSON.parse([...counts].sort(([, a], [, b]) => b - a)[0][0]);
}

function withoutLatest(entry: SearchEntry, latest: SearchIndex['latest']): SearchEntry {
  const drop = <T extends object>(value: T, common: object) =>
    Object.fromEntries(Object.entries(value).filter(([key, v]) => (common as Record<string, unknown>)[key] !== v)) as T;
  if (entry.pay) entry.pay = drop(entry.pay, latest.pay);
  if (entry.outlook) entry.outlook = drop(entry.outlook, latest.outlook);
  return entry;
}

export function searchEntry({facts, titles}: SearchSource, locale: SupportedLocale, glossaryForms: string[][] = []): SearchEntry {
  const english = titles[SOURCE_LOCALE]!;
  const title = titles[locale] ?? english;
  const entry: SearchEntry = {...(facts.id !== slugFor(english) ? {id: facts.id} : {}), ...(facts.code ? {code: facts.code} : {}), title};
  if (!titles[locale]) entry.titleLang = SOURCE_LOCALE;
  if (locale !== SOURCE_LOCALE) entry.english = english;
  const forms = otherForms(title, locale, glossaryForms);
  if (forms.length) entry.forms = forms;
  const interest = facts.interests?.code[0] ?? facts.holland?.[0];
  if (interest) entry.interest = interest;
  if (facts.jobZone) entry.jobZone = facts.jobZone;
  if (facts.education) entry.education = facts.education;
  const pay = latestPay(facts);
  if (pay) entry.pay = pay;
  const outlook = latestOutlook(facts);
  if (outlook) entry.outlook = outlook;
  const employment = ownEmployment(facts);
  if (employment) entry.employment = employment;
  return entry;
}

/**
 * The glossary's other forms of the terms `title` uses (медсестра for медицинская сестра), so a
 * reader finds it by any: those the search would not find anyway, as the same words stemmed.
 */
function otherForms(title: string, locale: SupportedLocale, glossaryForms: string[][]): string[] {
  const titleWords = indexedWords(title, locale);
  const folded = ` ${titleWords.map((w) => w.folded).join(' ')} `;
  const inTitle = (form: string) => folded.includes(` ${words(form).join(' ')}`);
  const foundAnyway = (form: string) => words(form).every((word) => titleWords.some((titleWord) => wordMatch(new TypedWord(word), titleWord, locale) === 1));
  const forms = new Set<string>();
  for (const termForms of glossaryForms) {
    if (!termForms.some(inTitle)) continue;
    for (const form of termForms) if (!foundAnyway(form)) forms.add(form);
  }
  return [...forms];
}

const shown = <T extends {shown?: boolean}>(observations: T[] = []) => observations.filter((o) => o.shown !== false);

/** The median of the latest wage edition the widgets show (OEWS where another source has the same year): annual, else hourly. */
function latestPay(facts: OccupationFacts): SearchEntry['pay'] {
  const editions = shown(facts.wages).filter((w) => w.annual?.median !== undefined || w.hourly?.median !== undefined);
  const year = Math.max(...editions.map((w) => w.year));
  const edition = editions.find((w) => w.year === year && w.source === OEWS_SOURCE) ?? editions.find((w) => w.year === year);
  if (!edition) return undefined;
  const annual = edition.annual?.median;
  const median = annual ?? edition.hourly!.median!;
  return {median, ...(annual === undefined ? {per: 'hour' as const} : {}), year, source: edition.source};
}

function latestOutlook(facts: OccupationFacts): SearchEntry['outlook'] {
  const projections = shown(facts.outlook).sort((a, b) => b.end - a.end || Number(b.source === PROJECTIONS_SOURCE) - Number(a.source === PROJECTIONS_SOURCE));
  const latest = projections[0];
  if (!latest) return undefined;
  const {comparedWithAverage, growthPercent, start, end, source} = latest;
  return {comparedWithAverage, ...(growthPercent !== undefined ? {growthPercent} : {}), start, end, source};
}

/** The latest head count, where it is the occupation's own: specialties that share a SOC code (29-1141.01) share its count too. */
function ownEmployment(facts: OccupationFacts): number | undefined {
  if (facts.sharedSoc?.length && !facts.code?.endsWith('.00')) return undefined;
  const count = shown(facts.employment).sort((a, b) => b.year - a.year)[0]?.count;
  return count ? Number(count.toPrecision(2)) : undefined;
}

/** The alternate titles, by the key of the file each belongs in (a title is in the file of each of its words' first letters). */
export function alternateFiles(occupations: SearchSource[]): Map<string, AlternateTitles> {
  const byKey = (length: number, only?: string) => {
    const files = new Map<string, AlternateTitles>();
    for (const {facts, alternateTitles = []} of occupations) {
      if (!facts.code) continue;
      for (const title of alternateTitles) {
        const keys = new Set(words(title).filter((w) => /^[a-z0-9]/.test(w) && !STOP_WORDS.has(w)).map((w) => w.slice(0, length)));
        for (const key of keys) {
          if (only && !key.startsWith(only)) continue;
          const file = files.get(key) ?? {};
          (file[facts.code] ??= []).push(title);
          files.set(key, file);
        }
      }
    }
    return files;
  };
  const result = new Map<string, AlternateTitles>();
  for (const [letter, titles] of byKey(1)) {
    if (gzippedSize(titles) <= ALTERNATES_BUDGET) result.set(letter, titles);
    else for (const [pair, pairTitles] of byKey(2, letter)) result.set(pair, pairTitles);
  }
  return new Map([...result].sort(([a], [b]) => b.length - a.length || a.localeCompare(b)));
}

export function gzippedSize(value: unknown): number {
  return gzipSync(JSON.stringify(value), {level: 9}).length;
}
