// A SCORM 1.2 package made by `npm run scorm`: its manifest checked by xmllint against the
// schema files it carries, and the lesson run in Chromium under two LMSs: scorm-again's
// runtime, and a strict one (strict-scorm12-api.js) that records every rule a SCO breaks.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {promisify} from 'node:util';
import {unzipSync} from 'fflate';
import type {Browser, Frame, Page} from 'puppeteer-core';
import {launchChromium, open, ROOT, serve, widgetTexts, type StaticServer} from './harness.js';
import type {StrictScorm12Api} from './strict-scorm12-api.js';

const run = promisify(execFile);
const CSR = 'customer-service-representative';
// CMITimespan, HHHH:MM:SS.SS: hours of two to four digits, seconds with up to two decimals
// (scorm-again keeps "00:00:00.60" as "00:00:00.6").
const TIMESPAN = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;

/** An LMS page that launches a lesson in a frame under scorm-again's SCORM 1.2 runtime, recording the SCO's calls. */
const scormAgainLms = (lesson: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>LMS</title>
  <script src="/scorm12.min.js"></script>
  <script>
    window.calls = [];
    window.API = new Scorm12API({autocommit: false, logLevel: 5});
    for (const name of ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish']) {
      API.on(name, (element, value) => calls.push(element === undefined ? [name] : [name, element, value]));
    }
  </script></head>
  <body><iframe title="Lesson" src="${lesson}" style="inline-size: 50em; block-size: 40em"></iframe></body></html>`;

/** An LMS page that launches a lesson in a frame, once its strict SCORM 1.2 API is in place. */
const strictLms = (lesson: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>LMS</title>
  <script type="module">
    import {StrictScorm12Api} from '/strict-scorm12-api.js';
    window.API = new StrictScorm12Api();
    document.body.append(Object.assign(document.createElement('iframe'), {title: 'Lesson', src: '${lesson}'}));
  </script></head><body></body></html>`;

/** The manifest's xsi:schemaLocation: each namespace, and the schema file it names for it. */
function schemaLocations(manifest: string): [namespace: string, file: string][] {
  const list = manifest.match(/xsi:schemaLocation="([^"]+)"/)![1].trim().split(/\s+/);
  return list.flatMap((namespace, i) => (i % 2 ? [] : [[namespace, list[i + 1]] as [string, string]]));
}

type StrictLms = Window & {API: StrictScorm12Api};
type ScormAgainLms = Window & {calls: string[][]; API: {cmi: object}};

