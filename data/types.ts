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

/**
 * The public sources every imported occupation cites. Their citations are interface strings
 * (src/labels.ts, translated in xliff/), not data, so that 900 occupations do not each carry
 * them in six languages.
 */
export const PUBLIC_SOURCES = ['onet-29-3', 'bls-oews', 'bls-ep-2024-34'] as const;

export type EducationCode =
  | 'none'
  | 'high-school'
  | 'postsecondary-nondegree'
  | 'some-college'
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

/** BLS Employment Projections: work experience in a related occupation needed for entry. */
export type ExperienceCode = 'none' | 'less-than-5-years' | '5-years-or-more';
/** BLS Employment Projections: typical on-the-job training needed to attain competency. */
export type TrainingCode = 'none' | 'short-term' | 'moderate-term' | 'long-term' | 'apprenticeship' | 'internship-residency';
/** O*NET Job Zone: how much preparation an occupation needs, from 1 (little or none) to 5 (extensive). */
export type JobZone = 1 | 2 | 3 | 4 | 5;

/**
 * A wage in US dollars, or, where the BLS publishes only that it is at or above the top of its
 * range (`#` in OEWS), that top: `{atLeast: 239200}` reads "at least $239,200", never as a plain figure.
 */
export type WageValue = number | {atLeast: number};

/** Percentiles and mean in US dollars: whichever an edition reports. */
export interface WageDistribution {
  p10?: WageValue;
  p25?: WageValue;
  median?: WageValue;
  p75?: WageValue;
  p90?: WageValue;
  mean?: WageValue;
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
  /** Set where the figures are those of a broader SOC group than the occupation's own code. */
  soc?: string;
  annual?: WageDistribution;
  hourly?: WageDistribution;
}

export interface EmploymentObservation extends Observation {
  year: number;
  /** Set where the count is that of a broader SOC group than the occupation's own code. */
  soc?: string;
  count: number;
}

export interface OutlookProjection extends Observation {
  start: number;
  end: number;
  growthPercent?: number;
  comparedWithAverage: OutlookComparison;
  /** The growth of all occupations over the same years, in percent (3.1 for 2024–34). */
  averageGrowthPercent?: number;
  /** Employment in the first and last year of the projection. */
  employment?: {start: number; end: number};
  /** Set where the projection is that of a broader SOC group than the occupation's own code. */
  soc?: string;
  /** Openings each year, on average over the projection: growth plus replacement. */
  annualOpenings?: number;
}

/** An O*NET descriptor (a skill, a knowledge area, a work style) and how important it is, 1–5. */
export interface RatedElement {
  /** O*NET Content Model id, e.g. 2.A.1.a. */
  id: string;
  /** Its name in O*NET (English). */
  name: string;
  importance: number;
}

/** O*NET interest profile: a score (1–7) for each RIASEC type, and the high-point code. */
export interface InterestProfile {
  scores: Record<HollandLetter, number>;
  code: HollandLetter[];
  source: string;
}

export interface TechnologySkill {
  /** The product or technology, e.g. "Microsoft Excel". */
  name: string;
  /** Its UNSPSC commodity, e.g. "Spreadsheet software". */
  category: string;
  /** O*NET's Hot Technology flag: often named in employers' job postings. */
  hot: boolean;
  /** O*NET's In Demand flag for this occupation. */
  inDemand: boolean;
}

export type RelatednessTier = 'primary-short' | 'primary-long' | 'supplemental';

