// Property-based tests of the bring-your-own-data validator (src/generated/validate-runtime-data.js,
// compiled from data/schema/runtime.schema.json by scripts/build-validator.ts; src/data.ts runs it on
// every file a page names with `src` and on a dataset of the host's own). Thousands of random values,
// random JSON and mutated or generated documents: it never throws, always answers with a boolean,
// names what is wrong and where (a path that exists in the document) when it refuses, leaves its
// input as it was, agrees with ajv compiling the same schemas, and accepts every valid document.
// fast-check prints the seed and path of a failing case; pass them back as {seed, path} to replay it.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {readFile, readdir} from 'node:fs/promises';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {Ajv} from 'ajv';
import fc from 'fast-check';
import {schemaArbitrary, type JsonSchema} from '../schema-arbitrary.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const GENERATED = join(root, 'src', 'generated', 'validate-runtime-data.js');
const DIST_DATA = join(root, 'dist', 'data');

// The validator is a build product (npm run build:validator, part of npm run build): made here if missing.
if (!existsSync(GENERATED)) {
  const built = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build-validator.ts')], {cwd: root, encoding: 'utf8'});
  if (built.status !== 0) throw new Error(`build:validator failed:\n${built.stderr}`);
}
type Validate = ((data: unknown) => boolean) & {errors?: {instancePath: string; message?: string; keyword?: string}[] | null};
const {validateRuntimeData} = (await import(GENERATED)) as {validateRuntimeData: Validate};

const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8'));
const schemas: JsonSchema[] = await Promise.all(['facts', 'text', 'runtime'].map((name) => readJson(join(root, 'data', 'schema', `${name}.schema.json`))));
// ajv itself, compiled from the same schemas with the build's options: the reference the standalone code must match.
const ajv = new Ajv({schemas, allErrors: false});
const reference = ajv.getSchema('runtime.schema.json')!;

/** The bring-your-own fixtures that are meant to be valid. */
const BYO = join(root, 'test', 'fixtures', 'byo');
const fixtures = await Promise.all(
  ['night-support-agent.en.json', 'night-support-agent.ar.json', 'customer-service-representative.overview.is.json', 'customer-service-representative.skills.is.json', 'html-in-text.json', 'long-text.json'].map(
    async (file) => ({name: `test/fixtures/byo/${file}`, doc: await readJson(join(BYO, file))}),
  ),
);

/** Every part of every occupation of the built dataset, as a host's copy of it is validated ({facts, text}). */
async function datasetDocuments(): Promise<{name: string; doc: unknown}[]> {
  const {occupations} = (await readJson(join(DIST_DATA, 'index.json'))) as {occupations: {id: string}[]};
  const documents: {name: string; doc: unknown}[] = [];
  for (const {id} of occupations) {
    for (const file of await readdir(join(DIST_DATA, id))) {
      if (!/^[a-z]+\.json$/.test(file)) continue;
      const {facts, text} = await readJson(join(DIST_DATA, id, file));
      documents.push({name: `dist/data/${id}/${file}`, doc: {facts, text}});
    }
  }
  return documents;
}

type Json = null | boolean | number | string | Json[] | {[key: string]: Json};

/** What the validator says, checked for the form src/data.ts relies on; throws if it throws. */
function verdict(value: unknown): {valid: boolean; path?: string; message?: string; keyword?: string} {
  const valid = validateRuntimeData(value);
  assert.equal(typeof valid, 'boolean', `the validator answered ${String(valid)}`);
  if (valid) {
    assert.ok(!validateRuntimeData.errors?.length, 'valid, yet with errors');
    return {valid};
  }
  const [error] = validateRuntimeData.errors ?? [];
  assert.ok(error, 'refused with no error');
  assert.equal(typeof error.instancePath, 'string', `instancePath ${String(error.instancePath)}`);
  assert.ok(error.instancePath === '' || error.instancePath.startsWith('/'), `instancePath ${JSON.stringify(error.instancePath)} is not a JSON pointer`);
  assert.equal(typeof error.message, 'string', 'no message');
  assert.ok(error.message!.length > 0, 'an empty message');
  return {valid, path: error.instancePath, message: error.message, keyword: error.keyword};
}

/** The value a JSON pointer names, or a note that it names nothing. */
function at(doc: unknown, pointer: string): {found: boolean} {
  let value = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return {found: false};
    value = (value as Record<string, unknown>)[key];
  }
  return {found: true};
}

/** The checks every input gets: no throw, a boolean, a located message; the same answer twice and as ajv's; the input untouched. */
function checkAny(value: unknown, {json = false} = {}) {
  const before = fc.stringify(value);
  const first = verdict(value);
  assert.equal(fc.stringify(value), before, 'the validator changed its input');
  assert.deepEqual(verdict(value), first, 'a second call answered differently');
  if (json) {
    if (!first.valid) assert.ok(at(value, first.path!).found, `the error's path ${JSON.stringify(first.path)} is not in the document`);
    const expected = reference(value);
    const [expectedError] = reference.errors ?? [];
    assert.deepEqual(
      {valid: first.valid, path: first.path, keyword: first.keyword},
      {valid: expected, path: expectedError?.instancePath, keyword: expectedError?.keyword},
      'the standalone validator and ajv disagree',
    );
  }
  return first;
}

// ---- mutations of valid documents (as in the browser test, on plain JSON) ----

type Path = (string | number)[];

function pathsOf(value: Json, path: Path = []): Path[] {
  const children = Array.isArray(value)
    ? value.flatMap((item, i) => pathsOf(item, [...path, i]))
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))
      : [];
  return [path, ...children];
}

