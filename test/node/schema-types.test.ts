// The types are generated from the schemas (scripts/schema-types.ts): the checked-in file must be
// what they generate now, or the types and the validated data would drift apart again.
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {it} from 'node:test';
import ts from 'typescript';
import {TEXT_PARTS} from '../../data/types.js';
import {SCHEMA_DIR, SCHEMA_TYPES_FILE, schemaTypes} from '../../scripts/schema-types.js';

it('data/generated/schema-types.ts is what the schemas generate (npm run types writes it)', async () => {
  assert.equal(await readFile(SCHEMA_TYPES_FILE, 'utf8'), await schemaTypes());
});

it('data/generated/schema-types.ts holds types only, so the bundles do not grow', async () => {
  const {outputText} = ts.transpileModule(await readFile(SCHEMA_TYPES_FILE, 'utf8'), {
    compilerOptions: {module: ts.ModuleKind.ES2022, removeComments: true},
  });
  assert.equal(outputText.trim(), 'export {};');
});

// The schema lists them by hand, where the type it replaces was made from TEXT_PARTS and the text's fields.
it("the facts' textSources name every runtime part and every text field", async () => {
  const schema = async (name: string) => JSON.parse(await readFile(join(SCHEMA_DIR, `${name}.schema.json`), 'utf8'));
  const [facts, text] = await Promise.all([schema('facts'), schema('text')]);
  const fields = Object.keys(text.properties).filter((key) => key !== '$schema');
  assert.deepEqual(Object.keys(facts.properties.textSources.properties).sort(), [...TEXT_PARTS, ...fields].sort());
});