describe('the SCORM 1.2 package', () => {
  let dir: string;
  let files: string[];
  let manifest: string;
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'career-scorm-'));
    const zip = join(dir, 'lesson.zip');
    await run(process.execPath, ['--import', 'tsx', 'scripts/scorm.ts', '--career', CSR, '--lang', 'ar', '--widgets', 'career-facts,skills-list', '--out', zip], {cwd: ROOT});
    const unpacked = unzipSync(await readFile(zip));
    files = Object.keys(unpacked).map((file) => file.replace(/-[\w-]{8}\.js$/, '-HASH.js')).sort();
    for (const [path, content] of Object.entries(unpacked)) {
      await mkdir(dirname(join(dir, 'package', path)), {recursive: true});
      await writeFile(join(dir, 'package', path), content);
    }
    manifest = await readFile(join(dir, 'package', 'imsmanifest.xml'), 'utf8');
    // The same lesson with the skills' data missing, so that <skills-list> cannot show its career.
    await cp(join(dir, 'package'), join(dir, 'missing-skills'), {recursive: true});
    await rm(join(dir, 'missing-skills', 'data', CSR, 'skills.json'));
    await rm(join(dir, 'missing-skills', 'data', CSR, 'skills.ar.json'));
    // An exploration unit in Filipino: the explorer and every profile.
    const exploration = join(dir, 'exploration.zip');
    await run(process.execPath, ['--import', 'tsx', 'scripts/scorm.ts', '--explore', '--lang', 'fil', '--out', exploration], {cwd: ROOT});
    for (const [path, content] of Object.entries(unzipSync(await readFile(exploration)))) {
      await mkdir(dirname(join(dir, 'exploration', path)), {recursive: true});
      await writeFile(join(dir, 'exploration', path), content);
    }

    await copyFile(join(ROOT, 'node_modules', 'scorm-again', 'dist', 'scorm12.min.js'), join(dir, 'scorm12.min.js'));
    await copyFile(join(ROOT, 'test', 'e2e', 'strict-scorm12-api.js'), join(dir, 'strict-scorm12-api.js'));
    server = await serve(dir, {
      pages: {
        '/scorm-again.html': scormAgainLms('/package/index.html'),
        '/strict.html': strictLms('/package/index.html'),
        '/strict-missing-skills.html': strictLms('/missing-skills/index.html'),
        '/strict-exploration.html': strictLms('/exploration/index.html'),
      },
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await rm(dir, {recursive: true, force: true});
  });

  /** The lesson's frame in an LMS page. */
  async function lesson(page: Page): Promise<Frame> {
    return (await (await page.waitForSelector('iframe'))!.contentFrame())!;
  }

  /** The learner leaves: the LMS removes the lesson's frame, and the SCO ends its session. */
  async function leave(page: Page) {
    await page.evaluate(() => document.querySelector('iframe')!.remove());
    await page.waitForFunction(() => (window as unknown as StrictLms).API.calls.some(([name]) => name === 'LMSFinish'), {timeout: 10000});
  }

  /** What the strict LMS recorded: the calls, with the session's time checked and left out, the errors and what it stored. */
  async function strictRecord(page: Page) {
    const {calls, errors, stored} = await page.evaluate(() => {
      const {API} = window as unknown as StrictLms;
      return {calls: API.calls as string[][], errors: API.errors as unknown[], stored: API.stored as Record<string, string>};
    });
    assert.match(stored['cmi.core.session_time'], TIMESPAN);
    return {
      calls: calls.map(([name, element, value]) => (element === 'cmi.core.session_time' ? [name, element, 'TIME'] : [name, element, value].filter((part) => part !== undefined))),
      errors,
      status: stored['cmi.core.lesson_status'],
      exit: stored['cmi.core.exit'],
    };
  }

  it('holds the manifest, the schema files it names, the page, the bundle and only the data its widgets need', () => {
    assert.deepEqual(files, [
      'adlcp_rootv1p2.xsd',
      'career-widgets-ar-HASH.js',
      'career-widgets.classic.js',
      `data/${CSR}/overview.ar.json`,
      `data/${CSR}/overview.json`,
      `data/${CSR}/skills.ar.json`,
      `data/${CSR}/skills.json`,
      'data/terms/skills.ar.json',
      'ims_xml.xsd',
      'imscp_rootv1p1p2.xsd',
      'imsmanifest.xml',
      'imsmd_rootv1p2p1.xsd',
      'index.html',
      'page.css',
      'scorm-sco.js',
    ]);
    const named = schemaLocations(manifest).map(([, file]) => file);
    assert.deepEqual(named, ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd']);
    for (const schema of named) assert.ok(files.includes(schema), schema);
  });

  it('has a manifest valid against the schemas it names (xmllint), which reject a wrong one', async () => {
    // libxml2 does not follow xsi:schemaLocation, so one schema imports every one the manifest names.
    const imports = schemaLocations(manifest).map(([namespace, file]) => `<xsd:import namespace="${namespace}" schemaLocation="package/${file}"/>`);
    await writeFile(join(dir, 'manifest-schemas.xsd'), `<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">${imports.join('')}</xsd:schema>`);
    const xmllint = (file: string) =>
      run('xmllint', ['--noout', '--schema', join(dir, 'manifest-schemas.xsd'), file]).then(
        ({stderr}) => ({valid: true, stderr}),
        (error: NodeJS.ErrnoException & {stderr: string}) => {
          if (error.code === 'ENOENT') assert.fail('xmllint is not installed: it comes with Debian\'s libxml2-utils (npm test installs it; or: sudo apt-get install libxml2-utils).');
          return {valid: false, stderr: error.stderr};
        },
      );

    const packaged = await xmllint(join(dir, 'package', 'imsmanifest.xml'));
    assert.ok(packaged.valid, packaged.stderr);
    assert.match(packaged.stderr, /imsmanifest\.xml validates/);

    await writeFile(join(dir, 'wrong-manifest.xml'), manifest.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="page"'));
    const wrong = await xmllint(join(dir, 'wrong-manifest.xml'));
    assert.equal(wrong.valid, false);
    assert.match(wrong.stderr, /scormtype.*'page' is not an element of the set \{'asset', 'sco'\}/);
  });

  it('runs under scorm-again: the lesson is completed, and the session ends with its time and a normal exit', async () => {
    const {page, problems} = await open(browser, `${server.url}/scorm-again.html`);
    const title = await page.evaluate(async () => {
      const xml = new DOMParser().parseFromString(await (await fetch('/package/imsmanifest.xml')).text(), 'application/xml');
      return xml.querySelector('organization > title')?.textContent;
    });
    assert.equal(title, 'ممثل خدمة العملاء');

    const frame = await lesson(page);
    const [facts, skills] = await widgetTexts(frame as unknown as Page);
    assert.equal(facts.heading, 'ممثل خدمة العملاء');
    assert.equal(skills.heading, 'المهارات والصفات: ممثل خدمة العملاء');
    assert.equal(facts.dir, 'rtl');
    await page.waitForFunction(() => (window as unknown as ScormAgainLms).calls.some(([, , value]) => value === 'completed'), {timeout: 10000});

    await page.evaluate(() => document.querySelector('iframe')!.remove());
    await page.waitForFunction(() => (window as unknown as ScormAgainLms).calls.some(([name]) => name === 'LMSFinish'), {timeout: 10000});
    // Serialized as scorm-again sends it to its LMS: the write-only elements are readable only so.
    const {core} = await page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as ScormAgainLms).API.cmi)));
    assert.equal(core.lesson_status, 'completed');
    assert.equal(core.exit, '');
    assert.match(core.session_time, TIMESPAN);
    const calls = await page.evaluate(() => (window as unknown as ScormAgainLms).calls.map(([name]) => name));
    assert.deepEqual(calls, ['LMSInitialize', 'LMSSetValue', 'LMSSetValue', 'LMSCommit', 'LMSSetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish']);
    assert.deepEqual(problems.errors, []);
  });

  it('breaks no rule of a strict SCORM 1.2 LMS: incomplete from the start, completed once every widget shows, then time, exit, commit, finish', async () => {
    const {page, problems} = await open(browser, `${server.url}/strict.html`);
    const widgets = await widgetTexts((await lesson(page)) as unknown as Page);
    assert.deepEqual(widgets.map(({error}) => error), [null, null]);
    await page.waitForFunction(() => (window as unknown as StrictLms).API.stored['cmi.core.lesson_status'] === 'completed', {timeout: 10000});
    await leave(page);

    const record = await strictRecord(page);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(record.calls, [
      ['LMSInitialize', ''],
      ['LMSGetValue', 'cmi.core.lesson_status'],
      ['LMSSetValue', 'cmi.core.lesson_status', 'incomplete'],
      ['LMSSetValue', 'cmi.core.lesson_status', 'completed'],
      ['LMSCommit', ''],
      ['LMSSetValue', 'cmi.core.session_time', 'TIME'],
      ['LMSSetValue', 'cmi.core.exit', ''],
      ['LMSCommit', ''],
      ['LMSFinish', ''],
    ]);
    assert.equal(record.status, 'completed');
    assert.equal(record.exit, '');
    assert.deepEqual(problems.errors, []);
  });

  it('leaves the lesson incomplete, and suspends it for the next launch, when a widget cannot show its career', async () => {
    const {page} = await open(browser, `${server.url}/strict-missing-skills.html`);
    const [facts, skills] = await widgetTexts((await lesson(page)) as unknown as Page);
    assert.equal(facts.heading, 'ممثل خدمة العملاء');
    assert.ok(skills.error, 'the skills cannot be shown');
    await leave(page);

    const record = await strictRecord(page);
    assert.deepEqual(record.errors, []);
    assert.equal(record.status, 'incomplete');
    assert.equal(record.exit, 'suspend');
    assert.ok(!record.calls.some(([, , value]) => value === 'completed'));
  });

  it('completes an exploration unit when the learner opens a profile, not when its list shows', async () => {
    const explorationManifest = await readFile(join(dir, 'exploration', 'imsmanifest.xml'), 'utf8');
    assert.match(explorationManifest, /<title>Tuklasin ang mga trabaho<\/title>/);
    const {page, problems} = await open(browser, `${server.url}/strict-exploration.html`);
    const frame = await lesson(page);
    const nurses = await frame.waitForFunction(() => {
      const explorer = document.querySelector('career-explorer')!;
      return [...(explorer.shadowRoot?.querySelectorAll('[part=result-title]') ?? [])].find((title) => title.textContent === 'Abogado');
    }, {timeout: 20000});
    const statusesBeforeOpening = await page.evaluate(() =>
      (window as unknown as StrictLms).API.calls.flatMap(([name, element, value]) => (name === 'LMSSetValue' && element === 'cmi.core.lesson_status' ? [value] : [])),
    );
    assert.deepEqual(statusesBeforeOpening, ['incomplete']);

    await (nurses as unknown as {click(): Promise<void>}).click();
    await page.waitForFunction(() => (window as unknown as StrictLms).API.stored['cmi.core.lesson_status'] === 'completed', {timeout: 10000});
    // The profile shows offline, from the package's own data.
    await frame.waitForFunction(() => document.querySelector('career-explorer')!.shadowRoot!.querySelector('career-profile')?.shadowRoot?.querySelector('h2')?.textContent === 'Abogado', {timeout: 20000});
    await leave(page);

    const record = await strictRecord(page);
    assert.deepEqual(record.errors, []);
    assert.equal(record.status, 'completed');
    assert.equal(record.exit, '');
    assert.deepEqual(problems.errors, []);
  });
});
