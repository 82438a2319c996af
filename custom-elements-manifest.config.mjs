// `npm run manifest`: custom-elements.json, the manifest of every element's attributes,
// properties, events, CSS parts and custom properties, for editors and docs tools, naming
// the files the package ships (lib/: it runs after `npm run build:lib`); and from it, the
// elements' types for React, Preact, Vue and Svelte templates (lib/frameworks/).
import {frameworkTypes} from './scripts/manifest/framework-types.js';
import {shippedManifest} from './scripts/manifest/shipped-manifest.js';

export default {
  // Every module that may hold an element, a class one extends, or a definition: the plugin keeps those.
  globs: ['src/*.ts', 'components/*/*.ts'],
  exclude: ['**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [shippedManifest(), frameworkTypes()],
};
