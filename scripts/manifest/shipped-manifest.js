// A custom elements analyzer plugin: the manifest as the package ships it. The analyzer reads
// the TypeScript sources; pages and tools import the compiled files in lib/, register the
// elements through each element's own module, and need the current schema.
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const SCHEMA_VERSION = require('custom-elements-manifest/package.json').version;

/** Where the package exports the types that events' details are described by. */
const PUBLIC_TYPES_MODULE = 'src/index.ts';

export function shippedManifest() {
  /** The classes each module registers with `Class.define()`, by module path. */
  const definitions = new Map();
  return {
    name: 'career-widgets: the shipped manifest',
    analyzePhase({ts, node, moduleDoc}) {
      const definition = definitionIn(ts, node);
      if (definition) definitions.set(moduleDoc.path, [...(definitions.get(moduleDoc.path) ?? []), definition]);
    },
    moduleLinkPhase({moduleDoc}) {
      for (const declaration of moduleDoc.declarations ?? []) linkDocumentedAttributes(declaration);
    },
    packageLinkPhase({customElementsManifest: manifest}) {
      manifest.schemaVersion = SCHEMA_VERSION;
      const declared = declarationModules(manifest);
      addDefinitions(manifest, definitions, declared);
      referenceDeclaringModules(manifest, declared);
      keepElementModules(manifest, declared);
      referenceEventDetails(manifest);
      pointAtShippedFiles(manifest);
    },
  };
}

/**
 * `SalaryTable.define()` at a module's top level registers the element under its own tag;
 * `SalaryTable.define('acme-table')` under another (CareerWidget.define, which the analyzer
 * does not know as it knows customElements.define).
 */
function definitionIn(ts, node) {
  if (!ts.isExpressionStatement(node) || !ts.isSourceFile(node.parent)) return undefined;
  const call = node.expression;
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  const {expression: target, name} = call.expression;
  if (name.text !== 'define' || !ts.isIdentifier(target)) return undefined;
  const [tag] = call.arguments;
  return {className: target.text, tag: tag && ts.isStringLiteral(tag) ? tag.text : undefined};
}

/**
 * An attribute and a property documented on the class (`@attr lang`, `@prop lang`) are the
 * same thing, as the analyzer links those it finds in code: the frameworks' types need the link.
 */
function linkDocumentedAttributes(declaration) {
  for (const attribute of declaration.attributes ?? []) {
    const field = declaration.members?.find((member) => member.kind === 'field' && member.name === attribute.name);
    if (attribute.fieldName || !field) continue;
    attribute.fieldName = field.name;
    field.attribute = attribute.name;
  }
}

/** Each declared class or function's module, by name (the package's names are unique). */
function declarationModules(manifest) {
  return new Map(manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => [declaration.name, {module, declaration}])));
}

function addDefinitions(manifest, definitions, declared) {
  for (const module of manifest.modules) {
    for (const {className, tag} of definitions.get(module.path) ?? []) {
      const found = declared.get(className);
      // Another object's define(), such as customElements.define(), which the analyzer reads itself.
      if (!found?.declaration.tagName) continue;
      module.exports = [
        ...(module.exports ?? []),
        {kind: 'custom-element-definition', name: tag ?? found.declaration.tagName, declaration: {name: className, module: found.module.path}},
      ];
    }
  }
}

/**
 * Every reference to a class of the package names the module that declares it: the analyzer
 * takes `export {SalaryTable}` of an imported class for the module's own, and leaves a
 * superclass's or a re-export's specifier as written (`/src/career-widget.js`).
 */
function referenceDeclaringModules(value, declared) {
  if (typeof value !== 'object' || value === null) return;
  if (typeof value.module === 'string' && declared.has(value.name)) value.module = declared.get(value.name).module.path;
  Object.values(value).forEach((child) => referenceDeclaringModules(child, declared));
}

/** The elements' classes, the classes they extend, and the modules that export or define them: no helpers or styles. */
function keepElementModules(manifest, declared) {
  const kept = new Set();
  for (const {declaration} of declared.values()) {
    for (let cls = declaration.customElement ? declaration : undefined; cls && !kept.has(cls.name); cls = declared.get(cls.superclass?.name)?.declaration) kept.add(cls.name);
  }
  for (const module of manifest.modules) {
    module.declarations = (module.declarations ?? []).filter(({name}) => kept.has(name));
    module.exports = (module.exports ?? []).filter(({kind, declaration}) => kind === 'custom-element-definition' || kept.has(declaration.name));
  }
  manifest.modules = manifest.modules.filter((module) => module.declarations.length || module.exports.length);
}

/** `CustomEvent<CareerWidgetEventDetail>`: where the package exports the detail's type. */
function referenceEventDetails(manifest) {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations) {
      for (const event of declaration.events ?? []) {
        const detail = event.type?.text.match(/^CustomEvent<(\w+)>$/);
        if (!detail) continue;
        const start = event.type.text.indexOf(detail[1]);
        event.type.references = [{name: detail[1], module: PUBLIC_TYPES_MODULE, start, end: start + detail[1].length}];
      }
    }
  }
}

/** `components/x/x.component.ts` → `lib/components/x/x.component.js`, the file the package ships, in every path and reference. */
function pointAtShippedFiles(value) {
  if (typeof value !== 'object' || value === null) return;
  for (const key of ['path', 'module']) {
    if (typeof value[key] === 'string' && value[key].endsWith('.ts')) value[key] = `lib/${value[key].replace(/\.ts$/, '.js')}`;
  }
  Object.values(value).forEach(pointAtShippedFiles);
}
