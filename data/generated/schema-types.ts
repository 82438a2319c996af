// Generated from data/schema/*.schema.json by scripts/schema-types.ts (npm run types); do not edit.

/**
 * Typical education needed for entry, as a code the widgets localize; absent where no source says.
 */
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
/**
 * Work experience in a related occupation needed for entry (BLS Employment Projections), as a code the widgets localize.
 */
export type ExperienceCode = 'none' | 'less-than-5-years' | '5-years-or-more';
/**
 * Typical on-the-job training needed to attain competency (BLS Employment Projections), as a code the widgets localize.
 */
export type TrainingCode =
  'none' | 'short-term' | 'moderate-term' | 'long-term' | 'apprenticeship' | 'internship-residency';
/**
 * O*NET Job Zone: how much preparation the occupation needs, from 1 (little or none) to 5 (extensive).
 */
export type JobZone = 1 | 2 | 3 | 4 | 5;
/**
 * The O*NET occupations that share this one's SOC code (and so its wages, which the BLS publishes per SOC code), this one included; absent when it has its SOC code alone.
 *
 * @minItems 2
 *
 * Items: An O*NET-SOC code, e.g. 29-1141.00.
 */
export type SharedSoc = string[];
export type WageObservation = (
  | {
      annual: unknown;
    }
  | {
      hourly: unknown;
    }
) & {
  year: number;
  source: string;
  /**
   * Set where the figures are those of a broader SOC group than the occupation's own code.
   */
  soc?: string;
  annual?: WageDistribution;
  hourly?: WageDistribution;
  /**
   * false on the losing side of a conflict between editions: kept in the data, not shown.
   */
  shown?: boolean;
  /**
   * For editors: why, where editions disagree.
   */
  note?: string;
};
/**
 * A wage in US dollars, or, where the BLS publishes only that it is at or above the top of its range (`#` in OEWS), that top: {"atLeast": 239200} reads "at least $239,200", never as a plain figure.
 */
export type WageValue =
  | number
  | {
      atLeast: number;
    };
/**
 * Wage observations as a dated series, one per edition that reports them; empty where none does (the BLS publishes no wages for some occupations).
 */
export type Wages = WageObservation[];
export type Employment = EmploymentObservation[];
export type OutlookComparison = 'much-faster' | 'faster' | 'as-fast' | 'slower' | 'decline';
/**
 * Employment projections by period.
 */
export type Outlook = OutlookProjection[];
export type HollandLetter = 'R' | 'I' | 'A' | 'S' | 'E' | 'C';
/**
 * Holland (RIASEC) interest code letters, strongest first.
 *
 * @maxItems 3
 */
export type Holland = HollandLetter[];
export type Mbti = string[];
export type WorkValue =
  'achievement' | 'working-conditions' | 'recognition' | 'relationships' | 'support' | 'independence';
/**
 * O*NET work values.
 */
export type WorkValues = WorkValue[];
/**
 * O*NET's skill ratings, most important first: the skills rated important (3 or more of 5).
 */
export type Skills = RatedElement[];
/**
 * O*NET's knowledge ratings, most important first: the areas rated important (3 or more of 5).
 */
export type Knowledge = RatedElement[];
/**
 * O*NET's work style ratings, most important first: the styles rated important (3 or more of 5).
 */
export type WorkStyles = RatedElement[];
/**
 * O*NET's technology skills: the products and technologies used in the occupation.
 */
export type Technology = TechnologySkill[];
/**
 * @minItems 1
 */
export type Education = string[];
/**
 * @minItems 1
 */
export type PersonalQualities = NamedExplanation[];
/**
 * @minItems 1
 */
export type Downsides = string[];
/**
 * @minItems 1
 */
export type HowToGetTheJob = {
  heading: string;
  text: string;
}[];
/**
 * O*NET task statements, core tasks first.
 *
 * @minItems 1
 */
export type Tasks = string[];
/**
 * translated: written by a translator (or a machine-assisted one), not yet reviewed; reviewed: checked by a second, native-speaking editor, or published in the language's own edition (the seeds).
 */
export type ReviewState = 'translated' | 'reviewed';