const valueAt = (doc: Json, path: Path): Json => path.reduce<Json>((value, key) => (value as Record<string | number, Json>)[key], doc);

const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'replace', 'number', 'string', 'empty', 'add', 'duplicate', 'copy', 'type'),
  json: fc.jsonValue({maxDepth: 2}) as fc.Arbitrary<Json>,
  number: fc.oneof(fc.integer(), fc.double({noNaN: true, noDefaultInfinity: true}), fc.constantFrom(0, -1, 0.5, 1e21, 2024, Number.MAX_SAFE_INTEGER + 2)),
  string: fc.oneof(fc.string({unit: 'binary', maxLength: 20}), fc.constantFrom('', ' ', '2024-13-45', 'en', 'x', '43-4051', '__proto__', 'constructor')),
  from: fc.nat(),
});

function mutate(original: Json, mutations: {at: number; kind: string; json: Json; number: number; string: string; from: number}[]): Json {
  let doc = structuredClone(original);
  for (const m of mutations) {
    const paths = pathsOf(doc);
    const path = paths[m.at % paths.length];
    const current = valueAt(doc, path);
    const parent = path.length ? (valueAt(doc, path.slice(0, -1)) as Record<string | number, Json>) : undefined;
    const key = path.at(-1)!;
    let next: Json = current;
    switch (m.kind) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else if (parent) delete parent[key];
        continue;
      case 'replace':
        next = m.json;
        break;
      case 'number':
        next = m.number;
        break;
      case 'string':
        next = m.string;
        break;
      case 'empty':
        next = Array.isArray(current) ? [] : current && typeof current === 'object' ? {} : '';
        break;
      case 'add':
        next = Array.isArray(current) ? [...current, m.json] : current && typeof current === 'object' ? {...current, [m.string]: m.json} : current;
        break;
      case 'duplicate':
        next = Array.isArray(current) && current.length ? [...current, current[m.from % current.length]] : current;
        break;
      case 'copy':
        next = structuredClone(valueAt(doc, paths[m.from % paths.length]));
        break;
      case 'type':
        next = Array.isArray(current) ? {...current} : typeof current === 'number' ? String(current) : typeof current === 'string' ? Number(current) || null : current === null ? [] : [current];
        break;
    }
    if (parent) parent[key] = next;
    else doc = next;
  }
  return doc;
}

describe('the bring-your-own-data validator, under random input', () => {
  it('answers any JavaScript value (not only JSON) with a boolean, and never throws', () => {
    fc.assert(
      fc.property(
        fc.anything({
          maxDepth: 4,
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
          withUnicodeString: true,
        }),
        (value) => void checkAny(value),
      ),
      {numRuns: 5000},
    );
  });

  it('answers random JSON text, parsed, with a boolean and a located message, as ajv does', () => {
    fc.assert(fc.property(fc.json({maxDepth: 5}), (text) => void checkAny(JSON.parse(text), {json: true})), {numRuns: 5000});
  });

  it('answers documents shaped like a career’s, with random facts and text, as ajv does', () => {
    const part = fc.oneof(fc.jsonValue({maxDepth: 3}), fc.dictionary(fc.constantFrom('id', 'soc', 'textSources', 'sources', 'wages', 'title', 'summary', 'related', 'langs', 'terms'), fc.jsonValue({maxDepth: 2})));
    fc.assert(fc.property(fc.record({facts: part, text: part}, {requiredKeys: []}), (doc) => void checkAny(doc, {json: true})), {numRuns: 3000});
  });

  it('answers mutated valid documents as ajv does, naming a place in the document when it refuses', () => {
    const bases = fixtures.map(({doc}) => doc as Json);
    let refused = 0;
    fc.assert(
      fc.property(fc.nat({max: bases.length - 1}), fc.array(mutation, {minLength: 1, maxLength: 4}), (i, mutations) => {
        if (!checkAny(mutate(bases[i], mutations), {json: true}).valid) refused++;
      }),
      {numRuns: 5000},
    );
    // The mutations reach both answers.
    assert.ok(refused > 500 && refused < 4900, `${refused} of 5000 mutated documents refused`);
  });

  it('accepts documents made from the schema, as ajv does', () => {
    const generated = schemaArbitrary(schemas, 'runtime.schema.json');
    fc.assert(
      fc.property(generated, (doc) => {
        const {valid, path, message} = checkAny(doc, {json: true});
        assert.ok(valid, `refused at ${path}: ${message}`);
      }),
      {numRuns: 1000},
    );
  });

  it('accepts the bring-your-own fixtures, and refuses the one that is wrong on purpose where it is wrong', async () => {
    for (const {name, doc} of fixtures) assert.deepEqual(checkAny(doc, {json: true}), {valid: true}, name);
    const wrong = checkAny(await readJson(join(BYO, 'wage-as-string.json')), {json: true});
    assert.deepEqual([wrong.valid, wrong.path, wrong.message], [false, '/facts/wages/0/annual/median', 'must be number']);
  });

  it('accepts every part of the built dataset, as a host’s copy of it is checked', {skip: existsSync(join(DIST_DATA, 'index.json')) ? false : 'dist/data is not built (npm run build)'}, async () => {
    const documents = await datasetDocuments();
    assert.ok(documents.length > 4000, `${documents.length} documents`);
    const refused = documents.filter(({doc}) => !validateRuntimeData(doc)).map(({name}) => `${name}: ${JSON.stringify(validateRuntimeData.errors?.[0])}`);
    assert.deepEqual(refused, []);
  });
});
