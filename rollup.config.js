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

// One entry per folder of components/ (the registry, src/elements.ts, lists the same: a test checks).
const ELEMENTS = readdirSync('components', {withFileTypes: true}).filter((d) => d.isDirectory()).map((d) => d.name);

const CATALOGUE = /generated\/locales\/(\w+)\.ts$/;
const VALIDATOR = /validate-runtime-data/;

const plugins = () => [
  resolve(),
  // The markup and styles in html`` and css`` templates, minified as the code around them is.
  // Conservative: white space between inline content is one space, never none, so
  // "Varies. <span>…" does not become "Varies.<span>…".
  minifyHTML({
    include: ['src/**/*.ts', 'components/**/*.ts', 'embed/**/*.ts'],
    failOnError: true,
    options: {
      shouldMinify: (template) => template.tag === 'html',
      shouldMinifyCSS: (template) => template.tag === 'css',
      minifyOptions: {conservativeCollapse: true},
    },
  }),
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts', 'components/**/*.ts', 'embed/**/*.ts', 'scorm/**/*.ts', 'data/**/*.ts'],
    exclude: ['**/*.test.ts'],
    noEmit: false,
    declaration: false,
    outDir: 'dist',
  }),
  // After typescript, which compiles the files as they are on disk.
  selfContainedCatalogues(),
  terser({ecma: 2021, module: true, format: {comments: false}}),
];

/**
 * A UI catalogue's str`` makes a plain object ({strTag, strings, values}, @lit/localize's own
 * shape): made in the catalogue itself, the catalogue imports nothing, so any build (the
 * classic script too) can load the same file.
 */
function selfContainedCatalogues() {
  return {
    name: 'self-contained-catalogues',
    transform(code, id) {
      if (!CATALOGUE.test(id)) return null;
      return {code: code.replace(/import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/, 'const str = (strings, ...values) => ({strTag: true, strings, values});'), map: null};
    },
  };
}

/**
 * The elements that find a career, in the classic script: their own modules (components/<name>.js),
 * loaded from beside it when a page uses one, rather than 8 KB more in every page's script.
 */
const finderModule = (id) => id.match(/\/components\/(career-search|career-explorer)\/\1\.ts$/)?.[1].replace(/.*/, (tag) => `components/${tag}.js`);

/** The ES build's chunk files of the modules the classic script loads when needed (catalogues, validator). */
const sharedChunks = new Map();

/** Records which file each catalogue and the validator went to. */
function recordSharedChunks() {
  return {
    name: 'record-shared-chunks',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        for (const id of chunk.type === 'chunk' ? Object.keys(chunk.modules) : []) {
          if (CATALOGUE.test(id) || VALIDATOR.test(id)) sharedChunks.set(id, chunk.fileName);
        }
      }
    },
  };
}

/**
 * The classic script cannot have chunks, but it can import() modules: the catalogues and the
 * validator, which import nothing, are the ES build's files, found beside the script; so are
 * the modules of the elements that find a career (with their own copy of Lit and the core).
 */
function sharedChunksBesideScript() {
  return {
    name: 'shared-chunks-beside-script',
    buildStart() {
      if (!sharedChunks.size) this.error('The classic script is built after the CDN bundle, whose catalogue and validator files it loads.');
    },
    async resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string') return null;
      const resolved = await this.resolve(specifier, importer);
      const file = resolved && (sharedChunks.get(resolved.id) ?? finderModule(resolved.id));
      return file ? {id: `./${file}`, external: true} : null;
    },
    renderDynamicImport({targetModuleId}) {
      if (!targetModuleId?.startsWith('./')) return null;
      return {left: 'import(new URL(', right: ', careerWidgetsScript).href)'};
    },
  };
}

/** Copies files into dist/ as they are. */
const copy = (files) => ({
  name: 'copy',
  async generateBundle() {
    for (const [from, to] of Object.entries(files)) {
      this.emitFile({type: 'asset', fileName: to, source: await readFile(from)});
    }
  },
});

/**
 * What elements share and the core does not need: markup, code labels, wages, tables. The CDN
 * bundle loads it with the first element, beside that element's code: a page that has the
 * script but no widget (a site-wide script tag) does not pay for it.
 */
const ELEMENTS_SHARED = /\/src\/(markup|code-labels|wages|table\.styles|scroll-region)\.ts$|\/lit-html\/(async-directive|directive|directive-helpers)\.js$|\/decorators\/|\/tslib\//;

/** An element's own code, and what only one element uses (lit's static templates, the profile's). */
const inElementChunk = (id) => id.includes('/components/') || /static(-html)?\.js$/.test(id);

const FINDER = /\/src\/(finder-widget|search|search-text|search-data|search-controller|slugs|explore)\.ts$|\/lit-html\/directives\/live\.js$/;

/** Chunks named for what they hold; the rest as rollup splits them. */
const namedChunks = (id) => {
  // The data validator is loaded only by pages that bring their own data.
  if (VALIDATOR.test(id)) return 'career-data-validator';
  // So is the profile's schema.org structured data, which few pages ask for.
  if (id.includes('structured-data')) return 'career-structured-data';
  // What the elements that find a career share (the search index, matching), loaded with the first of them.
  if (FINDER.test(id)) return 'career-finder';
  // UI strings, one chunk per language, loaded with the first widget in it.
  const catalogue = id.match(CATALOGUE);
  if (catalogue) return `career-widgets-${catalogue[1]}`;
  return undefined;
};

export default [
  // The CDN bundle, dist/career-widgets.js: Lit and the core in one file, each element a chunk
  // loaded when the page first uses it. Chunks have hashed names, so a CDN can cache them
  // forever, and sit beside data/, where the core looks for the data.
  {
    input: {'career-widgets': 'src/index.ts'},
    // The element chunks import the core from the bundle itself, rather than from a chunk of
    // its own: one request, not two.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      // What every element shares stays in the bundle: an element's chunk is its own code alone.
      manualChunks: (id) => namedChunks(id) ?? (inElementChunk(id) ? undefined : ELEMENTS_SHARED.test(id) ? 'career-widgets-elements' : 'career-widgets'),
      sourcemap: true,
    },
    plugins: [...plugins(), recordSharedChunks()],
  },
  // Each element's own module, dist/components/<name>.js, which defines that one element, and
  // the iframe embed page. Any mix of them shares one chunk of Lit and the core.
  {
    input: {
      embed: 'embed/embed.ts',
      ...Object.fromEntries(ELEMENTS.map((name) => [`components/${name}`, `components/${name}/${name}.ts`])),
    },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      manualChunks: (id, {getModuleInfo}) => namedChunks(id) ?? (inElementChunk(id) || getModuleInfo(id)?.isEntry ? undefined : 'career-widgets-core'),
      sourcemap: true,
    },
    plugins: [...plugins(), copy({'embed/embed.html': 'embed.html', 'embed/embed.css': 'embed.css'})],
  },
  // The same for a classic <script src>: one file, data beside it.
  {
    input: 'src/index.ts',
    output: {
      file: 'dist/career-widgets.classic.js',
      format: 'iife',
      name: 'CareerWidgets',
      sourcemap: true,
      inlineDynamicImports: true,
      // Read while the script runs: afterwards document.currentScript is gone.
      intro: 'const careerWidgetsScript = document.currentScript?.src || document.baseURI;',
    },
    plugins: [sharedChunksBesideScript(), ...plugins()],
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
