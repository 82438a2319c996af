// The npm package as a bundler user meets it: pack, install the tarball into a scratch
// project, bundle a page that imports one element with rollup, render it in Chromium.
import assert from 'node:assert/strict';
import {cp, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import resolve from '@rollup/plugin-node-resolve';
import {rollup} from 'rollup';
import {launchChromium, open, pack, run, serve, widgetTexts, type StaticServer} from './harness.js';

type Conditions = {types: string; default: string};

/** What `exports` maps a subpath to, as Node resolves it: an exact key, else the pattern with the longest prefix. */
function exportOf(exports: Record<string, Conditions>, subpath: string): Conditions {
  if (exports[subpath]) return exports[subpath];
  const [key, target] = Object.entries(exports)
    .filter(([pattern]) => pattern.includes('*') && subpath.startsWith(pattern.split('*')[0]) && subpath.endsWith(pattern.split('*')[1]))
    .sort(([a], [b]) => b.length - a.length)[0];
  const [prefix, suffix] = key.split('*');
  const match = subpath.slice(prefix.length, subpath.length - suffix.length);
  return {types: target.types.replaceAll('*', match), default: target.default.replaceAll('*', match)};
}

describe('the npm package', () => {
  let scratch: string;
  let server: StaticServer;

  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'career-widgets-user-'));
    const tarball = await pack(scratch);
    await writeFile(join(scratch, 'package.json'), JSON.stringify({name: 'careers-site', private: true, type: 'module'}));
    await run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], {cwd: scratch});
  });

  after(async () => {
    await server?.close();
    await rm(scratch, {recursive: true, force: true});
  });

  it('declares its entries, types, files and custom elements manifest', async () => {
    const installed = join(scratch, 'node_modules', 'career-widgets');
    const pkg = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
    for (const entry of ['.', './salary-table.js', './salary-table.component.js', './career-profile.js']) {
      const {types, default: file} = exportOf(pkg.exports, entry);
      await readFile(join(installed, types));
      await readFile(join(installed, file));
    }
    const manifest = JSON.parse(await readFile(join(installed, pkg.customElements), 'utf8'));
    const salaryTable = manifest.modules
      .flatMap((m: {declarations?: {tagName?: string}[]}) => m.declarations ?? [])
      .find((d: {tagName?: string}) => d.tagName === 'salary-table');
    assert.deepEqual(salaryTable.attributes.map((a: {name: string}) => a.name).sort(), ['career', 'chart', 'heading', 'heading-level', 'lang', 'no-attribution', 'src', 'theme', 'year']);
    assert.deepEqual(salaryTable.events.map((e: {name: string}) => e.name).sort(), ['career-widget-error', 'career-widget-load', 'career-widget-notice']);
    assert.ok(salaryTable.cssParts.some((p: {name: string}) => p.name === 'table'));
    assert.ok(salaryTable.cssProperties.some((p: {name: string}) => p.name === '--career-accent'));
    await readFile(join(installed, 'dist', 'data', 'teller', 'overview.ar.json'));
    await readFile(join(installed, 'dist', 'data', '29-1141.00', 'overview.json'));
  });

  it('bundles with rollup into a page that imports one element, which renders in a browser', async () => {
    const site = join(scratch, 'public');
    await mkdir(site, {recursive: true});
    await writeFile(join(scratch, 'main.js'), "import 'career-widgets/salary-table.js';\n");
    const bundle = await rollup({input: join(scratch, 'main.js'), plugins: [resolve({rootDir: scratch})]});
    // The data validator is loaded on demand: it becomes a chunk beside app.js.
    await bundle.write({dir: site, entryFileNames: 'app.js', format: 'es'});
    // The widgets look for their data beside the script that contains them.
    await cp(join(scratch, 'node_modules', 'career-widgets', 'dist', 'data'), join(site, 'data'), {recursive: true});
    await writeFile(
      join(site, 'index.html'),
      `<!doctype html><html lang="ar"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Careers</title>
       <script type="module" src="app.js"></script></head><body><salary-table career="teller"></salary-table></body></html>`,
    );
    server = await serve(site);
    const browser = await launchChromium();
    try {
      const {page, problems} = await open(browser, `${server.url}/`);
      const [table] = await widgetTexts(page);
      assert.equal(table.heading, 'الأجور: صرّاف بنك');
      assert.equal(table.dir, 'rtl');
      const defined = await page.evaluate(() => ['salary-table', 'career-facts'].map((tag) => Boolean(customElements.get(tag))));
      assert.deepEqual(defined, [true, false], 'only the imported element is registered');
      assert.deepEqual(problems.errors, []);
    } finally {
      await browser.close();
    }
  });
});
