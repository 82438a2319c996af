// Validates data/ and writes its runtime form to dist/data/ (see data/types.ts):
//
//   dist/data/<id>/<locale>/<part>.json  what one widget needs: the facts (with the related
//                                        occupations' wages and education and the sources
//                                        cited folded in) and one part of the text in one
//                                        locale (TEXT_PARTS)
//   dist/data/<id>/facts.json            the facts alone, for tools and error messages
//   dist/data/index.json                 ids and titles, for the demo and embed builder only
//
// A widget makes one request, however many occupations the dataset holds: related
// occupations are folded in, never fetched one by one.
import {mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {Ajv, type ValidateFunction} from 'ajv';
import {
  SOURCE_LOCALE,
  SUPPORTED_LOCALES,
  TEXT_PARTS,
  type OccupationFacts,
  type OccupationText,
  type RuntimeData,
  type RuntimeFacts,
  type RuntimeText,
  type Source,
  type SupportedLocale,
} from '../data/types.js';

const EDITORIAL_FIELDS = new Set(['$schema', 'note', 'shown']);

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

export async function buildData({dataDir, outDir, root = process.cwd()}: BuildOptions) {
  const problems: string[] = [];
  const display = (file: string) => relative(root, file) || file;
  const validators = await loadValidators(join(dataDir, 'schema'));

  async function readJson<T>(file: string, validate: ValidateFunction): Promise<T | undefined> {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      problems.push(`${display(file)}: ${missing ? 'file is missing' : `not valid JSON (${(error as Error).message})`}`);
      return undefined;
    }
    if (!validate(value)) {
      for (const e of validate.errors ?? []) {
        const detail = e.keyword === 'additionalProperties' ? ` '${e.params.additionalProperty}'` : '';
        problems.push(`${display(file)}: ${e.instancePath || '/'}: ${e.message}${detail}`);
      }
      return undefined;
    }
    return value as T;
  }

  const sources = (await readJson<Record<string, Source>>(join(dataDir, 'sources.json'), validators.sources)) ?? {};
  const citations = {} as Record<SupportedLocale, Record<string, string>>;
  for (const locale of SUPPORTED_LOCALES) {
    const file = join(dataDir, 'locales', `${locale}.json`);
    citations[locale] = (await readJson<{sources: Record<string, string>}>(file, validators.locale))?.sources ?? {};
    for (const id of Object.keys(sources)) {
      if (!(id in citations[locale])) problems.push(`${display(file)}: /sources: no citation for source '${id}'`);
    }
  }

  const occupationsDir = join(dataDir, 'occupations');
  const entries = await readdir(occupationsDir, {withFileTypes: true});
  const ids = entries.filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const facts: Record<string, OccupationFacts | undefined> = {};
  const texts: Record<string, Partial<Record<SupportedLocale, OccupationText>>> = {};
  for (const id of ids) {
    const factsFile = join(occupationsDir, id, 'facts.json');
    facts[id] = await readJson<OccupationFacts>(factsFile, validators.facts);
    if (facts[id] && facts[id].id !== id) {
      problems.push(`${display(factsFile)}: /id: '${facts[id].id}' does not match its folder '${id}'`);
    }
    texts[id] = {};
    for (const locale of SUPPORTED_LOCALES) {
      texts[id][locale] = await readJson<OccupationText>(join(occupationsDir, id, `${locale}.json`), validators.text);
    }
    const english = texts[id][SOURCE_LOCALE];
    for (const locale of SUPPORTED_LOCALES) {
      const translation = texts[id][locale];
      if (english && translation && locale !== SOURCE_LOCALE) {
        checkSameShape(english, translation, '', display(join(occupationsDir, id, `${locale}.json`)), problems);
      }
    }
  }

  for (const id of ids) {
    const occupation = facts[id];
    if (!occupation) continue;
    const file = display(join(occupationsDir, id, 'facts.json'));
    (occupation.related ?? []).forEach((relatedId, i) => {
      if (!ids.includes(relatedId)) problems.push(`${file}: /related/${i}: unknown occupation '${relatedId}'`);
    });
    for (const [path, sourceId] of citedSources(occupation)) {
      if (!sources[sourceId]) problems.push(`${file}: ${path}: unknown source '${sourceId}'`);
    }
  }

  if (problems.length) throw new DataError(problems);
  if (!outDir) return {ids};

  await rm(outDir, {recursive: true, force: true});
  for (const id of ids) {
    const occupation = facts[id]!;
    const related = (occupation.related ?? []).map((relatedId) => facts[relatedId]!);
    const cited = [...new Set([occupation, ...related].flatMap((o) => citedSources(o).map(([, s]) => s)))];
    const runtimeFacts: RuntimeFacts = {
      ...withoutEditorialFields(occupation),
      related: related.map(({id, education, wages}) => withoutEditorialFields({id, education, wages})),
      sources: Object.fromEntries(cited.map((s) => [s, withoutSeeds(sources[s])])),
    };
    await writeJson(join(outDir, id, 'facts.json'), runtimeFacts);
    for (const locale of SUPPORTED_LOCALES) {
      const text = withoutEditorialFields(texts[id][locale]!);
      for (const [part, fields] of Object.entries(TEXT_PARTS)) {
        const runtimeText: RuntimeText = {
          title: text.title,
          ...Object.fromEntries(fields.filter((f) => f in text).map((f) => [f, text[f]])),
          sources: Object.fromEntries(cited.map((s) => [s, citations[locale][s]])),
        };
        if (part === 'related') {
          runtimeText.related = Object.fromEntries(
            related.map((r) => {
              const {title, summary, educationNote} = texts[r.id][locale]!;
              return [r.id, {title, summary, educationNote}];
            }),
          );
        }
        const runtimeData: RuntimeData = {facts: runtimeFacts, text: runtimeText};
        // What the widgets check a host's data against must accept the library's own.
        if (!validators.runtime(runtimeData)) {
          throw new DataError(validators.runtime.errors!.map((e) => `${id}/${locale}/${part}.json: ${e.instancePath}: ${e.message} (data/schema/runtime.schema.json)`));
        }
        await writeJson(join(outDir, id, locale, `${part}.json`), runtimeData);
      }
    }
  }
  await writeJson(join(outDir, 'index.json'), {
    locales: SUPPORTED_LOCALES,
    occupations: ids.map((id) => ({
      id,
      titles: Object.fromEntries(SUPPORTED_LOCALES.map((l) => [l, texts[id][l]!.title])),
    })),
  });
  return {ids};
}

async function loadValidators(schemaDir: string) {
  const ajv = new Ajv({allErrors: true});
  const load = async (name: string) =>
    ajv.compile(JSON.parse(await readFile(join(schemaDir, `${name}.schema.json`), 'utf8')));
  const validators = {facts: await load('facts'), text: await load('text'), locale: await load('locale'), sources: await load('sources')};
  return {...validators, runtime: await load('runtime')};
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
  const text = Object.entries(occupation.textSources).flatMap(([part, ids]) =>
    ids.map((s, i): [string, string] => [`/textSources/${part}/${i}`, s]),
  );
  return [...figures, ...text];
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

async function writeJson(file: string, value: unknown) {
  await mkdir(resolve(file, '..'), {recursive: true});
  await writeFile(file, JSON.stringify(value));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  try {
    const {ids} = await buildData({dataDir: join(root, 'data'), outDir: join(root, 'dist', 'data'), root});
    console.log(`build:data: ${ids.length} occupations × ${SUPPORTED_LOCALES.length} locales → dist/data/`);
  } catch (error) {
    console.error(error instanceof DataError ? error.message : error);
    process.exitCode = 1;
  }
}
