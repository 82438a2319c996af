// A custom elements analyzer plugin: the elements' types for frameworks' templates, written
// from the finished manifest into lib/frameworks/, which the package exports as
// career-widgets/react, /preact, /vue and /svelte.
//
// JSX (React 19, Preact) comes from break-stuff's custom-element-jsx-integration. Vue and
// Svelte are written here, in the forms their guides give for custom elements: the same
// generators' Vue and Svelte output names attributes and events as neither vue-tsc
// (`heading-level` for `headingLevel`, `oncareer-widget-load` for `onCareerWidgetLoad`) nor
// svelte-check (a `svelteHTML` namespace local to a module, JSX types) reads them.
import {mkdirSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {generateJsxTypes} from 'custom-element-jsx-integration';

const OUTDIR = 'lib/frameworks';
const WRITTEN_BY = '// Written by scripts/manifest/framework-types.js from custom-elements.json';

export function frameworkTypes() {
  return {
    name: 'career-widgets: framework types',
    packageLinkPhase({customElementsManifest: manifest}) {
      mkdirSync(OUTDIR, {recursive: true});
      generateJsxTypes(forJsxGenerator(manifest), {outdir: OUTDIR, fileName: 'jsx.d.ts', componentTypePath: (name) => modulePathOf(manifest, name), hideLogs: true});
      writeFileSync(join(OUTDIR, 'react.d.ts'), jsxRuntimeTypes('react', 'React 19'));
      writeFileSync(join(OUTDIR, 'preact.d.ts'), jsxRuntimeTypes('preact', 'Preact'));
      const elements = elementsOf(manifest);
      writeFileSync(join(OUTDIR, 'vue.d.ts'), vueTypes(elements));
      writeFileSync(join(OUTDIR, 'svelte.d.ts'), svelteTypes(elements));
    },
  };
}

/** What a template may set on each element and listen to, with the types' import paths from OUTDIR. */
function elementsOf(manifest) {
  return manifest.modules.flatMap((module) =>
    module.declarations
      .filter((declaration) => declaration.tagName)
      .map((declaration) => ({
        tag: declaration.tagName,
        name: declaration.name,
        module: relative(OUTDIR, module.path),
        description: declaration.summary ?? declaration.description ?? '',
        attributes: declaration.attributes.map(({name, fieldName, description}) => ({name, fieldName, description})),
        // What only a property sets (none today): settable, public, of the instance.
        properties: declaration.members.filter(
          (member) => member.kind === 'field' && !member.attribute && !member.static && !member.readonly && !['private', 'protected'].includes(member.privacy),
        ),
        events: (declaration.events ?? []).map(({name, type, description}) => ({name, description, type: eventType(type)})),
      })),
  );
}

/** The module that declares a class, from OUTDIR. */
function modulePathOf(manifest, name) {
  const module = manifest.modules.find((candidate) => candidate.declarations.some((declaration) => declaration.name === name));
  return relative(OUTDIR, module.path);
}

/** `CustomEvent<import('../src/index.js').CareerWidgetEventDetail>`: the detail's type, where the package exports it. */
function eventType(type) {
  const detail = detailType(type);
  return detail ? `CustomEvent<${detail}>` : (type?.text ?? 'Event');
}

function detailType(type) {
  const [detail] = type?.references ?? [];
  return detail && `import('${relative(OUTDIR, detail.module)}').${detail.name}`;
}

/**
 * The manifest as the JSX generator should read it. It takes an event's type for its detail's
 * (`CustomEvent<X>` becomes `CustomEvent<CustomEvent<X>>`) and would import a detail type once
 * for each element that fires it (a duplicate identifier): it is given each event's detail as an
 * import() type instead. It offers every public field as a prop: read-only ones, which a
 * template cannot set, are left out.
 */
function forJsxGenerator(manifest) {
  const copy = structuredClone(manifest);
  for (const declaration of copy.modules.flatMap((module) => module.declarations)) {
    declaration.members = declaration.members?.filter((member) => !member.readonly);
    for (const event of declaration.events ?? []) {
      const detail = detailType(event.type);
      if (detail) event.type = {text: detail};
    }
  }
  return copy;
}

function jsxRuntimeTypes(module, name) {
  return `${WRITTEN_BY}: the elements in ${name}'s JSX (their types: ./jsx.d.ts).
import type {CustomElements} from './jsx.js';

declare module '${module}' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`;
}

/** Vue's guide's `DefineCustomElement`: vue-tsc checks attributes and properties by their camelCase names, and events by their own. */
function vueTypes(elements) {
  const entries = elements.map(({tag, name, description, attributes, properties, events}) => {
    const keys = [...attributes.map(({fieldName}) => fieldName), ...properties.map((property) => property.name)];
    const eventMap = events.map((event) => `${doc(event.description, '        ')}        '${event.name}': ${event.type};`).join('\n');
    return `${doc(description, '    ')}    '${tag}': DefineCustomElement<
      ${name},
      ${keys.map((key) => `'${key}'`).join(' | ')},
      {
${eventMap}
      }
    >;`;
  });
  return `${WRITTEN_BY}: the elements in Vue templates.
import type {EmitFn, HTMLAttributes, PublicProps} from 'vue';
${imports(elements)}

/** An element in templates: its attributes and properties (\`Props\`), and the events it fires. */
type DefineCustomElement<Element extends HTMLElement, Props extends keyof Element, Events extends Record<string, Event>> = new () => Element & {
  /** For templates' types only: elements have no \`$props\`. */
  $props: HTMLAttributes & Partial<Pick<Element, Props>> & PublicProps;
  /** For templates' types only: elements have no \`$emit\`. */
  $emit: EmitFn<{[Name in keyof Events]: (event: Events[Name]) => void}>;
};

declare module 'vue' {
  interface GlobalComponents {
${entries.join('\n')}
  }
}
`;
}

/** Svelte's \`svelteHTML.IntrinsicElements\`, for custom elements: attributes by name, events as Svelte 5's \`on<event>\` attributes. */
function svelteTypes(elements) {
  const entries = elements.map(({tag, name, description, attributes, properties, events}) => {
    const members = [
      ...attributes.map((attribute) => `${doc(attribute.description, '        ')}        '${attribute.name}'?: ${name}['${attribute.fieldName}'];`),
      ...properties.map((property) => `${doc(property.description, '        ')}        '${property.name}'?: ${name}['${property.name}'];`),
      ...events.map((event) => `${doc(event.description, '        ')}        'on${event.name}'?: (event: ${event.type}) => void;`),
    ];
    return `${doc(description, '      ')}      '${tag}': HTMLAttributes<${name}> & {
${members.join('\n')}
      };`;
  });
  return `${WRITTEN_BY}: the elements in Svelte templates.
import type {HTMLAttributes} from 'svelte/elements';
${imports(elements)}

declare global {
  namespace svelteHTML {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}
`;
}

function imports(elements) {
  return elements.map(({name, module}) => `import type {${name}} from '${module}';`).join('\n');
}

/** A JSDoc comment, for editors' hover text. */
function doc(text, indent) {
  if (!text) return '';
  const lines = text.replaceAll('*/', '*\\/').split('\n');
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}
