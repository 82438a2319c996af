// custom-elements.json as the package ships it (npm run manifest, after the build): valid under
// the current schema, naming files the package ships, and describing each element of the
// registry: its definition, attributes, events and their details, parts, custom properties.
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {posix} from 'node:path';
import {describe, it} from 'node:test';
import {Ajv} from 'ajv';
import type {Attribute, CustomElementDeclaration, CustomElementExport, CustomElementField, Package} from 'custom-elements-manifest';
import {TAGS} from '../../src/elements.js';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

const pkg = JSON.parse(read('package.json'));
const manifest: Package = JSON.parse(read(pkg.customElements));
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((d): d is CustomElementDeclaration => 'tagName' in d && Boolean(d.tagName)).map((declaration) => ({module, declaration})),
);
const element = (tag: string) => {
  const found = elements.find(({declaration}) => declaration.tagName === tag);
  assert.ok(found, `custom-elements.json declares <${tag}>`);
  return found.declaration;
};

/** Whether `npm pack` takes a file: it is on disk under one of `files`, and no `!` pattern leaves it out. */
function shipped(path: string): boolean {
  const included = pkg.files.filter((entry: string) => !entry.startsWith('!')).some((entry: string) => path === entry || path.startsWith(`${entry}/`));
  return included && !/\.test\./.test(path) && existsSync(new URL(path, root));
}

/** The element's own modules (its folder), without tests. */
function ownSources(tag: string): string {
  const folder = new URL(`components/${tag}/`, root);
  return readdirSync(folder).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).map((file) => read(`components/${tag}/${file}`)).join('\n');
}

/** An element's class and every module of the package it imports: all the code that may render in its shadow root. */
function sourcesOf(tag: string): string {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file) || !existsSync(new URL(file, root))) return;
    files.add(file);
    for (const [, specifier] of read(file).matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) visit(posix.join(posix.dirname(file), `${specifier}.ts`));
  };
  visit(`components/${tag}/${tag}.component.ts`);
  return [...files].map(read).join('\n');
}

describe('custom-elements.json', () => {
  it('is valid under the custom elements manifest schema, of its current version', () => {
    const schema = require('custom-elements-manifest/schema.json');
    const validate = new Ajv({allErrors: true}).compile(schema);
    assert.ok(validate(manifest), JSON.stringify(validate.errors, null, 2));
    assert.equal(manifest.schemaVersion, require('custom-elements-manifest/package.json').version);
  });

  it('names only JavaScript files the package ships, each with its types beside it', () => {
    const modules = new Set(manifest.modules.map(({path}) => path));
    const referenced = JSON.stringify(manifest).matchAll(/"module":"([^"]+)"/g);
    for (const path of [...modules, ...[...referenced].map(([, module]) => module)]) {
      assert.match(path, /^lib\/.+\.js$/, path);
      assert.ok(shipped(path), `${path} is in the package`);
      assert.ok(shipped(path.replace(/\.js$/, '.d.ts')), `${path}'s types are in the package`);
    }
  });

  it('declares one element per entry of the registry, each defined by the module career-widgets/<tag>.js imports', () => {
    assert.deepEqual(elements.map(({declaration}) => declaration.tagName).sort(), [...TAGS].sort());
    const definitions = manifest.modules.flatMap(({path, exports = []}) =>
      exports.filter((e): e is CustomElementExport => e.kind === 'custom-element-definition').map((definition) => ({path, definition})),
    );
    assert.deepEqual(definitions.map(({definition}) => definition.name).sort(), [...TAGS].sort());
    for (const {path, definition} of definitions) {
      const tag = definition.name;
      assert.equal(`./${path}`, pkg.exports['./*.js'].default.replaceAll('*', tag), `<${tag}> is defined by its own module`);
      const declaring = elements.find(({declaration}) => declaration.name === definition.declaration.name);
      assert.equal(declaring?.declaration.tagName, tag);
      assert.equal(declaring?.module.path, definition.declaration.module);
    }
  });

  // test/browser/manifest.test.ts checks the attributes against the elements' own, in a browser.
  it('lists lang among every element’s attributes, and the property each attribute sets, with its type', () => {
    for (const tag of TAGS) {
      const {attributes = [], members = []} = element(tag);
      assert.ok(attributes.some(({name}) => name === 'lang'), `<${tag}> takes lang`);
      for (const attribute of attributes as Attribute[]) {
        const field = members.find((member): member is CustomElementField => member.kind === 'field' && member.name === attribute.fieldName);
        assert.ok(field?.type?.text, `<${tag}> ${attribute.name} sets a property, of a type`);
        assert.equal(field.attribute, attribute.name);
      }
    }
  });

  it('lists the events every element fires, each with its detail type, which the package exports', () => {
    const exported = read('lib/src/index.d.ts');
    for (const tag of TAGS) {
      for (const event of element(tag).events ?? []) {
        const [detail] = event.type?.references ?? [];
        assert.ok(detail, `<${tag}> ${event.name} names its detail's type`);
        assert.equal(event.type?.text.slice(detail.start, detail.end), detail.name);
        assert.equal(detail.module, pkg.exports['.'].default.replace(/^\.\//, ''));
        assert.match(exported, new RegExp(`\\b${detail.name}\\b`), `the package exports ${detail.name}`);
      }
    }
  });

  // test/browser/manifest.test.ts checks the parts each element renders against the manifest too.
  it('lists the CSS parts of each element’s own code and none that no code it imports renders, and exactly the custom properties its styles read', () => {
    const partsIn = (code: string) => new Set([...code.matchAll(/part="([^"]+)"/g)].flatMap(([, names]) => names.split(' ')));
    for (const tag of TAGS) {
      const listed = new Set(element(tag).cssParts?.map(({name}) => name));
      const own = partsIn(ownSources(tag));
      const imported = partsIn(sourcesOf(tag));
      for (const part of own) assert.ok(listed.has(part), `<${tag}> lists its part ${part}`);
      for (const part of listed) assert.ok(imported.has(part), `<${tag}>'s part ${part} is rendered by its code`);
      const properties = new Set([...sourcesOf(tag).matchAll(/var\((--career-[a-z-]+)/g)].map(([, name]) => name));
      assert.deepEqual(element(tag).cssProperties?.map(({name}) => name).sort(), [...properties].sort(), `<${tag}>'s custom properties`);
    }
  });
});
