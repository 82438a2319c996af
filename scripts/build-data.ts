// Validates data/ and writes its runtime form to dist/data/ (see RuntimePart in data/types.ts):
//
//   dist/data/<id>/<part>.json           one part (PARTS) of one occupation in every language: its
//                                        facts once, its text in English, titles and citations in
//                                        every language that has them
//   dist/data/<id>/<part>.<locale>.json  the part's long text translated into <locale>, where it is
//                                        (a curated edition, or data/l10n/<locale>/text/<id>.json)
//   dist/data/terms/<part>.<locale>.json the names in <locale> of the terms a part's facts name in
//                                        English (TERM_PARTS): one file for every occupation
//   dist/data/index.json                 ids, codes and English titles, for the demo and embed builder
//   dist/data/index.<locale>.json        the same with each title in <locale> too; widgets never fetch them
//
// <id> is each name a page may use: the readable id and the O*NET-SOC code; a SOC code
// (29-1141) is read as its .00 occupation.
// A widget fetches one file, however many occupations the dataset holds.
//
// read → check → transform → check → write, each a step of its own below, chained by buildData:
// nothing is written unless the dataset and its runtime form are both sound.
import {mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {Ajv, type ValidateFunction} from 'ajv';
import {
  PARTS,
  PUBLIC_SOURCES,
  SOURCE_LOCALE,
  TERM_PARTS,
  SUPPORTED_LOCALES,
  type DatasetIndex,
  type OccupationFacts,
  type OccupationText,
  type RuntimeData,
  type RuntimeFacts,
  type RuntimePart,
  type RuntimeText,
  type Source,
  type SupportedLocale,
  type TextPart,
} from '../data/types.js';
import {searchFiles} from './search-index.js';
import {checkTranslations, englishTerms, localizedText, readTranslations, termsIn, type Translations} from './translations.js';

const EDITORIAL_FIELDS = new Set(['$schema', 'note', 'shown']);
const TECHNOLOGY_LIMIT = 30;

export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(`The dataset has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'DataError';
  }
}

interface BuildOptions {
  dataDir: string;
  /** Where to write the runtime form; without it the data is only checked. */
  outDir?: string;
  /** What file names in messages are relative to. */
  root?: string;
}

/** A JSON file as read: its value, or why it has none. `file` is its name in messages. */
export type JsonFile = {file: string; json: unknown} | {file: string; unreadable: string};

/** The files of data/ the build uses, parsed but not yet checked. */
export interface DataFiles {
  schemas: Validators;
  /** sources.json */
  sources: JsonFile;
  /** locales/<locale>.json: each language's citations of the sources. */
  locales: Record<SupportedLocale, JsonFile>;
  /** imported/<id>.json */
  imported: JsonFile[];
  /** occupations/<id>/facts.json and <locale>.json */
  curated: {id: string; facts: JsonFile; texts: Record<SupportedLocale, JsonFile>}[];
  /** l10n/: translations.ts checks each file against its schema as it reads it; what it found wrong is reported with the rest. */
  l10n: {translations: Translations; problems: string[]};
}

/**
 * One occupation as the build sees it: its facts, and its text in each language that has it:
 * all of it in English, what a curated edition or a translation file gives in the others.
 */
export interface Occupation {
  /** Where it is read from, for messages. */
  file: string;
  facts: OccupationFacts;
  texts: Partial<Record<SupportedLocale, Partial<OccupationText>>>;
  /** O*NET's alternate titles (English), for the search. */
  alternateTitles?: string[];
}

export interface Dataset {
  occupations: Map<string, Occupation>;
  /** Every facts file as written, before curated and imported records are merged: what references are checked in. */
  factsFiles: {file: string; facts: OccupationFacts}[];
  sources: Record<string, Source>;
  citations: Record<SupportedLocale, Record<string, string>>;
  translations: Translations;
  /** Each language's names of the terms the facts name in English (skills, kinds of software), by key. */
  terms: Partial<Record<SupportedLocale, Map<string, string>>>;
}

/** The runtime form: each file's path relative to dist/data/, and the JSON value it holds. */
export type RuntimeFiles = Map<string, unknown>;

export async function buildData({dataDir, outDir, root = process.cwd()}: BuildOptions) {
  const data = await readDataFiles(dataDir, root);
  const dataset = checkDataset(data);
  if (outDir) {
    const files = runtimeFiles(dataset);
    checkRuntime(files, dataset.occupations.keys(), data.schemas.runtime);
    await writeFiles(outDir, files);
  }
  return {ids: [...dataset.occupations.keys()].sort(), occupations: dataset.occupations, translations: dataset.translations};
}

// read: every file the build uses, parsed; what is wrong in them is the check's to say (l10n/ aside, see DataFiles).

export async function readDataFiles(dataDir: string, root: string): Promise<DataFiles> {
  const display = (file: string) => relative(root, file) || file;
  const read = (file: string) => readJsonFile(file, display(file));
  const schemas = await loadValidators(join(dataDir, 'schema'));
  const sources = await read(join(dataDir, 'sources.json'));
  const locales = {} as DataFiles['locales'];
  for (const locale of SUPPORTED_LOCALES) locales[locale] = await read(join(dataDir, 'locales', `${locale}.json`));

  const importedDir = join(dataDir, 'imported');
  const importedNames = (await readdir(importedDir).catch(() => [])).filter((f) => f.endsWith('.json') && f !== 'release.json').sort();
  const imported: JsonFile[] = [];
  for (const name of importedNames) imported.push(await read(join(importedDir, name)));

  const curatedDir = join(dataDir, 'occupations');
  const curatedIds = (await readdir(curatedDir, {withFileTypes: true})).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const curated: DataFiles['curated'] = [];
  for (const id of curatedIds) {
    const facts = await read(join(curatedDir, id, 'facts.json'));
    const texts = {} as Record<SupportedLocale, JsonFile>;
    for (const locale of SUPPORTED_LOCALES) texts[locale] = await read(join(curatedDir, id, `${locale}.json`));
    curated.push({id, facts, texts});
  }

  const l10nProblems: string[] = [];
  const translations = await readTranslations(dataDir, display, l10nProblems);
  return {schemas, sources, locales, imported, curated, l10n: {translations, problems: l10nProblems}};
}

async function readJsonFile(file: string, shown: string): Promise<JsonFile> {
  try {
    return {file: shown, json: JSON.parse(await readFile(file, 'utf8'))};
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return {file: shown, unreadable: missing ? 'file is missing' : `not valid JSON (${(error as Error).message})`};
  }
}

// check: each file against its schema, then what no schema can say. The curated occupations
// (data/occupations/<id>/) are merged over the imported ones (data/imported/) on the way, as the
// translations and references are checked against the whole dataset.

/** The dataset data/ describes; throws a DataError naming the file and the path in it of every problem. */
export function checkDataset(data: DataFiles): Dataset {
  const problems: string[] = [];
  const {sources, citations} = checkCitations(data, problems);
  const {occupations, factsFiles} = checkOccupations(data, problems);
  const {translations, terms} = applyTranslations(data.l10n, occupations, problems);
  const dataset = {occupations, factsFiles, sources, citations, translations, terms};
  checkReferences(dataset, problems);
  if (problems.length) throw new DataError(problems);
  return dataset;
}

/** The value of a file that was read and that its schema accepts; otherwise undefined, and why among the problems. */
function validJson<T>(file: JsonFile, validate: ValidateFunction | undefined, problems: string[]): T | undefined {
  if ('unreadable' in file) {
    problems.push(`${file.file}: ${file.unreadable}`);
    return undefined;
  }
  if (validate && !validate(file.json)) {
    for (const e of validate.errors ?? []) {
      const detail = e.keyword === 'additionalProperties' ? ` '${e.params.additionalProperty}'` : '';
      problems.push(`${file.file}: ${e.instancePath || '/'}: ${e.message}${detail}`);
    }
    return undefined;
  }
  return file.json as T;
}

/** The sources, and each language's citations of them: every language cites every source the widgets do not know. */
function checkCitations({schemas, sources: sourcesFile, locales}: DataFiles, problems: string[]) {
  const sources = validJson<Record<string, Source>>(sourcesFile, schemas.sources, problems) ?? {};
  const citations = {} as Dataset['citations'];
  for (const locale of SUPPORTED_LOCALES) {
    const file = locales[locale];
    citations[locale] = validJson<{sources: Record<string, string>}>(file, schemas.locale, problems)?.sources ?? {};
    for (const id of Object.keys(sources)) {
      if (!(id in citations[locale]) && !isPublic(id)) problems.push(`${file.file}: /sources: no citation for source '${id}'`);
    }
  }
  return {sources, citations};
}

/** The imported occupations, and the curated ones merged over theirs. */
function checkOccupations({schemas, imported, curated}: DataFiles, problems: string[]) {
  const occupations = new Map<string, Occupation>();
  const factsFiles: Dataset['factsFiles'] = [];
  for (const file of imported) {
    const occupation = checkImported(file, schemas, problems);
    if (!occupation) continue;
    factsFiles.push({file: occupation.file, facts: occupation.facts});
    occupations.set(occupation.facts.id, occupation);
  }
  for (const files of curated) {
    const occupation = checkCurated(files, schemas, problems);
    if (!occupation) continue;
    const {file, facts} = occupation;
    factsFiles.push({file, facts});
    const importedRecord = occupations.get(files.id);
    if (facts.code && imported.length && importedRecord?.facts.code !== facts.code) {
      problems.push(`${file}: /code: no imported occupation ${facts.code} has the id '${files.id}' (data/imported/)`);
    }
    occupations.set(files.id, importedRecord ? mergeCurated(importedRecord, occupation) : occupation);
  }
  return {occupations, factsFiles};
}

function checkImported(file: JsonFile, schemas: Validators, problems: string[]): Occupation | undefined {
  const imported = validJson<{facts: OccupationFacts; text: OccupationText; alternateTitles?: unknown}>(file, undefined, problems);
  if (!imported) return undefined;
  const before = problems.length;
  const {alternateTitles = []} = imported;
  if (!Array.isArray(alternateTitles) || alternateTitles.some((title) => typeof title !== 'string' || !title.trim())) {
    problems.push(`${file.file}: /alternateTitles: must be a list of titles`);
  }
  for (const [value, validate, path] of [[imported.facts, schemas.facts, '/facts'], [imported.text, schemas.text, '/text']] as const) {
    if (!validate(value)) for (const e of validate.errors ?? []) problems.push(`${file.file}: ${path}${e.instancePath}: ${e.message}`);
  }
  return problems.length === before ? {file: file.file, facts: imported.facts, texts: {[SOURCE_LOCALE]: imported.text}, alternateTitles: alternateTitles as string[]} : undefined;
}

/** A curated occupation as its folder has it: each translation must have the shape of the English. */
function checkCurated({id, facts: factsFile, texts: textFiles}: DataFiles['curated'][number], schemas: Validators, problems: string[]): Occupation | undefined {
  const facts = validJson<OccupationFacts>(factsFile, schemas.facts, problems);
  if (facts && facts.id !== id) problems.push(`${factsFile.file}: /id: '${facts.id}' does not match its folder '${id}'`);
  const texts: Occupation['texts'] = {};
  for (const locale of SUPPORTED_LOCALES) texts[locale] = validJson<OccupationText>(textFiles[locale], schemas.text, problems);
  const english = texts[SOURCE_LOCALE];
  for (const locale of SUPPORTED_LOCALES) {
    const translation = texts[locale];
    if (english && translation && locale !== SOURCE_LOCALE) checkSameShape(english, translation, '', textFiles[locale].file, problems);
  }
  return facts && {file: factsFile.file, facts, texts};
}

/**
 * Checks data/l10n/ against the occupations, and gives them what it translates (their texts are
 * localized in place): each language's names of the terms, too.
 */
function applyTranslations({translations, problems: readProblems}: DataFiles['l10n'], occupations: Map<string, Occupation>, problems: string[]) {
  for (const problem of readProblems) problems.push(problem);
  checkTranslations(translations, occupations.values(), problems);
  const english = englishTerms(occupations.values());
  const terms: Dataset['terms'] = {};
  for (const locale of SUPPORTED_LOCALES.filter((l) => l !== SOURCE_LOCALE)) {
    terms[locale] = termsIn(translations, locale, english);
    for (const occupation of occupations.values()) {
      const localized = {...localizedText(translations, locale, occupation), ...occupation.texts[locale]};
      if (Object.keys(localized).length) occupation.texts[locale] = localized;
    }
  }
  return {translations, terms};
}

/**
 * A curated occupation over its imported record. Its figures join the public sources' (each
 * keeps its year and source); its text is what it has in each language, the imported English
 * fills what it lacks (O*NET's tasks); O*NET's current profile (interests, work values, related
 * occupations, skills) is what the widgets show. data/README.md lists each disagreement.
 */
export function mergeCurated(imported: Occupation, curated: Occupation): Occupation {
  const newestFirst = <T extends {year?: number; end?: number}>(list: T[]) => list.sort((a, b) => (b.year ?? b.end ?? 0) - (a.year ?? a.end ?? 0));
  const facts: OccupationFacts = {
    ...curated.facts,
    ...imported.facts,
    id: curated.facts.id,
    mbti: curated.facts.mbti,
    textSources: mergedTextSources(imported.facts.textSources, curated.facts.textSources),
    wages: newestFirst([...imported.facts.wages, ...curated.facts.wages]),
    employment: newestFirst([...(imported.facts.employment ?? []), ...(curated.facts.employment ?? [])]),
    outlook: newestFirst([...(imported.facts.outlook ?? []), ...(curated.facts.outlook ?? [])]),
  };
  if (!facts.mbti) delete facts.mbti;
  const english = imported.texts[SOURCE_LOCALE]!;
  const texts: Occupation['texts'] = Object.fromEntries(
    Object.entries(curated.texts).map(([locale, text]) => [locale, locale === SOURCE_LOCALE ? {...english, ...text} : text]),
  );
  return {file: curated.file, facts, texts, alternateTitles: imported.alternateTitles};
}

/**
 * The imported sources of text the curated occupation has its own of (O*NET's description,
 * where the seeds give a summary) are left out; the others are joined, so a part that shows
 * both (the seeds' soft skills and O*NET's skills) cites both.
 */
function mergedTextSources(imported: OccupationFacts['textSources'], curated: OccupationFacts['textSources']) {
  const keys = [...new Set([...Object.keys(imported), ...Object.keys(curated)])] as (keyof typeof imported)[];
  const replaced = (key: string) => key === 'overview' && curated.overview !== undefined;
  return Object.fromEntries(
    keys.map((key) => [key, [...new Set([...(replaced(key) ? [] : (imported[key] ?? [])), ...(curated[key] ?? [])])]]),
  ) as OccupationFacts['textSources'];
}

function checkReferences({occupations, factsFiles, sources}: Dataset, problems: string[]) {
  for (const {file, facts} of factsFiles) {
    (facts.related ?? []).forEach((relatedId, i) => {
      if (!occupations.has(relatedId)) problems.push(`${file}: /related/${i}: unknown occupation '${relatedId}'`);
    });
    for (const [path, sourceId] of citedSources(facts)) {
      if (!sources[sourceId]) problems.push(`${file}: ${path}: unknown source '${sourceId}'`);
    }
  }
}

// transform: every part of every occupation under each of its names, the terms, the indexes.

/** The dataset's runtime form (the layout at the top of this file), in memory. */
export function runtimeFiles(dataset: Dataset): RuntimeFiles {
  const files: RuntimeFiles = new Map();
  const {occupations} = dataset;
  for (const occupation of occupations.values()) {
    const names = occupation.facts.code ? [occupation.facts.id, occupation.facts.code] : [occupation.facts.id];
    for (const part of Object.keys(PARTS) as TextPart[]) {
      const runtime = runtimePart(occupation, part, dataset);
      const translations = runtime.translations.map((locale) => [locale, translatedText(occupation, part, locale, dataset)] as const);
      for (const name of names) {
        files.set(`${name}/${part}.json`, runtime);
        for (const [locale, text] of translations) files.set(`${name}/${part}.${locale}.json`, text);
      }
    }
  }
  for (const {part, locale, names} of termFiles(dataset)) files.set(`terms/${part}.${locale}.json`, names);
  // One list per language, English titles beside the language's: a picker loads its language's alone.
  const listed = [...occupations.values()].sort((a, b) => a.texts[SOURCE_LOCALE]!.title!.localeCompare(b.texts[SOURCE_LOCALE]!.title!, 'en'));
  for (const locale of SUPPORTED_LOCALES) files.set(locale === SOURCE_LOCALE ? 'index.json' : `index.${locale}.json`, datasetIndex(listed, locale));
  const searched = listed.map(({facts, texts, alternateTitles}) => ({facts, titles: titlesOf(texts), alternateTitles}));
  for (const [path, value] of searchFiles(searched, dataset.translations)) files.set(path, value);
  return files;
}

function datasetIndex(listed: Occupation[], locale: SupportedLocale): DatasetIndex {
  return {
    locales: [...SUPPORTED_LOCALES],
    occupations: listed.map(({facts, texts}) => {
      const titles = titlesOf(texts);
      return {id: facts.id, ...(facts.code ? {code: facts.code} : {}), titles: {en: titles.en, ...(titles[locale] ? {[locale]: titles[locale]} : {})}};
    }),
  };
}

export function runtimePart(occupation: Occupation, part: TextPart, {occupations, sources, citations}: Dataset): RuntimePart {
  const {facts, texts} = occupation;
  const english = withoutEditorialFields(texts[SOURCE_LOCALE] as OccupationText);
  const spec = PARTS[part];
  const related = part === 'related' ? (facts.related ?? []).map((id) => occupations.get(id)!) : [];
  const partFacts: Record<string, unknown> = {id: facts.id, soc: facts.soc, textSources: facts.textSources};
  if (facts.code) partFacts.code = facts.code;
  for (const key of spec.facts) if (key !== 'related' && facts[key] !== undefined) partFacts[key] = facts[key];
  if (part === 'technology' && facts.technology) {
    partFacts.technology = selectedTechnology(facts.technology);
    partFacts.technologyCount = facts.technology.length;
  }
  if (part === 'overview') partFacts.contents = contentsOf(facts, english);
  if (part === 'related') {
    partFacts.related = related.map(({facts: r}) => ({
      id: r.id,
      ...(r.code ? {code: r.code} : {}),
      ...(r.education ? {education: r.education} : {}),
      wages: r.wages.filter((w) => w.annual?.median !== undefined || w.hourly?.median !== undefined).map((w) => ({
        year: w.year,
        source: w.source,
        ...(w.annual?.median !== undefined ? {annual: {median: w.annual.median}} : {}),
        ...(w.hourly?.median !== undefined ? {hourly: {median: w.hourly.median}} : {}),
      })),
    }));
  }
  // The overview names every source of the occupation (for <career-sources>); other parts their
  // own, the public sources only by id (the widgets know them).
  const cited = runtimeCited(occupation, part, {occupations});
  const described = part === 'overview' ? [...cited, ...allSources(occupation, part, occupations).filter(isPublic)] : cited;
  const runtimeFacts = withoutEditorialFields({...partFacts, sources: Object.fromEntries(described.map((s) => [s, withoutSeeds(sources[s])]))}) as RuntimeFacts;
  const text: RuntimeText = {
    title: english.title,
    ...pick(english, spec.text),
    ...(part === 'related' ? {related: Object.fromEntries(related.map((r) => [r.facts.id, relatedText(r, SOURCE_LOCALE)!]))} : {}),
    sources: Object.fromEntries(cited.map((s) => [s, citations[SOURCE_LOCALE][s]])),
  };
  const translations = SUPPORTED_LOCALES.filter(
    (locale) =>
      locale !== SOURCE_LOCALE &&
      (spec.text.some((f) => texts[locale]?.[f] !== undefined) || related.some((r) => relatedText(r, locale) !== undefined)),
  );
  return {
    facts: runtimeFacts,
    text,
    titles: titlesOf(texts),
    ...(related.length ? {relatedTitles: Object.fromEntries(related.map((r) => [r.facts.id, titlesOf(r.texts)]))} : {}),
    // A language with a translation file has its citations there.
    citations: Object.fromEntries(
      cited.length ? SUPPORTED_LOCALES.filter((l) => l !== SOURCE_LOCALE && !translations.includes(l)).map((l) => [l, citationsIn(l, cited, citations)]) : [],
    ),
    translations,
  };
}

/** A part's text in a language it was translated into: the fields it has there, and the related occupations' text that is. */
function translatedText(occupation: Occupation, part: TextPart, locale: SupportedLocale, dataset: Dataset): RuntimeText {
  const text = withoutEditorialFields(occupation.texts[locale] ?? {});
  const related = part === 'related' ? (occupation.facts.related ?? []).map((id) => dataset.occupations.get(id)!) : [];
  const relatedTexts = related.flatMap((r) => {
    const translated = relatedText(r, locale);
    return translated ? [[r.facts.id, translated] as const] : [];
  });
  return {
    title: text.title ?? occupation.texts[SOURCE_LOCALE]!.title!,
    ...pick(text, PARTS[part].text),
    ...(relatedTexts.length ? {related: Object.fromEntries(relatedTexts)} : {}),
    sources: citationsIn(locale, runtimeCited(occupation, part, dataset), dataset.citations),
  };
}

/**
 * A related occupation's row in a language that has its summary: its title, and what it does in
 * one sentence (O*NET's descriptions run to several). Titles alone travel in `relatedTitles`.
 */
function relatedText({texts}: Occupation, locale: SupportedLocale) {
  const text = texts[locale];
  if (!text?.summary) return undefined;
  const title = text.title ?? texts[SOURCE_LOCALE]!.title!;
  return {title, summary: firstSentence(text.summary), ...(text.educationNote ? {educationNote: text.educationNote} : {})};
}

/** The keys of the terms a part's facts name: O*NET's descriptors by id, kinds of software by name. */
function termsOf(facts: Partial<OccupationFacts>): string[] {
  const descriptors = [...(facts.skills ?? []), ...(facts.knowledge ?? []), ...(facts.workStyles ?? [])].map((e) => e.id);
  return [...new Set([...descriptors, ...(facts.technology ?? []).map((t) => t.category)])];
}

/** Each term part's names in each language: every term any occupation's part names, that the language has. */
function termFiles({occupations, terms}: Dataset): {part: TextPart; locale: SupportedLocale; names: Record<string, string>}[] {
  return TERM_PARTS.flatMap((part) => {
    const keys = new Set([...occupations.values()].flatMap(({facts}) => termsOf(pick(facts, PARTS[part].facts))));
    return SUPPORTED_LOCALES.flatMap((locale) => {
      const names = terms[locale];
      return names ? [{part, locale, names: Object.fromEntries([...keys].sort().flatMap((key) => (names.has(key) ? [[key, names.get(key)!]] : [])))}] : [];
    });
  });
}

/** Every source a part cites: the occupation's, and for the related part the related occupations'. */
function allSources({facts}: Occupation, part: TextPart, occupations: Map<string, Occupation>): string[] {
  const related = part === 'related' ? (facts.related ?? []).map((id) => occupations.get(id)!.facts) : [];
  return [...new Set([part === 'overview' ? facts : partOnly(facts, part), ...related].flatMap((f) => citedSources(f).map(([, s]) => s)))];
}

/** The sources whose citations a part carries: all but the public ones, which the widgets know. */
function runtimeCited(occupation: Occupation, part: TextPart, {occupations}: Pick<Dataset, 'occupations'>): string[] {
  return allSources(occupation, part, occupations).filter((s) => !isPublic(s));
}

function citationsIn(locale: SupportedLocale, sources: string[], citations: Dataset['citations']): Record<string, string> {
  return Object.fromEntries(sources.map((s) => [s, citations[locale][s]]));
}

function firstSentence(text: string): string {
  return /^.+?[.!?。](?=\s|$)/su.exec(text)?.[0] ?? text;
}

/**
 * Up to TECHNOLOGY_LIMIT of O*NET's technology skills, hot technologies first: some occupations
 * list over a hundred. The widget says how many there are in all (`technologyCount`).
 */
function selectedTechnology(list: NonNullable<OccupationFacts['technology']>) {
  return [...list].sort((a, b) => Number(b.hot) - Number(a.hot) || Number(b.inDemand) - Number(a.inDemand)).slice(0, TECHNOLOGY_LIMIT);
}

function isPublic(source: string): boolean {
  return (PUBLIC_SOURCES as readonly string[]).includes(source);
}

/** The facts and text fields an occupation has something in. */
function contentsOf(facts: OccupationFacts, text: OccupationText): string[] {
  const filled = (value: unknown) => (Array.isArray(value) ? value.length > 0 : value !== undefined && value !== '');
  return [...Object.keys(facts), ...Object.keys(text)]
    .filter((key) => !['id', 'code', 'soc', 'textSources', '$schema'].includes(key))
    .filter((key) => filled((facts as unknown as Record<string, unknown>)[key] ?? (text as unknown as Record<string, unknown>)[key]))
    .sort();
}

function titlesOf(texts: Occupation['texts']): Partial<Record<SupportedLocale, string>> {
  return Object.fromEntries(SUPPORTED_LOCALES.flatMap((locale) => (texts[locale]?.title ? [[locale, texts[locale]!.title]] : [])));
}

function pick<T extends object>(value: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(keys.filter((k) => (value as Record<string, unknown>)[k] !== undefined).map((k) => [k, (value as Record<string, unknown>)[k]])) as Partial<T>;
}

/** The facts a part carries, for knowing which sources it cites. */
function partOnly(facts: OccupationFacts, part: TextPart): OccupationFacts {
  const keep = new Set<string>(['id', 'soc', ...PARTS[part].facts]);
  const textSources = Object.fromEntries(Object.entries(facts.textSources).filter(([key]) => key === part || (PARTS[part].text as readonly string[]).includes(key)));
  return {...(Object.fromEntries(Object.entries(facts).filter(([key]) => keep.has(key))) as unknown as OccupationFacts), wages: keep.has('wages') ? facts.wages : [], textSources};
}

type Validators = Awaited<ReturnType<typeof loadValidators>>;

async function loadValidators(schemaDir: string) {
  const ajv = new Ajv({allErrors: true});
  const load = async (name: string) =>
    ajv.compile(JSON.parse(await readFile(join(schemaDir, `${name}.schema.json`), 'utf8')));
  return {facts: await load('facts'), text: await load('text'), locale: await load('locale'), sources: await load('sources'), runtime: await load('runtime')};
}

/** A translation must have every field the English source has, with as many items. */
function checkSameShape(source: unknown, translation: unknown, path: string, file: string, problems: string[]) {
  if (Array.isArray(source)) {
    if (!Array.isArray(translation) || translation.length !== source.length) {
      const count = Array.isArray(translation) ? translation.length : 'no';
      problems.push(`${file}: ${path}: has ${count} items where en has ${source.length}`);
      return;
    }
    source.forEach((item, i) => checkSameShape(item, translation[i], `${path}/${i}`, file, problems));
  } else if (source && typeof source === 'object') {
    for (const [key, value] of Object.entries(source)) {
      if (key === '$schema') continue;
      const translated = (translation as Record<string, unknown>)[key];
      if (translated === undefined) problems.push(`${file}: ${path}/${key}: missing (en has it)`);
      else checkSameShape(value, translated, `${path}/${key}`, file, problems);
    }
  }
}

/** [JSON path, source id] for every figure and the text of an occupation. */
function citedSources(occupation: OccupationFacts): [string, string][] {
  const figures = (['wages', 'employment', 'outlook'] as const).flatMap((series) =>
    (occupation[series] ?? []).map((o, i): [string, string] => [`/${series}/${i}/source`, o.source]),
  );
  const interests = occupation.interests ? [['/interests/source', occupation.interests.source] as [string, string]] : [];
  const text = Object.entries(occupation.textSources).flatMap(([part, ids]: [string, string[]]) =>
    ids.map((s, i): [string, string] => [`/textSources/${part}/${i}`, s]),
  );
  return [...figures, ...interests, ...text];
}

/** The runtime form keeps what widgets show: editors' notes and the losing sides of conflicts stay in data/. */
function withoutEditorialFields<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.filter((v) => v?.shown !== false).map(withoutEditorialFields) as T;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !EDITORIAL_FIELDS.has(key))
        .map(([key, v]) => [key, withoutEditorialFields(v)]),
    ) as T;
  }
  return value;
}

function withoutSeeds({seeds: _seeds, ...source}: Source) {
  return source;
}

// check the runtime form, then write it

/**
 * What the widgets check a host's data against must accept the library's own: each part of each
 * occupation, in English and in every language it was translated into. Throws a DataError naming
 * the first part it refuses.
 */
export function checkRuntime(files: RuntimeFiles, ids: Iterable<string>, validate: ValidateFunction) {
  for (const id of ids) {
    for (const part of Object.keys(PARTS) as TextPart[]) {
      const {facts, text, translations} = files.get(`${id}/${part}.json`) as RuntimePart;
      for (const locale of [SOURCE_LOCALE, ...translations]) {
        const data: RuntimeData = {facts, text: locale === SOURCE_LOCALE ? text : (files.get(`${id}/${part}.${locale}.json`) as RuntimeText)};
        if (!validate(data)) {
          throw new DataError(validate.errors!.map((e) => `${id}/${part} (${locale}): ${e.instancePath}: ${e.message} (data/schema/runtime.schema.json)`));
        }
      }
    }
  }
}

/** outDir ends up holding these files and nothing else: what an earlier build left is removed. */
export async function writeFiles(outDir: string, files: RuntimeFiles) {
  await rm(outDir, {recursive: true, force: true});
  for (const [path, value] of files) await writeJson(join(outDir, path), value);
}

async function writeJson(file: string, value: unknown) {
  await mkdir(resolve(file, '..'), {recursive: true});
  await writeFile(file, JSON.stringify(value));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  const started = performance.now();
  try {
    const {ids} = await buildData({dataDir: join(root, 'data'), outDir: join(root, 'dist', 'data'), root});
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`build:data: ${ids.length} occupations, ${Object.keys(PARTS).length} parts each → dist/data/ in ${seconds} s`);
  } catch (error) {
    console.error(error instanceof DataError ? error.message : error);
    process.exitCode = 1;
  }
}
