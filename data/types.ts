/**
 * The career dataset's types. The JSON Schemas beside this file (schema/) are what the data is
 * validated against, and so the one description of its shapes: their types are generated from
 * them (generated/schema-types.ts, `npm run types`) and re-exported here under the names the code
 * uses. What this file adds is what no schema holds: the locales, the runtime parts, and the two
 * files the build writes that no schema describes.
 *
 * Source form (data/occupations/<id>/): facts.json is locale-independent,
 * <locale>.json holds that locale's text. Runtime form (dist/data/<id>/<locale>/<part>.json,
 * written by `npm run build:data`): the facts, with the related occupations' figures
 * and the cited sources folded in, and the part of the locale's text one widget shows
 * (TEXT_PARTS), so a widget makes one request however large the dataset grows.
 */
import type {EducationCode, HollandLetter, JobZone, OccupationFacts, OccupationText, OutlookComparison, RuntimeFacts, RuntimeText, WageDistribution, WageValue} from './generated/schema-types.js';

export type {
  EducationCode,
  EmploymentObservation,
  ExperienceCode,
  HollandLetter,
  InterestProfile,
  IntroducedList,
  JobZone,
  NamedExplanation,
  OccupationFacts,
  OccupationText,
  OutlookComparison,
  OutlookProjection,
  RatedElement,
  RuntimeData,
  RuntimeFacts,
  RuntimeRelated,
  RuntimeText,
  Source,
  TechnologySkill,
  TrainingCode,
  WageDistribution,
  WageObservation,
  WageValue,
  WorkValue,
} from './generated/schema-types.js';

export const SUPPORTED_LOCALES = ['en', 'fil', 'ru', 'is', 'ms', 'ar'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
export const SOURCE_LOCALE: SupportedLocale = 'en';

/**
 * The public sources every imported occupation cites. Their citations are interface strings
 * (src/labels.ts, translated in xliff/), not data, so that 900 occupations do not each carry
 * them in six languages.
 */
export const PUBLIC_SOURCES = ['onet-29-3', 'bls-oews', 'bls-ep-2024-34'] as const;

export type WageStatistic = keyof WageDistribution;
export const WAGE_STATISTICS: readonly WageStatistic[] = ['p10', 'p25', 'median', 'p75', 'p90', 'mean'];

/** O*NET's tiers of related occupations: the closest is the facts' `related`, the others `relatedTiers`' keys. */
export type RelatednessTier = 'primary-short' | keyof NonNullable<OccupationFacts['relatedTiers']>;

/**
 * The runtime parts: what each carries of an occupation's text and facts. A widget names the
 * part it needs and fetches that one file, so a one-widget page never downloads the whole
 * profile. Every part also carries the ids, the title and the sources it cites; each fact is
 * in one part only.
 */
export const PARTS = {
  overview: {text: ['summary', 'whereTheyWork', 'educationNote'], facts: ['wages', 'employment', 'outlook', 'sharedSoc']},
  skills: {text: ['softSkills', 'personalQualities'], facts: ['skills', 'knowledge', 'workStyles']},
  related: {text: [], facts: ['related']},
  profile: {
    text: ['duties', 'tasks', 'education', 'downsides', 'employerExpectations', 'fitIntro', 'workEnvironment', 'schedule', 'howToGetTheJob'],
    facts: ['education', 'experience', 'training', 'jobZone', 'holland', 'interests', 'mbti', 'workValues'],
  },
  technology: {text: [], facts: ['technology']},
} as const satisfies Record<string, {text: readonly (keyof OccupationText)[]; facts: readonly (keyof OccupationFacts)[]}>;
export type TextPart = keyof typeof PARTS;
export const TEXT_PARTS = Object.keys(PARTS) as TextPart[];

/**
 * The parts whose facts name terms in English (O*NET's skills; kinds of software). Their names in
 * each language are one file per part and language for the whole dataset,
 * dist/data/terms/<part>.<locale>.json (RuntimeText.terms): fetched once, cached for every occupation.
 */
export const TERM_PARTS: readonly TextPart[] = ['skills', 'technology'];

/**
 * dist/data/<id>/<part>.json: a part in every language at once. Nothing that is not localized
 * is stored per language: the facts once, the text in its source language (English), the
 * titles and citations (short) in every language that has them. Long text translated into a
 * language is in <part>.<locale>.json (a RuntimeText), listed in `translations`; a widget in
 * another language fetches nothing more.
 *
 * Hand-written, as no schema describes it: the build writes it from the dataset it has validated,
 * and checks each language's view of it (a RuntimeData) against runtime.schema.json.
 */
export interface RuntimePart {
  facts: RuntimeFacts;
  text: RuntimeText;
  titles: Partial<Record<SupportedLocale, string>>;
  /** Related occupations' titles, by id and language. */
  relatedTitles?: Record<string, Partial<Record<SupportedLocale, string>>>;
  citations: Partial<Record<SupportedLocale, Record<string, string>>>;
  translations: SupportedLocale[];
}

/**
 * dist/data/index.json (English titles) and index.<locale>.json (English and <locale> titles):
 * what the demo, the embed builder and the SCORM packager list; widgets never fetch them.
 * Hand-written, as no schema describes it: only the build writes it, for the library's own tools.
 */
export interface DatasetIndex {
  locales: SupportedLocale[];
  occupations: {id: string; code?: string; titles: Partial<Record<SupportedLocale, string>>}[];
}

/**
 * dist/data/search/<locale>.json: every occupation as <career-search> and <career-explorer> find
 * and list it, in one language. Fetched by those elements on first use, never by other widgets.
 * Hand-written, as no schema describes it: the build writes it from the dataset it has validated.
 */
export interface SearchIndex {
  locale: SupportedLocale;
  /** The keys of the alternate-title files (search/alternates/<key>.json): first letters, or first two where one letter's file would be too large. */
  alternates: string[];
  /** The editions most figures are from: an entry names its own year, period or source only where they differ. */
  latest: {pay: {year: number; source: string}; outlook: {start: number; end: number; source: string}};
  occupations: SearchEntry[];
}

export interface SearchEntry {
  /** Left out where it is what slugFor (src/slugs.ts) makes of the English title, as it is for every imported occupation. */
  id?: string;
  code?: string;
  /** The title in the index's language, or in English where it has none (then `titleLang` is `en`). */
  title: string;
  titleLang?: SupportedLocale;
  /** The English title, in the other languages' indexes. */
  english?: string;
  /** Other forms, in the index's language, of the words of the title (the glossary's): `медсестра` beside `медицинская сестра`. */
  forms?: string[];
  /** The primary interest area (the first letter of the Holland code). */
  interest?: HollandLetter;
  jobZone?: JobZone;
  education?: EducationCode;
  /** The latest median wage: annual, or hourly (`per: 'hour'`) where the BLS publishes hourly figures only. */
  pay?: {median: WageValue; per?: 'hour'; year?: number; source?: string};
  /** The latest projection. */
  outlook?: {comparedWithAverage: OutlookComparison; growthPercent?: number; start?: number; end?: number; source?: string};
  /** How many people do the work, to two significant figures: for ranking, never shown. */
  employment?: number;
}

/** dist/data/search/alternates/<key>.json: O*NET's alternate titles (English) of the occupations, by O*NET-SOC code, that have a word starting with <key>. */
export type AlternateTitles = Record<string, string[]>;
