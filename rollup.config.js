import {existsSync, readdirSync, rmSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

// Chunks of earlier builds have other hashes: clear every built script, keeping dist/data/.
for (const entry of existsSync('dist') ? readdirSync('dist', {withFileTypes: true}) : []) {
  if (entry.name !== 'data') rmSync(`dist/${entry.name}`, {recursive: true, force: true});
}

// One entry per folder of components/.
const ELEMENTS = readdirSync('components', {withFileTypes: true}).filter((d) => d.isDirectory()).map((d) => d.name);

const plugins = () => [
  resolve(),
  // The markup and styles in html`` and css`` templates, minified as the code around them is.
  // staticHtml`` templates put expressions where tag names go, which the minifier cannot parse.
  minifyHTML({
    include: ['src/**/*.ts', 'components/**/*.ts', 'embed/**/*.ts'],
    failOnError: true,
    options: {shouldMinify: (template) => template.tag === 'html', shouldMinifyCSS: (template) => template.tag === 'css'},
  }),
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts', 'components/**/*.ts', 'embed/**/*.ts', 'scorm/**/*.ts', 'data/types.ts'],
    exclude: ['**/*.test.ts'],
    noEmit: false,
    declaration: false,
    outDir: 'dist',
  }),
  terser({ecma: 2021, module: true, format: {comments: false}}),
];

/** Copies files into dist/ as they are. */
const copy = (files) => ({
  name: 'copy',
  async generateBundle() {
    for (const [from, to] of Object.entries(files)) {
      this.emitFile({type: 'asset', fileName: to, source: await readFile(from)});
    }
  },
});

export default [
  // ES modules for CDNs and bundlers. career-widgets.js registers every element,
  // components/<name>.js one; they all import one shared chunk (Lit, the core and the
  // element classes), so any mix of them on a page loads Lit once. The chunk has a
  // hashed name, so a CDN can cache it forever, and sits beside data/, where the core
  // looks for the data.
  {
    input: {
      'career-widgets': 'src/career-widgets.ts',
      embed: 'embed/embed.ts',
      ...Object.fromEntries(ELEMENTS.map((name) => [`components/${name}`, `components/${name}/${name}.ts`])),
    },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      // The data validator is loaded only by pages that bring their own data: a chunk of its own.
      manualChunks: (id, {getModuleInfo}) => {
        if (id.includes('validate-runtime-data')) return 'career-data-validator';
        // So is the profile's schema.org structured data, which few pages ask for.
        if (id.includes('structured-data')) return 'career-structured-data';
        // UI strings, one chunk per language, loaded with the first widget in it.
        const catalogue = id.match(/generated\/locales\/(\w+)\.ts$/);
        if (catalogue) return `career-widgets-${catalogue[1]}`;
        return getModuleInfo(id)?.isEntry ? undefined : 'career-widgets-core';
      },
      sourcemap: true,
    },
    plugins: [...plugins(), copy({'embed/embed.html': 'embed.html', 'embed/embed.css': 'embed.css'})],
  },
  // The same for a classic <script src>: one file, data beside it.
  {
    input: 'src/career-widgets.ts',
    // A classic script cannot load chunks: the UI catalogues and the data validator are inlined.
    output: {file: 'dist/career-widgets.classic.js', format: 'iife', name: 'CareerWidgets', sourcemap: true, inlineDynamicImports: true},
    plugins: plugins(),
  },
  {
    input: 'embed/embed-resizer.ts',
    output: {file: 'dist/embed-resizer.js', format: 'iife'},
    plugins: plugins(),
  },
  // The SCORM 1.2 runtime of packages made by `npm run scorm`.
  {
    input: 'scorm/sco.ts',
    output: {file: 'dist/scorm-sco.js', format: 'iife'},
    plugins: plugins(),
  },
];