export interface OccupationFacts {
  id: string;
  /** The O*NET-SOC code (O*NET 29.3, 2019 taxonomy), e.g. 29-1141.00. */
  code?: string;
  soc: {code: string; version: '2010' | '2018'};
  /** Typical education needed for entry (absent where no source says). */
  education?: EducationCode;
  experience?: ExperienceCode;
  training?: TrainingCode;
  jobZone?: JobZone;
  /**
   * The O*NET occupations that share this one's SOC code (and so its wages, which the BLS
   * publishes per SOC code), this one included; absent when it has its SOC code alone.
   */
  sharedSoc?: string[];
  /** Sources of the text, by runtime text part or by text field: the editions each was edited from. */
  textSources: Partial<Record<TextPart | keyof OccupationText, string[]>>;
  wages: WageObservation[];
  employment?: EmploymentObservation[];
  outlook?: OutlookProjection[];
  holland?: HollandLetter[];
  interests?: InterestProfile;
  mbti?: string[];
  workValues?: WorkValue[];
  /** Related occupations, closest first: for an imported occupation, O*NET's Primary-Short tier. */
  related?: string[];
  /** O*NET's further tiers of related occupations, each in O*NET's order (search and exploration read them). */
  relatedTiers?: Partial<Record<Exclude<RelatednessTier, 'primary-short'>, string[]>>;
  /** O*NET's ratings, most important first: the descriptors rated important (3 or more of 5). */
  skills?: RatedElement[];
  knowledge?: RatedElement[];
  workStyles?: RatedElement[];
  technology?: TechnologySkill[];
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
  /** O*NET task statements, core tasks first. */
  tasks?: string[];
}

export interface Source {
  publisher: string;
  title: string;
  /** ISO date on which the edition that cites it was visited. */
  visited?: string;
  url?: string;
  /** The seed documents that cite it; absent for the public sources the importer reads. */
  seeds?: string[];
}

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

/** What every part carries of the facts. */
type CommonFacts = Pick<OccupationFacts, 'id' | 'code' | 'soc' | 'textSources'>;

/** A related occupation as the related part carries it: enough for one row of a table. */
export interface RuntimeRelated extends Pick<OccupationFacts, 'id' | 'code' | 'education'> {
  /** Its median pay, by year. */
  wages: WageObservation[];
}

/** The facts of a runtime part: the common ones, and the part's own. */
export interface RuntimeFacts extends CommonFacts, Partial<Omit<OccupationFacts, keyof CommonFacts | 'related'>> {
  related?: RuntimeRelated[];
  /** In the technology part: how many technology skills O*NET lists, of which `technology` is a selection. */
  technologyCount?: number;
  /** In the overview: the facts and text fields (in English) the occupation has, in any part, so a profile lists only its sections. */
  contents?: string[];
  sources: Record<string, Omit<Source, 'seeds'>>;
}

/** The text of a runtime part in one language: the title, the part's fields, the related occupations' text. */
export interface RuntimeText extends Partial<OccupationText> {
  title: string;
  related?: Record<string, Pick<OccupationText, 'title' | 'summary' | 'educationNote'> & {langs?: Partial<Record<'title' | 'summary' | 'educationNote', string>>}>;
  /** Citations of the sources, by source id, in the text's language. */
  sources: Record<string, string>;
  /**
   * The fields shown in another language than the one asked for (English, where no translation
   * exists), by field name ('title', 'summary', 'tasks'…): the language each is in. The widgets
   * mark such text with `lang` and `dir`, so screen readers read it in its own voice.
   */
  langs?: Partial<Record<keyof OccupationText, string>>;
  /**
   * The names, in the text's language, of the terms the facts name in English: O*NET's skills,
   * knowledge areas and work styles by Content Model id, kinds of software by O*NET's name.
   * A term without one is shown in English, marked as English.
   */
  terms?: Record<string, string>;
}

/** One career in one language, as a widget shows it; also the form of a host's own data (`src`). */
export interface RuntimeData {
  facts: RuntimeFacts;
  text: RuntimeText;
}

/**
 * dist/data/<id>/<part>.json: a part in every language at once. Nothing that is not localized
 * is stored per language: the facts once, the text in its source language (English), the
 * titles and citations (short) in every language that has them. Long text translated into a
 * language is in <part>.<locale>.json (a RuntimeText), listed in `translations`; a widget in
 * another language fetches nothing more.
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
 */
export interface DatasetIndex {
  locales: SupportedLocale[];
  occupations: {id: string; code?: string; titles: Partial<Record<SupportedLocale, string>>}[];
}
