// build:data's steps one at a time: the check names the file and the path of what is wrong in
// data/ as read, the transform gives the same files for the same dataset and changes nothing,
// the runtime check refuses a part the widgets would, and the write leaves only the files it is given.
import assert from 'node:assert/strict';
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {PARTS, SOURCE_LOCALE, type RuntimeData, type RuntimePart, type TextPart} from '../../data/types.js';
import {
  checkDataset,
  checkRuntime,
  DataError,
  readDataFiles,
  runtimeFiles,
  writeFiles,
  type DataFiles,
  type JsonFile,
  type RuntimeFiles,
} from '../../scripts/build-data.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const byo = join(root, 'test', 'fixtures', 'byo');
const CSR = 'customer-service-representative';

/** The problems a DataError lists, or a failed assertion when nothing is thrown. */
function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof DataError, String(error));
    return error.problems;
  }
  assert.fail('the step should have thrown a DataError');
}

/** A JSON file's value changed in a copy, the file left as it was read. */
function changed(file: JsonFile, change: (json: any) => void): JsonFile {
  assert.ok('json' in file, `${file.file} was read`);
  const json = structuredClone(file.json);
  change(json);
  return {file: file.file, json};
}

describe('build:data, step by step', () => {
  let data: DataFiles;
  before(async () => {
    data = await readDataFiles(join(root, 'data'), root);
  });

  /** data/ as read, with one curated occupation's files changed. */
  const withCurated = (id: string, change: (files: DataFiles['curated'][number]) => DataFiles['curated'][number]): DataFiles => ({
    ...data,
    curated: data.curated.map((files) => (files.id === id ? change(files) : files)),
  });

  /** data/ as read, with an imported occupation's file changed. */
  const withImported = (id: string, change: (json: any) => void): DataFiles => ({
    ...data,
    imported: data.imported.map((file) => (file.file === `data/imported/${id}.json` ? changed(file, change) : file)),
  });

  it('readDataFiles parses every file of data/ the build uses, each named as messages name it', () => {
    assert.ok(data.imported.length > 900, `${data.imported.length} imported files`);
    const csr = data.curated.find((c) => c.id === CSR);
    assert.equal(csr?.facts.file, `data/occupations/${CSR}/facts.json`);
    assert.equal(csr?.texts.ar.file, `data/occupations/${CSR}/ar.json`);
    assert.ok('json' in data.sources && 'json' in data.locales.ar);
  });

  it('checkDataset names the file and the field of a value its schema refuses', () => {
    const problems = problemsOf(() => checkDataset(withCurated(CSR, (c) => ({...c, facts: changed(c.facts, (facts) => (facts.wages[0].annual.median = '33750'))}))));
    assert.ok(problems.includes(`data/occupations/${CSR}/facts.json: /wages/0/annual/median: must be number`), problems.join('\n'));
    assert.ok(problems.every((p) => p.startsWith(`data/occupations/${CSR}/facts.json: /wages/0/annual/median: must`)), problems.join('\n'));
  });

  it('checkDataset names the part of an imported file its schema refuses, and a reference no file answers', () => {
    const problems = problemsOf(() => checkDataset(withImported('registered-nurse', (json) => (json.text.title = 42))));
    assert.equal(problems[0], 'data/imported/registered-nurse.json: /text/title: must be string');
    const unknown = problemsOf(() => checkDataset(withImported('registered-nurse', (json) => json.facts.related.push('astronaut'))));
    assert.deepEqual(unknown, ["data/imported/registered-nurse.json: /related/5: unknown occupation 'astronaut'"]);
  });

  it('checkDataset names a file that could not be read, and a curated occupation in a folder not its id', () => {
    const missing = problemsOf(() => checkDataset(withCurated('teller', (c) => ({...c, texts: {...c.texts, is: {file: c.texts.is.file, unreadable: 'file is missing'}}}))));
    assert.deepEqual(missing, ['data/occupations/teller/is.json: file is missing']);
    const misfiled = problemsOf(() => checkDataset(withCurated('order-clerk', (c) => ({...c, facts: changed(c.facts, (facts) => (facts.id = 'teller'))}))));
    assert.equal(misfiled[0], "data/occupations/order-clerk/facts.json: /id: 'teller' does not match its folder 'order-clerk'");
  });

  it('checkDataset leaves data/ as read as it was: the same files give the same dataset', () => {
    const files = ({sources, locales, imported, curated, l10n}: DataFiles) => ({sources, locales, imported, curated, l10n});
    const unchanged = structuredClone(files(data));
    const first = checkDataset(data);
    assert.deepEqual(checkDataset(data), first);
    assert.deepEqual(files(data), unchanged);
  });

  describe('runtimeFiles', () => {
    let files: RuntimeFiles;
    before(() => {
      files = runtimeFiles(checkDataset(data));
    });

    it('gives the same files for the same dataset, and leaves the dataset as it was', () => {
      const dataset = checkDataset(data);
      const unchanged = structuredClone(dataset);
      const again = runtimeFiles(dataset);
      assert.deepEqual(dataset, unchanged);
      assert.deepEqual(again, files);
      assert.deepEqual(runtimeFiles(dataset), again);
    });

    it('lays out each part under the occupation’s id and its code, its translations beside it, the terms and the indexes', () => {
      assert.equal(files.get(`${CSR}/overview.json`), files.get('43-4051.00/overview.json'));
      const overview = files.get(`${CSR}/overview.json`) as RuntimePart;
      assert.equal(overview.facts.id, CSR);
      for (const locale of overview.translations) assert.ok(files.has(`${CSR}/overview.${locale}.json`), locale);
      assert.ok(files.has('index.json') && files.has('index.ar.json') && !files.has(`index.${SOURCE_LOCALE}.json`));
      assert.ok([...files.keys()].some((path) => path.startsWith('terms/')));
    });

    it('passes the widgets’ own check (checkRuntime)', () => {
      const dataset = checkDataset(data);
      assert.doesNotThrow(() => checkRuntime(files, dataset.occupations.keys(), data.schemas.runtime));
    });
  });

  describe('checkRuntime, on the bring-your-own-data fixtures (test/fixtures/byo/)', () => {
    const ID = 'night-support-agent';
    let good: RuntimeData;
    let wageAsString: RuntimeData;
    before(async () => {
      const read = async (name: string) => JSON.parse(await readFile(join(byo, name), 'utf8')) as RuntimeData;
      [good, wageAsString] = [await read(`${ID}.en.json`), await read('wage-as-string.json')];
    });

    /** Every part of the occupation as the given data, in English alone. */
    const filesOf = (runtime: RuntimeData, overview = runtime): RuntimeFiles =>
      new Map(
        (Object.keys(PARTS) as TextPart[]).map((part) => {
          const {facts, text} = part === 'overview' ? overview : runtime;
          return [`${ID}/${part}.json`, {facts, text, titles: {}, citations: {}, translations: []}];
        }),
      );

    it('accepts a part the widgets accept', () => {
      assert.doesNotThrow(() => checkRuntime(filesOf(good), [ID], data.schemas.runtime));
    });

    it('refuses one they refuse, naming the part, the language and the path', () => {
      const problems = problemsOf(() => checkRuntime(filesOf(good, wageAsString), [ID], data.schemas.runtime));
      // A wage is a number or {atLeast: number} (a top-coded OEWS figure): the string is neither.
      assert.deepEqual(problems, [
        `${ID}/overview (en): /facts/wages/0/annual/median: must be number (data/schema/runtime.schema.json)`,
        `${ID}/overview (en): /facts/wages/0/annual/median: must be object (data/schema/runtime.schema.json)`,
        `${ID}/overview (en): /facts/wages/0/annual/median: must match a schema in anyOf (data/schema/runtime.schema.json)`,
      ]);
    });
  });

  describe('writeFiles', () => {
    let out: string;
    before(async () => {
      out = await mkdtemp(join(tmpdir(), 'career-write-'));
    });
    after(() => rm(out, {recursive: true, force: true}));

    it('writes each file as JSON at its path, and nothing an earlier build left', async () => {
      await mkdir(join(out, 'stale'), {recursive: true});
      await writeFile(join(out, 'stale', 'overview.json'), '{}');
      await writeFiles(out, new Map<string, unknown>([['teller/overview.json', {facts: {id: 'teller'}}], ['index.json', {locales: ['en']}]]));
      assert.deepEqual((await readdir(out, {recursive: true})).sort(), ['index.json', 'teller', 'teller/overview.json']);
      assert.equal(await readFile(join(out, 'teller', 'overview.json'), 'utf8'), '{"facts":{"id":"teller"}}');
    });
  });
});