/**
 * The locale-independent facts of one occupation. Every figure carries its year and the id of its source in data/sources.json.
 */
export interface OccupationFacts {
  $schema?: string;
  id: string;
  /**
   * The O*NET-SOC code (O*NET 29.3, 2019 taxonomy), e.g. 29-1141.00.
   */
  code?: string;
  soc: Soc;
  education?: EducationCode;
  experience?: ExperienceCode;
  training?: TrainingCode;
  jobZone?: JobZone;
  sharedSoc?: SharedSoc;
  wages: Wages;
  employment?: Employment;
  outlook?: Outlook;
  holland?: Holland;
  interests?: InterestProfile;
  mbti?: Mbti;
  workValues?: WorkValues;
  /**
   * Related occupations, closest first: for an imported occupation, O*NET's Primary-Short tier.
   */
  related?: string[];
  /**
   * O*NET's further tiers of related occupations, each in O*NET's order (search and exploration read them).
   */
  relatedTiers?: {
    'primary-long'?: string[];
    supplemental?: string[];
  };
  skills?: Skills;
  knowledge?: Knowledge;
  workStyles?: WorkStyles;
  technology?: Technology;
  textSources: TextSources;
}
/**
 * Standard Occupational Classification code.
 */
export interface Soc {
  /**
   * A Standard Occupational Classification code, e.g. 29-1141.
   */
  code: string;
  version: '2010' | '2018';
}
/**
 * Percentiles and mean in US dollars; an edition reports whichever it has.
 */
export interface WageDistribution {
  p10?: WageValue;
  p25?: WageValue;
  median?: WageValue;
  p75?: WageValue;
  p90?: WageValue;
  mean?: WageValue;
}
export interface EmploymentObservation {
  year: number;
  count: number;
  source: string;
  /**
   * Set where the count is that of a broader SOC group than the occupation's own code.
   */
  soc?: string;
  /**
   * false on the losing side of a conflict between editions: kept in the data, not shown.
   */
  shown?: boolean;
  /**
   * For editors: why, where editions disagree.
   */
  note?: string;
}
export interface OutlookProjection {
  start: number;
  end: number;
  growthPercent?: number;
  comparedWithAverage: OutlookComparison;
  /**
   * The growth of all occupations over the same years, in percent (3.1 for 2024–34).
   */
  averageGrowthPercent?: number;
  /**
   * Employment in the first and last year of the projection.
   */
  employment?: {
    start: number;
    end: number;
  };
  /**
   * Openings each year, on average over the projection: growth plus replacement.
   */
  annualOpenings?: number;
  source: string;
  /**
   * false on the losing side of a conflict between editions: kept in the data, not shown.
   */
  shown?: boolean;
  /**
   * For editors: why, where editions disagree.
   */
  note?: string;
  /**
   * Set where the projection is that of a broader SOC group than the occupation's own code.
   */
  soc?: string;
}
/**
 * O*NET interest profile: a score (1–7) for each RIASEC type, and the high-point code.
 */
export interface InterestProfile {
  scores: {
    R: number;
    I: number;
    A: number;
    S: number;
    E: number;
    C: number;
  };
  /**
   * The high-point code: its letters, strongest first.
   *
   * @minItems 1
   * @maxItems 3
   */
  code: HollandLetter[];
  source: string;
}
/**
 * An O*NET descriptor (a skill, a knowledge area, a work style) and how important it is, 1–5.
 */
export interface RatedElement {
  /**
   * O*NET Content Model id, e.g. 2.A.1.a.
   */
  id: string;
  /**
   * Its name in O*NET (English).
   */
  name: string;
  importance: number;
}
export interface TechnologySkill {
  /**
   * The product or technology, e.g. "Microsoft Excel".
   */
  name: string;
  /**
   * Its UNSPSC commodity, e.g. "Spreadsheet software".
   */
  category: string;
  /**
   * O*NET's Hot Technology flag: often named in employers' job postings.
   */
  hot: boolean;
  /**
   * O*NET's In Demand flag for this occupation.
   */
  inDemand: boolean;
}
/**
 * Sources of the text, by runtime text part (TEXT_PARTS in data/types.ts) or by text field: the editions each was edited from.
 */
