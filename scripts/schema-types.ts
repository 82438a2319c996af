// Writes data/generated/schema-types.ts: the TypeScript types of the JSON Schemas in data/schema/,
// which are what the data is validated against, so that data/types.ts re-exports them instead of
// describing the same shapes a second time. `npm run types`; the build runs it too, and
// test/node/schema-types.test.ts fails when the checked-in file is not what the schemas generate.
//
// A schema or subschema with a `title` is a type of that name: the titles give the names
// data/types.ts re-exports. (Not the keys in `definitions`: json-schema-to-typescript names types
// after those of the schema it compiles alone, and that is the root below, which only gathers the
// files.) An untitled object or array that a `$ref` points at is named after the `$ref`'s last
// segment (TextSources, Wages); the rest is written inline.
import {mkdir, readdir, writeFile} from 'node:fs/promises';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {compile, type JSONSchema} from 'json-schema-to-typescript';

const root = resolve(fileURLToPath(import.meta.url), '../..');
export const SCHEMA_DIR = join(root, 'data', 'schema');
export const SCHEMA_TYPES_FILE = join(root, 'data', 'generated', 'schema-types.ts');

const BANNER = '// Generated from data/schema/*.schema.json by scripts/schema-types.ts (npm run types); do not edit.';
/** The root that gathers the schemas into one compilation; it is no shape of the data, so it is not written. */
const ROOT = 'DatasetSchemas';

export async function schemaTypes(): Promise<string> {
  const files = (await readdir(SCHEMA_DIR)).filter((name) => name.endsWith('.schema.json')).sort();
  // One compilation for every schema, so that a type two of them share (runtime.schema.json
  // refers to facts' and text's) is declared once.
  const code = await compile({title: ROOT, anyOf: files.map((file) => ({$ref: file}))} as JSONSchema, ROOT, {
    cwd: SCHEMA_DIR,
    bannerComment: BANNER,
    // minItems and maxItems would make tuples, which no code that builds a list could satisfy:
    // they stay the validator's, as patterns and bounds do.
    ignoreMinAndMaxItems: true,
    // Every object in the schemas says whether it is closed; the ones that do not are the
    // branches of an `anyOf`, which only narrow a closed object.
    additionalProperties: false,
    style: {singleQuote: true},
  });
  const rootDeclaration = new RegExp(`^export type ${ROOT} =[^;]*;\\n`, 'm');
  if (!rootDeclaration.test(code)) throw new Error(`schema-types: json-schema-to-typescript no longer declares ${ROOT} as expected.`);
  return code.replace(rootDeclaration, '');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await mkdir(dirname(SCHEMA_TYPES_FILE), {recursive: true});
  await writeFile(SCHEMA_TYPES_FILE, await schemaTypes());
  console.log(`types: ${SCHEMA_TYPES_FILE.slice(root.length + 1)}`);
}
