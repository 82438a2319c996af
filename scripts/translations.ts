// The dataset's translations (data/l10n/<locale>/, see data/schema/translations.schema.json):
//
//   titles.json      occupation titles, by O*NET-SOC code
//   terms.json       O*NET's skills, knowledge and work styles (by Content Model id) and kinds
//                    of software (by O*NET's English name): the vocabularies the widgets show
//                    from the facts
//   text/<id>.json   an occupation's long text: `summary`, `tasks.<n>`
//   glossary.json    the one translation of each term that recurs in titles (for translators)
//
// read → check, each a step of its own; the build applies what is current (localizedText,
// termsIn). Each entry keeps the English it translates: where the English has changed since,
// the entry is outdated, and the English is shown (marked as English) until it is updated.
import {readdir, readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv';
import type {GlossaryEntry, TranslationEntry} from '../data/generated/schema-types.js';
import {SOURCE_LOCALE, SUPPORTED_LOCALES, type OccupationFacts, type OccupationText, type SupportedLocale} from '../data/types.js';

export type {GlossaryEntry, ReviewState, TranslationEntry} from '../data/generated/schema-types.js';

export interface TranslationFile {
  /** Where it was read from, for messages. */
  file: string;
  entries: Record<string, TranslationEntry>;
}

export interface LocaleTranslations {
  titles?: TranslationFile;
  terms?: TranslationFile;
  /** By occupation id. */
  texts: Map<string, TranslationFile>;
  glossary?: {file: string; entries: Record<string, GlossaryEntry>};
}

export type Translations = Partial<Record<SupportedLocale, LocaleTranslations>>;

/** The long-text fields a translation file may hold: `summary`, and each task as `tasks.<n>`. */
const TEXT_KEY = /^(summary|tasks\.(0|[1-9]\d*))$/;

/** The occupations' fields the checks and the build read. */
interface TranslatedOccupation {
  facts: Pick<OccupationFacts, 'id' | 'code' | 'skills' | 'knowledge' | 'workStyles' | 'technology'>;
  texts: Partial<Record<SupportedLocale, Partial<OccupationText>>>;
}

// read

export async function readTranslations(dataDir: string, display: (file: string) => string, problems: string[]): Promise<Translations> {
  const ajv = new Ajv({allErrors: true});
  const schema = async (name: string) => ajv.compile(JSON.parse(await readFile(join(dataDir, 'schema', `${name}.schema.json`), 'utf8')));
  const validators = {translations: await schema('translations'), glossary: await schema('glossary')};
  const translations: Translations = {};
  for (const locale of SUPPORTED_LOCALES.filter((l) => l !== SOURCE_LOCALE)) {
    const dir = join(dataDir, 'l10n', locale);
    const names = await readdir(dir).catch(() => undefined);
    if (!names) continue;
    const read = <T>(file: string, validate: ValidateFunction) => readTranslationFile<T>(file, locale, validate, display, problems);
    const localeTranslations: LocaleTranslations = {texts: new Map()};
    if (names.includes('titles.json')) localeTranslations.titles = await read(join(dir, 'titles.json'), validators.translations);
    if (names.includes('terms.json')) localeTranslations.terms = await read(join(dir, 'terms.json'), validators.translations);
    if (names.includes('glossary.json')) localeTranslations.glossary = await read(join(dir, 'glossary.json'), validators.glossary);
    const textNames = (await readdir(join(dir, 'text')).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort();
    for (const name of textNames) {
      const file = await read<TranslationFile>(join(dir, 'text', name), validators.translations);
      if (file) localeTranslations.texts.set(name.slice(0, -'.json'.length), file);
    }
    translations[locale] = localeTranslations;
  }
  return translations;
}

async function readTranslationFile<T>(
  file: string,
  locale: SupportedLocale,
  validate: ValidateFunction,
  display: (file: string) => string,
  problems: string[],
): Promise<(T & {file: string}) | undefined> {
  const shown = display(file);
  let value: {language?: unknown; entries?: unknown};
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    problems.push(`${shown}: not valid JSON (${(error as Error).message})`);
    return undefined;
  }
  if (!validate(value)) {
    // ajv adds a summary ("property name must be valid") after the error it sums up.
    for (const e of validate.errors ?? []) if (e.keyword !== 'propertyNames') problems.push(`${shown}: ${describeSchemaError(e)}`);
    return undefined;
  }
  if (value.language !== locale) {
    problems.push(`${shown}: /language: '${String(value.language)}' is not its folder's language '${locale}'`);
    return undefined;
  }
  return {file: shown, entries: value.entries} as unknown as T & {file: string};
}

/** An ajv error as a translator reads it: the entry it is in, then what is wrong. */
function describeSchemaError(e: ErrorObject): string {
  const [, top, key, ...rest] = e.instancePath.split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  const allowed = e.keyword === 'enum' ? ` (${(e.params.allowedValues as string[]).join(', ')})` : '';
  const extra = e.keyword === 'additionalProperties' ? ` '${String(e.params.additionalProperty)}'` : '';
  const what = `${e.message}${allowed}${extra}`;
  // An entry's name that breaks the rules: ajv names it beside the error.
  if (e.propertyName !== undefined) return `entry "${e.propertyName}": its name ${what}`;
  if (top === 'entries' && key !== undefined) return `entry "${key}": ${rest.length ? `${rest.join('/')} ` : ''}${what}`;
  return `${e.instancePath || '/'}: ${what}`;
}

// check

/** Every entry names something the dataset has: a title an occupation, a term a term, a text key a field. */
export function checkTranslations(translations: Translations, occupations: Iterable<TranslatedOccupation>, problems: string[]) {
  const list = [...occupations];
  const byCode = new Map(list.flatMap((o) => (o.facts.code ? [[o.facts.code, o] as const] : [])));
  const byId = new Map(list.map((o) => [o.facts.id, o]));
  const terms = englishTerms(list);
  for (const [locale, {titles, terms: termFile, texts}] of Object.entries(translations) as [SupportedLocale, LocaleTranslations][]) {
    for (const [code, entry] of Object.entries(titles?.entries ?? {})) {
      const occupation = byCode.get(code);
      if (!occupation) {
        problems.push(`${titles!.file}: entry "${code}": no occupation in the dataset has this O*NET-SOC code`);
        continue;
      }
      // A curated occupation's title in this language was published with its edition (data/occupations/): the reference.
      const published = occupation.texts[locale]?.title;
      if (published !== undefined && published !== entry.target) {
        problems.push(`${titles!.file}: entry "${code}": target is '${entry.target}', but the occupation's own ${locale} edition calls it '${published}'`);
      }
    }
    for (const key of Object.keys(termFile?.entries ?? {})) {
      if (!terms.has(key)) problems.push(`${termFile!.file}: entry "${key}": no occupation has this skill, knowledge area, work style or kind of software`);
    }
    for (const [id, file] of texts) {
      const occupation = byId.get(id);
      if (!occupation) {
        problems.push(`${file.file}: no occupation has the id '${id}'`);
        continue;
      }
      const english = occupation.texts[SOURCE_LOCALE] ?? {};
      for (const key of Object.keys(file.entries)) {
        if (!TEXT_KEY.test(key)) problems.push(`${file.file}: entry "${key}": not a translatable field (summary, or tasks.<n>)`);
        else if (englishOf(english, key) === undefined) problems.push(`${file.file}: entry "${key}": the English text has no ${key}`);
      }
    }
  }
}

/** The English of every term the occupations show, by key. */
export function englishTerms(occupations: Iterable<TranslatedOccupation>): Map<string, string> {
  const terms = new Map<string, string>();
  for (const {facts} of occupations) {
    for (const element of [...(facts.skills ?? []), ...(facts.knowledge ?? []), ...(facts.workStyles ?? [])]) terms.set(element.id, element.name);
    for (const {category} of facts.technology ?? []) terms.set(category, category);
  }
  return terms;
}

function englishOf(english: Partial<OccupationText>, key: string): string | undefined {
  const [field, index] = key.split('.');
  if (field === 'summary') return english.summary;
  return field === 'tasks' ? english.tasks?.[Number(index)] : undefined;
}

/** Whether an entry still translates the dataset's English. */
export function isCurrent(entry: TranslationEntry | undefined, english: string | undefined): entry is TranslationEntry {
  return entry !== undefined && english !== undefined && entry.source === english;
}

// apply

/**
 * What the translation files give an occupation in a language: its title, its summary, its
 * tasks (only all of them: a list is never half translated). Outdated entries give nothing.
 */
export function localizedText(translations: Translations, locale: SupportedLocale, occupation: TranslatedOccupation): Partial<OccupationText> {
  const english = occupation.texts[SOURCE_LOCALE] ?? {};
  const {titles, texts} = translations[locale] ?? {texts: new Map()};
  const result: Partial<OccupationText> = {};
  const title = occupation.facts.code ? titles?.entries[occupation.facts.code] : undefined;
  if (isCurrent(title, english.title)) result.title = title.target;
  const file = texts.get(occupation.facts.id)?.entries ?? {};
  if (isCurrent(file.summary, english.summary)) result.summary = file.summary.target;
  const tasks = english.tasks?.map((task, i) => (isCurrent(file[`tasks.${i}`], task) ? file[`tasks.${i}`]!.target : undefined));
  if (tasks?.length && tasks.every((t) => t !== undefined)) result.tasks = tasks as string[];
  return result;
}

/** A language's current term translations, by key. */
export function termsIn(translations: Translations, locale: SupportedLocale, english: Map<string, string>): Map<string, string> {
  const entries = translations[locale]?.terms?.entries ?? {};
  return new Map(Object.entries(entries).flatMap(([key, entry]) => (isCurrent(entry, english.get(key)) ? [[key, entry.target] as const] : [])));
}

/**
 * Titles whose English has a glossary term (or its plural) but whose translation has none of
 * the term's forms, and that are not among its exceptions: where a title may have drifted.
 */
export function glossaryMismatches(locale: SupportedLocale, {titles, glossary}: LocaleTranslations): {code: string; term: string; entry: TranslationEntry}[] {
  const mismatches: {code: string; term: string; entry: TranslationEntry}[] = [];
  for (const [term, {target, forms = [], exceptions = {}}] of Object.entries(glossary?.entries ?? {})) {
    const english = new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(s|es)?\\b`, 'i');
    const accepted = [target, ...forms].map((form) => form.toLocaleLowerCase(locale));
    for (const [code, entry] of Object.entries(titles?.entries ?? {})) {
      const translated = entry.target.toLocaleLowerCase(locale);
      const drifted = english.test(entry.source) && !accepted.some((form) => translated.includes(form));
      if (drifted && !(code in exceptions)) mismatches.push({code, term, entry});
    }
  }
  return mismatches;
}