export interface TextSources {
  /**
   * @minItems 1
   */
  overview?: string[];
  /**
   * @minItems 1
   */
  skills?: string[];
  /**
   * @minItems 1
   */
  related?: string[];
  /**
   * @minItems 1
   */
  profile?: string[];
  /**
   * @minItems 1
   */
  technology?: string[];
  /**
   * @minItems 1
   */
  title?: string[];
  /**
   * @minItems 1
   */
  summary?: string[];
  /**
   * @minItems 1
   */
  whereTheyWork?: string[];
  /**
   * @minItems 1
   */
  duties?: string[];
  /**
   * @minItems 1
   */
  education?: string[];
  /**
   * @minItems 1
   */
  educationNote?: string[];
  /**
   * @minItems 1
   */
  softSkills?: string[];
  /**
   * @minItems 1
   */
  personalQualities?: string[];
  /**
   * @minItems 1
   */
  downsides?: string[];
  /**
   * @minItems 1
   */
  employerExpectations?: string[];
  /**
   * @minItems 1
   */
  fitIntro?: string[];
  /**
   * @minItems 1
   */
  workEnvironment?: string[];
  /**
   * @minItems 1
   */
  schedule?: string[];
  /**
   * @minItems 1
   */
  howToGetTheJob?: string[];
  /**
   * @minItems 1
   */
  tasks?: string[];
}
/**
 * A language's glossary: the one translation of each term that recurs in occupation titles (data/l10n/<locale>/glossary.json). `npm run l10n:status -- --glossary` lists the titles whose English has a term but whose translation has none of its forms, and that are not among its exceptions.
 */
export interface GlossaryFile {
  $schema?: string;
  language: string;
  /**
   * By English term, in lower case and singular (it also matches its plural).
   */
  entries: {
    [k: string]: GlossaryEntry;
  };
}
export interface GlossaryEntry {
  target: string;
  /**
   * Other forms of the target that titles may use (plural, cases, construct state).
   */
  forms?: string[];
  /**
   * Titles (by O*NET-SOC code) that rightly do not use the term, and why: an established name, a false match.
   */
  exceptions?: {
    [k: string]: string;
  };
  note?: string;
}
/**
 * Text shared by every occupation in one locale.
 */
export interface LocaleText {
  $schema?: string;
  /**
   * Source citations in this locale, by source id.
   */
  sources: {
    [k: string]: string;
  };
}
/**
 * One career's facts and text in one language, as a widget shows it: what a widget shows of one runtime part (dist/data/<id>/<part>.json) in one language, and the form of a host's own data (the widgets' src attribute). Widgets validate data that does not come with the library against it.
 */
export interface RuntimeData {
  facts: RuntimeFacts;
  text: RuntimeText;
}
/**
 * The facts every part carries (the ids and the text's sources) and the part's own; every other fact is in another part, or absent where no source has it.
 */
export interface RuntimeFacts {
  id: string;
  /**
   * The O*NET-SOC code (O*NET 29.3, 2019 taxonomy), e.g. 29-1141.00.
   */
  code?: string;
  soc: Soc;
  textSources: TextSources;
  education?: EducationCode;
  experience?: ExperienceCode;
  training?: TrainingCode;
  jobZone?: JobZone;
  sharedSoc?: SharedSoc;
  wages?: Wages;
  employment?: Employment;
  outlook?: Outlook;
  holland?: Holland;
  interests?: InterestProfile;
  mbti?: Mbti;
  workValues?: WorkValues;
  skills?: Skills;
  knowledge?: Knowledge;
  workStyles?: WorkStyles;
  technology?: Technology;
  /**
   * The related occupations, as the related part carries them: enough for one row of a table.
   */
  related?: RuntimeRelated[];
  sources: {
    [k: string]: {
      publisher: string;
      title: string;
      visited?: string;
      url?: string;
    };
  };
  /**
   * In the overview: the facts and text fields (in English) the occupation has, in any part, so that a profile lists only its sections.
   */
  contents?: string[];
  /**
   * In the technology part: how many technology skills O*NET lists in all, of which technology is a selection.
   */
  technologyCount?: number;
}
export interface RuntimeRelated {
  id: string;
  /**
   * The O*NET-SOC code (O*NET 29.3, 2019 taxonomy), e.g. 29-1141.00.
   */
  code?: string;
  education?: EducationCode;
  wages: Wages;
}
/**
 * The text of a runtime part in one language: the title, the part's fields, the related occupations' text.
 */
