// A SCORM 1.2 package made by `npm run scorm`, unpacked and run in Chromium under the
// scorm-again runtime acting as the LMS.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {copyFile, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {promisify} from 'node:util';
import {unzipSync} from 'fflate';
import {launchChromium, open, ROOT, serve, widgetTexts, type StaticServer} from './harness.js';

const run = promisify(execFile);

const LMS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>LMS</title>
  <script src="/scorm12.min.js"></script>
  <script>
    window.calls = [];
    window.API = new Scorm12API({autocommit: false, logLevel: 5});
    for (const name of ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish']) {
      API.on(name, (element, value) => calls.push(element === undefined ? [name] : [name, element, value]));
    }
  </script></head>
  <body><iframe title="Lesson" src="/package/index.html" style="inline-size: 50em; block-size: 40em"></iframe></body></html>`;

describe('the SCORM 1.2 package', () => {
  let dir: string;
  let files: string[];
  let server: StaticServer;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'career-scorm-'));
    const zip = join(dir, 'lesson.zip');
    await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/scorm.ts', '--career', 'customer-service-representative', '--lang', 'ar', '--widgets', 'career-facts,skills-list', '--out', zip],
      {cwd: ROOT},
    );
    const unpacked = unzipSync(await readFile(zip));
    files = Object.keys(unpacked).map((file) => file.replace(/-[\w-]{8}\.js$/, '-HASH.js')).sort();
    for (const [path, content] of Object.entries(unpacked)) {
      await mkdir(dirname(join(dir, 'package', path)), {recursive: true});
      await writeFile(join(dir, 'package', path), content);
    }
    await copyFile(join(ROOT, 'node_modules', 'scorm-again', 'dist', 'scorm12.min.js'), join(dir, 'scorm12.min.js'));
    server = await serve(dir, {pages: {'/lms.html': LMS}});
  });

  after(async () => {
    await server?.close();
    await rm(dir, {recursive: true, force: true});
  });

  it('holds the manifest, the page, the bundle and only the data its widgets need', () => {
    assert.deepEqual(files, [
      'career-widgets-ar-HASH.js',
      'career-widgets.classic.js',
      'data/customer-service-representative/overview.ar.json',
      'data/customer-service-representative/overview.json',
      'data/customer-service-representative/skills.ar.json',
      'data/customer-service-representative/skills.json',
      'data/terms/skills.ar.json',
      'imsmanifest.xml',
      'index.html',
      'page.css',
      'scorm-sco.js',
    ]);
  });

  it('is imported and run by an LMS: initialize, lesson_status completed, commit, finish', async () => {
    const browser = await launchChromium();
    try {
      const {page, problems} = await open(browser, `${server.url}/lms.html`);
      const manifest = await page.evaluate(async () => {
        const xml = new DOMParser().parseFromString(await (await fetch('/package/imsmanifest.xml')).text(), 'application/xml');
        return {
          error: xml.querySelector('parsererror')?.textContent ?? null,
          version: xml.querySelector('schemaversion')?.textContent,
          sco: xml.querySelector('resource')?.getAttribute('adlcp:scormtype'),
          href: xml.querySelector('resource')?.getAttribute('href'),
          title: xml.querySelector('organization > title')?.textContent,
          files: xml.querySelectorAll('resource > file').length,
        };
      });
      assert.deepEqual(manifest, {error: null, version: '1.2', sco: 'sco', href: 'index.html', title: 'ممثل خدمة العملاء', files: 11});

      const frame = (await (await page.waitForSelector('iframe'))!.contentFrame())!;
      const [facts, skills] = await widgetTexts(frame as never);
      assert.equal(facts.heading, 'ممثل خدمة العملاء');
      assert.equal(skills.heading, 'المهارات والصفات: ممثل خدمة العملاء');
      assert.equal(facts.dir, 'rtl');
      await page.waitForFunction(() => (window as never as {calls: string[][]}).calls.some((c) => c[0] === 'LMSCommit'));

      await page.evaluate(() => document.querySelector('iframe')!.remove());
      await page.waitForFunction(() => (window as never as {calls: string[][]}).calls.some((c) => c[0] === 'LMSFinish'));
      const calls = await page.evaluate(() => (window as never as {calls: string[][]}).calls);
      assert.deepEqual(calls, [
        ['LMSInitialize'],
        ['LMSSetValue', 'cmi.core.lesson_status', 'completed'],
        ['LMSCommit'],
        ['LMSFinish'],
      ]);
      assert.equal(await page.evaluate(() => (window as never as {API: {cmi: {core: {lesson_status: string}}}}).API.cmi.core.lesson_status), 'completed');
      assert.deepEqual(problems.errors, []);
    } finally {
      await browser.close();
    }
  });
});
