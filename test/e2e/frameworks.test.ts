// The typings as framework projects meet them: pack the package, put it in a scratch project's
// node_modules beside the frameworks and their checkers (linked from this repository's), check
// each sample of test/frameworks/ with its framework's type checker, and render the React,
// Preact and Vue samples in Chromium.
import assert from 'node:assert/strict';
import {cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {build, type Plugin} from 'esbuild';
import type {Browser, Page} from 'puppeteer-core';
import {compileScript, parse} from 'vue/compiler-sfc';
import {launchChromium, open, pack, ROOT, run, serve, type StaticServer} from './harness.js';

const SAMPLES = join(ROOT, 'test', 'frameworks');
const BIN = join(ROOT, 'node_modules', '.bin');

/** Each sample's type checker, run in the sample's folder. */
const CHECKERS: Record<string, [string, ...string[]]> = {
  react: ['tsc', '-p', '.'],
  preact: ['tsc', '-p', '.'],
  vue: ['vue-tsc', '-p', '.'],
  svelte: ['svelte-check', '--tsconfig', './tsconfig.json', '--output', 'machine'],
  angular: ['ngc', '-p', 'tsconfig.json'],
};

/** The samples rendered in Chromium: their entry, the element they show, and its heading for a title. */
const RENDERED = [
  ['react', 'main.tsx', 'career-facts', (title: string) => title],
  ['preact', 'main.tsx', 'skills-list', (title: string) => `Skills and qualities: ${title}`],
  ['vue', 'main.ts', 'salary-table', (title: string) => `Wages: ${title}`],
] as const;

// As the README has a Vue project's build configure its compiler: Vue leaves tags with a dash to the browser.
const vueCompilerOptions = {isCustomElement: (tag: string) => tag.includes('-')};

/** Compiles a single-file component as @vitejs/plugin-vue would: its template inlined into its script. */
const vueComponents: Plugin = {
  name: 'vue-sfc',
  setup(esbuild) {
    esbuild.onLoad({filter: /\.vue$/}, async ({path}) => {
      const {descriptor} = parse(await readFile(path, 'utf8'), {filename: path, templateParseOptions: vueCompilerOptions});
      const {content} = compileScript(descriptor, {id: path, inlineTemplate: true, templateOptions: {compilerOptions: vueCompilerOptions}});
      return {contents: content, loader: 'ts', resolveDir: dirname(path)};
    });
  },
};

describe('the framework typings and samples', () => {
  let scratch: string;
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'career-widgets-frameworks-'));
    const tarball = await pack(scratch);
    const modules = join(scratch, 'node_modules');
    await mkdir(join(modules, 'career-widgets'), {recursive: true});
    // The frameworks, their checkers and the package's dependencies, as this repository has them.
    for (const name of await readdir(join(ROOT, 'node_modules'))) {
      if (!name.startsWith('.')) await symlink(join(ROOT, 'node_modules', name), join(modules, name));
    }
    await run('tar', ['-xzf', tarball, '-C', join(modules, 'career-widgets'), '--strip-components=1']);
    await cp(SAMPLES, scratch, {recursive: true});
    // The widgets fetch their data from beside the script that contains them: each page's app.js.
    const data = join(modules, 'career-widgets', 'dist', 'data');
    server = await serve(join(scratch, 'site'), {mounts: Object.fromEntries(RENDERED.map(([framework]) => [`/${framework}/data/`, data]))});
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await rm(scratch, {recursive: true, force: true});
  });

  describe('type-check against the packed package', {concurrency: true}, () => {
    for (const [framework, [checker, ...args]] of Object.entries(CHECKERS)) {
      it(`${framework}: ${checker} finds no error, and rejects each value of wrong-values`, async () => {
        const checked = await run(join(BIN, checker), args, {cwd: join(scratch, framework)}).catch((error) => error);
        assert.equal(checked.code ?? 0, 0, `${checker} in test/frameworks/${framework}:\n${checked.stdout}${checked.stderr}`);
      });
    }
  });

  /** Bundles a sample's entry, in development mode (where Vue warns of a tag it cannot resolve), into a page, and opens it. */
  async function openSample(framework: string, entry: string) {
    const site = join(scratch, 'site', framework);
    await build({
      entryPoints: [join(scratch, framework, entry)],
      outfile: join(site, 'app.js'),
      bundle: true,
      format: 'esm',
      plugins: [vueComponents],
      define: {'process.env.NODE_ENV': '"development"', __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false'},
      logLevel: 'error',
    });
    await writeFile(
      join(site, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${framework}</title>
       <script type="module" src="app.js"></script></head><body><div id="app"></div></body></html>`,
    );
    browser ??= await launchChromium();
    return open(browser, `${server.url}/${framework}/`);
  }

  /** What a reader sees: the widget's heading, and the title the app's listener last heard. */
  async function shown(page: Page, tag: string, title: string) {
    await page.waitForFunction(
      (tag, title) => {
        const heading = document.querySelector(tag)?.shadowRoot?.querySelector('[part=heading]')?.textContent?.trim() ?? '';
        return heading.includes(title) && document.querySelector('#loaded')?.textContent === title;
      },
      {timeout: 10000},
      tag,
      title,
    );
    return page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.querySelector('[part=heading]')!.textContent!.trim(), tag);
  }

  for (const [framework, entry, tag, heading] of RENDERED) {
    it(`${framework}: the sample renders <${tag}>, hears career-widget-load, and shows another career when its career changes`, async () => {
      const {page, problems} = await openSample(framework, entry);
      try {
        assert.equal(await shown(page, tag, 'Customer Service Representative'), heading('Customer Service Representative'));
        await page.click('button');
        assert.equal(await shown(page, tag, 'Registered Nurses'), heading('Registered Nurses'));
        assert.deepEqual(problems, {errors: [], warnings: []});
      } finally {
        await page.close();
      }
    });
  }
});
