// `npm run l10n:status`: how much of the library is in each language, and how much of that a
// second editor has reviewed. `-- --glossary` lists titles that may have drifted from their
// language's glossary; `-- --outdated` lists translations whose English has changed since.
//
// read (XLIFF, the dataset and its translations) → count → print.
import {readFile} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {DOMParser} from '@xmldom/xmldom';
import {SOURCE_LOCALE, SUPPORTED_LOCALES, type OccupationText, type SupportedLocale} from '../data/types.js';
import {buildData, DataError, type Occupation} from './build-data.js';
import {englishTerms, glossaryMismatches, isCurrent, type LocaleTranslations, type ReviewState, type TranslationEntry, type Translations} from './translations.js';

export interface Count {
  total: number;
  translated: number;
  reviewed: number;
}

export interface LocaleStatus {
  locale: SupportedLocale;
  /** Interface strings and the names of the codes (education levels, Job Zones…): the XLIFF file. */
  interface: Count;
  /** O*NET's skills, knowledge areas, work styles and kinds of software: terms.json. */
  terms: Count;
  titles: Count;
  /** Each occupation's summary and its task list, counted as one text each. */
  longTexts: Count;
  /** Entries whose English has changed since they were translated: not shown. */
  outdated: string[];
}

/** XLIFF 1.2's states: `signed-off` and `final` are the reviewed ones. */
const REVIEWED_XLIFF_STATES = new Set(['signed-off', 'final']);

// read

/** Each XLIFF trans-unit's id, whether it has a target, and the target's state. */
export async function readXliff(file: string): Promise<{id: string; translated: boolean; state?: string}[]> {
  const doc = new DOMParser().parseFromString(await readFile(file, 'utf8'), 'text/xml');
  return Array.from(doc.getElementsByTagName('trans-unit')).map((unit) => {
    const target = unit.getElementsByTagName('target')[0];
    return {id: unit.getAttribute('id') ?? '', translated: Boolean(target?.textContent?.trim() || target?.childNodes.length), state: target?.getAttribute('state') ?? undefined};
  });
}

// count

export function localeStatus(
  locale: SupportedLocale,
  units: Awaited<ReturnType<typeof readXliff>>,
  occupations: Occupation[],
  translations: Translations,
): LocaleStatus {
  const own: LocaleTranslations = translations[locale] ?? {texts: new Map()};
  const outdated: string[] = [];
  const state = (entry: TranslationEntry | undefined, english: string | undefined, where: string): ReviewState | undefined => {
    if (entry && !isCurrent(entry, english)) outdated.push(where);
    return isCurrent(entry, english) ? entry.state : undefined;
  };

  const interfaceCount = tally(units.map((u) => (u.translated ? (REVIEWED_XLIFF_STATES.has(u.state ?? '') ? 'reviewed' : 'translated') : undefined)));

  const english = englishTerms(occupations);
  const terms = tally([...english].map(([key, name]) => state(own.terms?.entries[key], name, `${own.terms?.file}: entry "${key}"`)));

  // An occupation's own edition in the language (data/occupations/) was published in it: reviewed.
  const titles = tally(
    occupations.map(({facts, texts}) => {
      const entry = facts.code ? own.titles?.entries[facts.code] : undefined;
      return fieldState(state(entry, texts[SOURCE_LOCALE]?.title, `${own.titles?.file}: entry "${facts.code}"`), texts[locale]?.title);
    }),
  );

  const longTexts = tally(
    occupations.flatMap(({facts, texts}) => {
      const source = texts[SOURCE_LOCALE] as OccupationText;
      const file = own.texts.get(facts.id);
      const where = (key: string) => `${file?.file}: entry "${key}"`;
      const summary = source.summary === undefined ? [] : [fieldState(state(file?.entries.summary, source.summary, where('summary')), texts[locale]?.summary)];
      const tasks = source.tasks?.length
        ? [fieldState(listState(source.tasks.map((task, i) => state(file?.entries[`tasks.${i}`], task, where(`tasks.${i}`)))), texts[locale]?.tasks)]
        : [];
      return [...summary, ...tasks];
    }),
  );
  return {locale, interface: interfaceCount, terms, titles, longTexts, outdated};
}

/** A field's state: its translation file's, or `reviewed` where the occupation's own edition has it. */
function fieldState(fromFile: ReviewState | undefined, shown: unknown): ReviewState | undefined {
  return fromFile ?? (shown === undefined ? undefined : 'reviewed');
}

/** A list is translated when every item is, reviewed when every item is. */
function listState(states: (ReviewState | undefined)[]): ReviewState | undefined {
  if (states.some((s) => s === undefined)) return undefined;
  return states.every((s) => s === 'reviewed') ? 'reviewed' : 'translated';
}

function tally(states: (ReviewState | undefined)[]): Count {
  return {
    total: states.length,
    translated: states.filter((s) => s !== undefined).length,
    reviewed: states.filter((s) => s === 'reviewed').length,
  };
}

// print

export function statusTable(statuses: LocaleStatus[]): string {
  const cell = ({total, translated, reviewed}: Count) => `${translated}/${total} (${percent(translated, total)}), ${reviewed} reviewed`;
  const rows = [
    ['locale', 'interface & codes (xliff/)', 'O*NET terms', 'titles', 'long texts (summaries, task lists)', 'outdated'],
    ...statuses.map((s) => [s.locale, cell(s.interface), cell(s.terms), cell(s.titles), cell(s.longTexts), String(s.outdated.length)]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (row: string[]) => row.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function percent(part: number, total: number): string {
  if (!total) return '–';
  const value = (100 * part) / total;
  return `${value === 100 || value === 0 ? value : value.toFixed(1)}%`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  try {
    const {occupations, translations} = await buildData({dataDir: join(root, 'data'), root});
    const list = [...occupations.values()];
    const locales = SUPPORTED_LOCALES.filter((l) => l !== SOURCE_LOCALE);
    const statuses = await Promise.all(locales.map(async (l) => localeStatus(l, await readXliff(join(root, 'xliff', `${l}.xlf`)), list, translations)));
    console.log(`${list.length} occupations; translated/total (share), of which reviewed by a second editor or published in the language.\n`);
    console.log(statusTable(statuses));
    if (process.argv.includes('--outdated')) {
      for (const s of statuses) for (const where of s.outdated) console.log(`outdated: ${where}`);
    }
    if (process.argv.includes('--glossary')) {
      for (const locale of locales) {
        for (const {code, term, entry} of glossaryMismatches(locale, translations[locale] ?? {texts: new Map()})) {
          console.log(`${locale} ${code} “${entry.source}” → “${entry.target}”: no form of the glossary's “${term}”`);
        }
      }
    }
  } catch (error) {
    console.error(error instanceof DataError ? error.message : error);
    process.exitCode = 1;
  }
}
