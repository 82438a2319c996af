// Finding occupations in a language's search index (data/types.ts, SearchIndex) as a reader
// types: by title in the reader's language and in English, by the other forms of its words,
// by O*NET's alternate titles, and by code. The index is small (923 occupations): every
// keystroke scores every occupation, which takes a millisecond or two.
import {SOURCE_LOCALE, type AlternateTitles, type SearchEntry, type SearchIndex, type SupportedLocale} from '../data/types.js';
import {slugFor} from './slugs.js';
import {fold, foldedWords, mayBeCompoundPart, PREFIX_MATCH, TypedWord, wordMatch, words, type IndexedWord} from './search-text.js';

/** Why an occupation was found: what the reader's words matched, when it is not the title shown. */
export type MatchReason =
  | {kind: 'title'}
  | {kind: 'code'; text: string}
  | {kind: 'english' | 'form' | 'alternate'; text: string; lang: SupportedLocale};

/** An occupation of the index with what it leaves out filled in. */
export type IndexedOccupation = SearchEntry & {id: string};

export interface SearchResult {
  entry: IndexedOccupation;
  reason: MatchReason;
  score: number;
}

/** A field to add: its occupation, kind, text and language. */
type NewField = [IndexedOccupation, Field['kind'], string, SupportedLocale];

interface Field {
  entry: IndexedOccupation;
  kind: 'title' | 'english' | 'form' | 'alternate';
  text: string;
  lang: SupportedLocale;
  words: IndexedWord[];
}

/**
 * How much a match counts by where it is. A whole word always outranks the beginning of one
 * (nurse: Registered Nurses before Nursery Workers), whatever else counts.
 */
const FIELD_WEIGHTS: Record<Field['kind'] | 'code', number> = {title: 10, code: 10, form: 9, english: 8, alternate: 6};
/** How much the share of a title's words the reader typed counts: “nurse” fits Registered Nurses better than Licensed Practical and Licensed Vocational Nurses. */
const COVERAGE_WEIGHT = 0.5;
/** How much how many people do the work counts, at most: less than what separates a whole word from the beginning of one. */
const POPULARITY_WEIGHT = 2;
const LARGEST_EMPLOYMENT = 1e7;
const CODE_QUERY = /^\d[\d.-]*$/;

export class OccupationSearch {
  readonly locale: SupportedLocale;
  /** Every occupation, in the order of their titles in the index's language. */
  readonly occupations: IndexedOccupation[];
  private readonly words = new WordIndex();
  private readonly alternates = new Set<string>();
  private readonly byCode = new Map<string, IndexedOccupation>();
  private readonly loadedAlternates = new Set<string>();

  /**
   * Settles once the English titles and the other word forms are searched too. The titles in the
   * index's language are searched at once, so that the reader's first letter finds them while
   * the rest, three times as many fields, is added once they are painted.
   */
  readonly complete: Promise<void>;

  constructor(readonly index: SearchIndex) {
    this.locale = index.locale;
    this.occupations = index.occupations.map((entry) => resolve(entry, index.latest));
    const titles: NewField[] = [];
    const rest: NewField[] = [];
    for (const entry of this.occupations) {
      titles.push([entry, 'title', entry.title, entry.titleLang ?? this.locale]);
      if (entry.english) rest.push([entry, 'english', entry.english, SOURCE_LOCALE]);
      for (const form of entry.forms ?? []) rest.push([entry, 'form', form, this.locale]);
      if (entry.code) this.byCode.set(entry.code, entry);
    }
    this.addFields(titles);
    this.complete = new Promise((resolve) => afterNextPaint(() => resolve(this.addFields(rest))));
  }

  /**
   * The alternate-title file (search/alternates/<key>.json) that holds the alternate titles
   * `query` can match, when it is not yet added: undefined when none is needed (a code, no
   * Latin letters yet, or the file is here).
   */
  alternatesKey(query: string): string | undefined {
    const longest = words(query).filter((word) => /^[a-z]/.test(word)).sort((a, b) => b.length - a.length)[0];
    if (!longest) return undefined;
    const key = this.index.alternates.find((k) => longest.startsWith(k));
    return key && !this.loadedAlternates.has(key) ? key : undefined;
  }

  /** Adds the alternate titles of one file (they are in English). */
  addAlternates(key: string, titles: AlternateTitles) {
    if (this.loadedAlternates.has(key)) return;
    this.loadedAlternates.add(key);
    const fields: NewField[] = [];
    for (const [code, alternates] of Object.entries(titles)) {
      const entry = this.byCode.get(code);
      if (!entry) continue;
      // A title with words of several letters is in each of their files.
      for (const text of alternates) {
        if (this.alternates.has(`${code} ${text}`)) continue;
        this.alternates.add(`${code} ${text}`);
        fields.push([entry, 'alternate', text, SOURCE_LOCALE]);
      }
    }
    this.addFields(fields);
  }

  private addFields(fields: NewField[]) {
    // Folded in one go: one long string folds much faster than thousands of short ones.
    const folded = fold(fields.map(([, , text]) => text.replaceAll('\n', ' ')).join('\n')).split('\n');
    fields.forEach(([entry, kind, text, lang], i) => this.words.add({entry, kind, text, lang, words: foldedWords(folded[i], lang)}));
  }

  /** The occupations that match every word of `query`, best first. */
  search(query: string, limit = Infinity): SearchResult[] {
    const trimmed = query.trim();
    if (!trimmed) return [];
    if (CODE_QUERY.test(trimmed)) return this.byCodePrefix(trimmed).sort(compareResults).slice(0, limit);
    const typed = words(trimmed).map((word) => new TypedWord(word));
    // Occupations that have every word the reader typed; failing that, those that have most of them (“night nurse”).
    const results = this.byWords(typed, true);
    return (results.length ? results : this.byWords(typed, false)).sort(compareResults).slice(0, limit);
  }

