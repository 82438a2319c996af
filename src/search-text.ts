// How <career-search> compares what a reader types with what titles say. Both sides go through
// the same steps, so a reader need not type a title's diacritics, letters or word forms:
//   fold: lower case; no diacritics (á → a, ё → е) nor Arabic tashkeel and tatweel; Icelandic
//         ð, þ, æ as d, th, ae; Arabic alef and hamza forms as bare alef, waw and yeh, ى as ي
//         and ة as ه;
//   stem: a light stemmer per language, which takes off the endings a word changes by: plural
//         -s in English (Lucene's EnglishMinimalStemmer), case endings in Russian (Savoy's light
//         stemmer, as Lucene's RussianLightStemmer has it), and the article ال and common
//         suffixes in Arabic (Lucene's ArabicStemmer). Icelandic, Malay and Filipino titles are
//         found by prefix and by the glossary's word forms (SearchEntry.forms);
//   compound parts: Icelandic writes compounds as one word, with the head last, so a word
//         typed whole matches the end of one (vörður: Öryggisvörður) and a word being typed
//         its middle (vörð).
// Written here rather than taken from a library: Snowball's JavaScript stemmers are several
// kilobytes a language and stem heavily (a reader's half-typed word stems apart from the title's).
import type {SupportedLocale} from '../data/types.js';

/** Letters Unicode does not decompose that readers type in Latin. */
const SPELLED_OUT: Record<string, string> = {ð: 'd', þ: 'th', æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ı: 'i'};
/** Arabic letters written in several ways; hamza on a carrier is removed with the marks. */
const ARABIC_VARIANTS: Record<string, string> = {'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه'};

/** `text` without what a reader may leave out: case, diacritics, letter variants. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most titles (English, Malay, Filipino) have nothing else to fold: the rest is the slow part.
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/[\p{M}\u0640]/gu, '')
    .replace(/[ðþæøœßłđı]/g, (letter) => SPELLED_OUT[letter])
    .replace(/[ٱىة]/g, (letter) => ARABIC_VARIANTS[letter]);
}

/** The words of `text`, folded. */
export function words(text: string): string[] {
  return splitWords(fold(text));
}

function splitWords(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Stems already worked out, by language: titles share most of their words. */
const stems = new Map<SupportedLocale, Map<string, string>>();

/** A folded word without the endings its language inflects it by. */
export function stem(word: string, locale: SupportedLocale): string {
  let known = stems.get(locale);
  if (!known) stems.set(locale, (known = new Map()));
  let stemmed = known.get(word);
  if (stemmed === undefined) known.set(word, (stemmed = STEMMERS[locale]?.(word) ?? word));
  return stemmed;
}

const STEMMERS: Partial<Record<SupportedLocale, (word: string) => string>> = {en: stemEnglish, ru: stemRussian, ar: stemArabic};

function stemEnglish(word: string): string {
  const n = word.length;
  if (n < 3 || !word.endsWith('s') || /[us]s$/.test(word)) return word;
  if (word.endsWith('ies') && n > 3 && !/[ae]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/[iaoe]es$/.test(word)) return word;
  return word.slice(0, -1);
}

// Savoy's endings, folded as fold() leaves them (й is и, ё is е).
const RUSSIAN_ENDINGS: [minLength: number, endings: string[]][] = [
  [7, ['иями', 'оями']],
  [6, ['иям', 'иях', 'оях', 'ями', 'оям', 'оьв', 'ами', 'его', 'ему', 'ери', 'ими', 'ого', 'ому', 'ыми', 'оев']],
  [5, ['ая', 'яя', 'ях', 'юю', 'ах', 'ею', 'их', 'ия', 'ию', 'ьв', 'ою', 'ую', 'ям', 'ых', 'ея', 'ам', 'ем', 'еи', 'ев', 'ии', 'им', 'ое', 'ои', 'ом', 'ов', 'ые', 'ыи', 'ым', 'ми']],
  [4, ['а', 'е', 'и', 'о', 'у', 'ы', 'я', 'ь']],
];

function stemRussian(word: string): string {
  let stemmed = word;
  for (const [minLength, endings] of RUSSIAN_ENDINGS) {
    const ending = stemmed.length >= minLength ? endings.find((e) => stemmed.endsWith(e)) : undefined;
    if (ending) {
      stemmed = stemmed.slice(0, -ending.length);
      break;
    }
  }
  if (stemmed.length > 3 && /(ь|и|нн)$/.test(stemmed)) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

// Folded: ة is ه. The article and its attached prepositions, then the suffixes, each once.
const ARABIC_PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'];
const ARABIC_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

function stemArabic(word: string): string {
  let stemmed = word;
  const prefix = ARABIC_PREFIXES.find((p) => stemmed.startsWith(p) && stemmed.length >= (p.length === 1 ? 4 : p.length + 2));
  if (prefix) stemmed = stemmed.slice(prefix.length);
  for (const suffix of ARABIC_SUFFIXES) {
    if (stemmed.endsWith(suffix) && stemmed.length >= suffix.length + 2) stemmed = stemmed.slice(0, -suffix.length);
  }
  return stemmed;
}

/** A word of a title as the search compares it. */
export interface IndexedWord {
  folded: string;
  stem: string;
}

export function indexedWords(text: string, locale: SupportedLocale): IndexedWord[] {
  return foldedWords(fold(text), locale);
}

/** The words of a text fold() has folded, stemmed. */
export function foldedWords(folded: string, locale: SupportedLocale): IndexedWord[] {
  return splitWords(folded).map((word) => ({folded: word, stem: stem(word, locale)}));
}

/** A word the reader typed, folded, and stemmed by the rules of each language it is compared in. */
export class TypedWord {
  private readonly stems = new Map<SupportedLocale, string>();

  constructor(readonly folded: string) {}

  stem(locale: SupportedLocale): string {
    let stemmed = this.stems.get(locale);
    if (stemmed === undefined) this.stems.set(locale, (stemmed = stem(this.folded, locale)));
    return stemmed;
  }
}

/**
 * How well a typed word matches a word of a title: 1 the same word (in any of its forms, or
 * as the head of a compound), a little less the beginning of one or of a compound's part (what
 * the reader is still typing), 0 not at all.
 */
export function wordMatch(typed: TypedWord, word: IndexedWord, locale: SupportedLocale): number {
  if (word.folded === typed.folded) return 1;
  const typedStem = typed.stem(locale);
  if (word.stem === typedStem) return 1;
  if (word.folded.startsWith(typed.folded) || (typedStem.length > 1 && word.stem.startsWith(typedStem))) return PREFIX_MATCH;
  if (mayBeCompoundPart(typed.folded, locale)) {
    if (word.folded.endsWith(typed.folded)) return 1;
    if (word.folded.includes(typed.folded, 1)) return PREFIX_MATCH;
  }
  return 0;
}

export const PREFIX_MATCH = 0.7;

/** The languages that write compounds as one word. */
const COMPOUNDING: ReadonlySet<SupportedLocale> = new Set(['is']);
/** The shortest typed word looked for inside compounds: shorter ones are inside too many (ari, ur). */
const SHORTEST_COMPOUND_PART = 4;

/** Whether a typed word is looked for inside the compounds of a language's titles. */
export function mayBeCompoundPart(folded: string, locale: SupportedLocale): boolean {
  return folded.length >= SHORTEST_COMPOUND_PART && COMPOUNDING.has(locale);
}