export interface RuntimeText {
  title: string;
  summary?: string;
  whereTheyWork?: string;
  duties?: IntroducedList;
  education?: Education;
  educationNote?: string;
  softSkills?: SoftSkills;
  personalQualities?: PersonalQualities;
  downsides?: Downsides;
  employerExpectations?: IntroducedList;
  fitIntro?: string;
  workEnvironment?: string;
  schedule?: string;
  howToGetTheJob?: HowToGetTheJob;
  tasks?: Tasks;
  related?: {
    [k: string]: {
      title: string;
      summary: string;
      educationNote?: string;
      langs?: {
        /**
         * A BCP 47 language tag, e.g. en or fil.
         */
        [k: string]: string;
      };
    };
  };
  /**
   * Citations of the sources, by source id, in the text's language.
   */
  sources: {
    [k: string]: string;
  };
  /**
   * The names, in the text's language, of the terms the facts name in English: O*NET's skills, knowledge areas and work styles by Content Model id (2.A.1.a), kinds of software by O*NET's name. A term without one is shown in English, marked as English.
   */
  terms?: {
    [k: string]: string;
  };
  /**
   * The fields shown in another language than the one asked for (English, where no translation exists), by field name: the language each is in. The widgets mark such text with lang and dir.
   */
  langs?: {
    /**
     * A BCP 47 language tag, e.g. en or fil.
     */
    [k: string]: string;
  };
}
export interface IntroducedList {
  intro: string;
  /**
   * @minItems 1
   */
  items: string[];
}
export interface SoftSkills {
  intro: string;
  /**
   * @minItems 1
   */
  items: NamedExplanation[];
}
export interface NamedExplanation {
  name: string;
  explanation: string;
}
/**
 * The sources of the figures and quotations, by id.
 */
export interface Sources {
  [k: string]: Source;
}
export interface Source {
  publisher: string;
  title: string;
  /**
   * The ISO date on which the edition that cites it was visited.
   */
  visited?: string;
  url?: string;
  /**
   * The seed documents (data/seeds/) that cite this source; absent for the public sources read by the importer.
   *
   * @minItems 1
   */
  seeds?: string[];
}
/**
 * An occupation's text in one locale. Every field that the English (source) file of an occupation has, each other locale's file must have too, with as many items; the build checks this.
 */
export interface OccupationText {
  $schema?: string;
  title: string;
  summary: string;
  whereTheyWork?: string;
  duties?: IntroducedList;
  education?: Education;
  educationNote?: string;
  softSkills?: SoftSkills;
  personalQualities?: PersonalQualities;
  downsides?: Downsides;
  employerExpectations?: IntroducedList;
  fitIntro?: string;
  workEnvironment?: string;
  schedule?: string;
  howToGetTheJob?: HowToGetTheJob;
  tasks?: Tasks;
}
/**
 * Translations of the dataset's text into one language, each with its review state: data/l10n/<locale>/titles.json (occupation titles, by O*NET-SOC code), terms.json (O*NET's skills, knowledge and work styles by Content Model id; kinds of software by their English name) and text/<id>.json (an occupation's long text: summary, tasks.<n>). Each entry keeps the English it translates: when the English changes, the entry is outdated and the widgets show the English until a translator updates it.
 */
export interface TranslationsFile {
  $schema?: string;
  /**
   * The locale the file translates into; it must be the folder's.
   */
  language: string;
  entries: {
    [k: string]: TranslationEntry;
  };
}
export interface TranslationEntry {
  /**
   * The English this entry translates, as the dataset has it.
   */
  source: string;
  /**
   * The translation.
   */
  target: string;
  state: ReviewState;
  /**
   * For translators and reviewers.
   */
  note?: string;
}