  private byCodePrefix(query: string): SearchResult[] {
    const results: SearchResult[] = [];
    for (const entry of this.occupations) {
      if (!entry.code?.startsWith(query)) continue;
      const whole = entry.code === query || entry.code === `${query}.00`;
      results.push({entry, reason: {kind: 'code', text: entry.code}, score: FIELD_WEIGHTS.code * (whole ? 1 : PREFIX_MATCH) + popularity(entry)});
    }
    return results;
  }

  private byWords(typed: TypedWord[], everyWord: boolean): SearchResult[] {
    const langs: SupportedLocale[] = [...new Set([this.locale, SOURCE_LOCALE])];
    const best = new Map<IndexedOccupation, {field: Field; score: number}>();
    for (const field of this.words.fieldsWithAny(typed, langs)) {
      const score = fieldScore(typed, field, everyWord);
      if (score > (best.get(field.entry)?.score ?? 0)) best.set(field.entry, {field, score});
    }
    return [...best].map(([entry, {field, score}]) => ({
      entry,
      reason: field.kind === 'title' ? {kind: 'title'} : {kind: field.kind, text: field.text, lang: field.lang},
      score: score + popularity(entry),
    }));
  }
}

/**
 * The fields by each of their words, folded and stemmed, and the words by their first letter:
 * those that begin with what was typed are found by scanning one letter's words, with nothing
 * to sort when words are added. The words of languages that write compounds as one word are
 * also kept in one list, scanned for a typed word inside them.
 */
class WordIndex {
  private readonly fields = new Map<string, Field[]>();
  private readonly byFirstLetter = new Map<string, string[]>();
  private readonly compoundable = new Set<string>();

  add(field: Field) {
    for (const {folded, stem} of field.words) {
      this.addKey(folded, field);
      if (stem !== folded) this.addKey(stem, field);
      if (mayBeCompoundPart(folded, field.lang)) this.compoundable.add(folded);
    }
  }

  private addKey(key: string, field: Field) {
    const fields = this.fields.get(key);
    if (fields) {
      fields.push(field);
      return;
    }
    this.fields.set(key, [field]);
    const letter = this.byFirstLetter.get(key[0]);
    if (letter) letter.push(key);
    else this.byFirstLetter.set(key[0], [key]);
  }

  /** The fields with a word that any typed word may match (wordMatch), in the languages given. */
  fieldsWithAny(typed: TypedWord[], langs: SupportedLocale[]): Set<Field> {
    const found = new Set<Field>();
    const addFieldsOf = (key: string) => this.fields.get(key)!.forEach((field) => found.add(field));
    const prefixes = new Set(typed.flatMap((word) => [word.folded, ...langs.map((lang) => word.stem(lang)).filter((stem) => stem.length > 1)]));
    for (const prefix of prefixes) {
      for (const key of this.byFirstLetter.get(prefix[0]) ?? []) if (key.startsWith(prefix)) addFieldsOf(key);
    }
    for (const {folded} of typed.filter((word) => langs.some((lang) => mayBeCompoundPart(word.folded, lang)))) {
      for (const key of this.compoundable) if (key.includes(folded, 1)) addFieldsOf(key);
    }
    return found;
  }
}

/** Runs `work` once the browser has painted what the current task renders (in Node, in the next task). */
function afterNextPaint(work: () => void) {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(work, 0));
  else setTimeout(work, 0);
}

/**
 * Fills in what the index leaves out, in place: the common editions' years and sources, and the
 * id where it is the English title's slug, worked out when first asked for (few ever are).
 */
function resolve(entry: SearchEntry, latest: SearchIndex['latest']): IndexedOccupation {
  if (entry.pay) entry.pay = Object.assign({}, latest.pay, entry.pay);
  if (entry.outlook) entry.outlook = Object.assign({}, latest.outlook, entry.outlook);
  if (entry.id === undefined) {
    Object.defineProperty(entry, 'id', {
      get: () => Object.defineProperty(entry, 'id', {value: slugFor(entry.english ?? entry.title), enumerable: true}).id,
      enumerable: true,
      configurable: true,
    });
  }
  return entry as IndexedOccupation;
}

/** How well the typed words match one field; 0 when one of them is not in it (`everyWord`) or none is. */
function fieldScore(typed: TypedWord[], field: Field, everyWord: boolean): number {
  let total = 0;
  const matched = new Set<IndexedWord>();
  for (const word of typed) {
    let best = 0;
    let bestWord: IndexedWord | undefined;
    for (const candidate of field.words) {
      const match = wordMatch(word, candidate, field.lang);
      if (match > best) [best, bestWord] = [match, candidate];
    }
    if (!best && everyWord) return 0;
    total += best;
    if (bestWord) matched.add(bestWord);
  }
  if (!matched.size) return 0;
  const coverage = matched.size / field.words.length;
  return FIELD_WEIGHTS[field.kind] * (total / typed.length) + COVERAGE_WEIGHT * coverage;
}

function popularity(entry: IndexedOccupation): number {
  return entry.employment ? (POPULARITY_WEIGHT * Math.log10(1 + entry.employment)) / Math.log10(LARGEST_EMPLOYMENT) : 0;
}

/** Best first; among equals, an occupation before its specialties (29-1141.00 before .01), then the shorter title. */
function compareResults(a: SearchResult, b: SearchResult): number {
  return (
    b.score - a.score ||
    Number(b.entry.code?.endsWith('.00') ?? false) - Number(a.entry.code?.endsWith('.00') ?? false) ||
    a.entry.title.length - b.entry.title.length ||
    a.entry.id.localeCompare(b.entry.id)
  );
}
