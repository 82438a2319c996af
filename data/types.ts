/**
 * The career dataset's types. The JSON Schemas beside this file (schema/)
 * describe the same shapes for the build-time validator; keep the two in step.
 *
 * Source form (data/occupations/<id>/): facts.json is locale-independent,
 * <locale>.json holds that locale's text. Runtime form (dist/data/<id>/<locale>/<part>.json,
 * written by `npm run build:data`): the facts, with the related occupations' figures
 * and the cited sources folded in, and the part of the locale's text one widget shows
 * (TEXT_PARTS), so a widget makes one request however large the dataset grows.
 */

export const SUPPORTED_LOCALES = ['en', 'fil', 'ru', 'is', 'ms', 'ar'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
export const SOURCE_LOCALE: SupportedLocale = 'en';

export type EducationCode =
  | 'none'
  | 'high-school'
  | 'postsecondary-nondegree'
  | 'associate'
  | 'bachelor'
  | 'master'
  | 'doctoral'
  | 'varies';

export type OutlookComparison = 'much-faster' | 'faster' | 'as-fast' | 'slower' | 'decline';
export type HollandLetter = 'R' | 'I' | 'A' | 'S' | 'E' | 'C';
export type WorkValue =
  | 'achievement'
  | 'working-conditions'
  | 'recognition'
  | 'relationships'
  | 'support'
  | 'independence';

/** Percentiles and mean in US dollars: whichever an edition reports. */
export interface WageDistribution {
  p10?: number;
  p25?: number;
  median?: number;
  p75?: number;
  p90?: number;
  mean?: number;
}
export type WageStatistic = keyof WageDistribution;
export const WAGE_STATISTICS: readonly WageStatistic[] = ['p10', 'p25', 'median', 'p75', 'p90', 'mean'];

/** Editorial fields: `shown: false` marks the losing side of a conflict between editions. */
interface Observation {
  source: string;
  shown?: boolean;
  note?: string;
}

export interface WageObservation extends Observation {
  year: number;
  annual?: WageDistribution;
  hourly?: WageDistribution;
}

export interface EmploymentObservation extends Observation {
  year: number;
  count: number;
}

export interface OutlookProjection extends Observation {
  start: number;
  end: number;
  growthPercent?: number;
  comparedWithAverage: OutlookComparison;
}

export interface OccupationFacts {
  id: string;
  soc: {code: string; version: '2010' | '2018'};
  education: EducationCode;
  /** Sources of the text, by runtime text part or by text field: the editions each was edited from. */
  textSources: Partial<Record<TextPart | keyof OccupationText, string[]>>;
  wages: WageObservation[];
  employment?: EmploymentObservation[];
  outlook?: OutlookProjection[];
  holland?: HollandLetter[];
  mbti?: string[];
  workValues?: WorkValue[];
  related?: string[];
}

export interface NamedExplanation {
  name: string;
  explanation: string;
}

export interface IntroducedList {
  intro: string;
  items: string[];
}

export interface OccupationText {
  title: string;
  summary: string;
  whereTheyWork?: string;
  duties?: IntroducedList;
  education?: string[];
  educationNote?: string;
  softSkills?: {intro: string; items: NamedExplanation[]};
  personalQualities?: NamedExplanation[];
  downsides?: string[];
  employerExpectations?: IntroducedList;
  fitIntro?: string;
  workEnvironment?: string;
  schedule?: string;
  howToGetTheJob?: {heading: string; text: string}[];
}

export interface Source {
  publisher: string;
  title: string;
  /** ISO date on which the edition that cites it was visited. */
  visited?: string;
  url?: string;
  seeds: string[];
}

/**
 * Which text fields each runtime part carries; every part also carries the
 * title and the citations of the sources its occupation cites. A widget names
 * the part it needs, so a one-widget page never downloads the whole profile.
 */
export const TEXT_PARTS = {
  overview: ['summary', 'whereTheyWork', 'educationNote'],
  skills: ['softSkills', 'personalQualities'],
  related: [],
  profile: [
    'duties',
    'education',
    'downsides',
    'employerExpectations',
    'fitIntro',
    'workEnvironment',
    'schedule',
    'howToGetTheJob',
  ],
} as const satisfies Record<string, readonly (keyof OccupationText)[]>;
export type TextPart = keyof typeof TEXT_PARTS;

/** dist/data/<id>/facts.json */
export interface RuntimeFacts extends Omit<OccupationFacts, 'related'> {
  related: Pick<OccupationFacts, 'id' | 'education' | 'wages'>[];
  sources: Record<string, Omit<Source, 'seeds'>>;
}

/** The text of a runtime part: the title, the part's fields, and for the related part the related occupations' text. */
export interface RuntimeText extends Partial<OccupationText> {
  title: string;
  related?: Record<string, Pick<OccupationText, 'title' | 'summary' | 'educationNote'>>;
  /** Localized citations by source id. */
  sources: Record<string, string>;
}

/** dist/data/<id>/<locale>/<part>.json */
export interface RuntimeData {
  facts: RuntimeFacts;
  text: RuntimeText;
}

/** dist/data/index.json: what the demo and the embed builder list; widgets never fetch it. */
export interface DatasetIndex {
  locales: SupportedLocale[];
  occupations: {id: string; titles: Record<SupportedLocale, string>}[];
}
