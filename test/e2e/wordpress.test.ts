// The WordPress plugin in a real WordPress, Debian's: a throw-away MariaDB and site, the zip
// `npm run wordpress` builds unpacked into it and activated, posts an author wrote (with the
// blocks, with the shortcode, with a search box beside widgets, with the elements pasted as
// HTML) and both blocks placed in the editor, then the published pages in Chromium, in
// English, Arabic, Filipino and Russian; and the settings page, as an administrator, serving
// the library from a CDN.
import assert from 'node:assert/strict';
import {execFile, spawn, type ChildProcess} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {constants} from 'node:fs';
import {access, cp, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {createServer} from 'node:net';
import {tmpdir, userInfo} from 'node:os';
import {delimiter, dirname, join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {promisify} from 'node:util';
import {unzipSync} from 'fflate';
import type {Browser, Page} from 'puppeteer-core';
import {TAGS} from '../../src/elements.js';
import {DIST, launchChromium, open, ROOT, serve, widgetTexts, type StaticServer} from './harness.js';

// The editor's globals, in pages the test drives.
declare const wp: any;

const execute = promisify(execFile);
const WORDPRESS = '/usr/share/wordpress';
const THEME = join(WORDPRESS, 'wp-content', 'themes', 'twentytwentythree');
const PACKAGES = 'php-cli php-mysql mariadb-server wordpress wordpress-theme-twentytwentythree';
const SITE_SCRIPT = join(ROOT, 'test', 'e2e', 'wordpress-site.php');
const WIDGETS = TAGS.join(', ');
const RAM_DISK = '/dev/shm';
const NURSE = 'registered-nurse';

const block = (attributes: Record<string, unknown>, name = 'widget') => `<!-- wp:career-widgets/${name} ${JSON.stringify(attributes)} /-->`;

/** What the author publishes, by name. */
const POSTS = {
  block: {
    post_title: 'Nurses, in blocks',
    post_content: [
      block({widgets: ['career-facts', 'salary-table'], career: NURSE, lang: 'en'}),
      block({widgets: ['salary-table'], career: '29-1141.00', lang: 'ar', theme: 'dark', year: '2024', headingLevel: '3'}),
    ].join('\n\n'),
  },
  shortcode: {
    post_title: 'Nurses, in shortcodes',
    post_content: [
      '[career_widget widget="salary-table" career="29-1141.00" lang="ar"]',
      '[career_widget widget="career-facts, skills-list" career="registered-nurse" lang="en" theme="light"]',
      '[career_widget widget="salary-tables" career="registered-nurse" lang="xx"]',
      '[career_widget widget="career-explorer" lang="ar" theme="dark" interest="S" job-zone="4" pay-min="75000" sort="pay"]',
    ].join('\n\n'),
  },
  explorer: {
    post_title: 'Careers to explore, in Filipino',
    post_content: block({lang: 'fil', interest: 'S', jobZone: '4', payMin: '75000'}, 'explorer'),
  },
  search: {
    post_title: 'Find a career, in Russian',
    post_content: [
      '[career_widget widget="career-facts, career-search, salary-table" career="customer-service-representative" lang="ru"]',
      '[career_widget widget="career-explorer" interest="social" pay-min="lots"]',
    ].join('\n\n'),
  },
  html: {
    post_title: 'Nurses, in HTML',
    post_content: `<!-- wp:html -->
<salary-table career="${NURSE}" lang="ar" onclick="alert(1)" data-tracking="1"></salary-table>
<related-jobs career="${NURSE}" lang="en" theme="sepia" href-template="javascript:alert(1)//{id}"></related-jobs>
<script>window.injected = true;</script>
<!-- /wp:html -->`,
  },
};

interface Published {
  url: string;
  content: string;
}

async function exists(path: string, mode = constants.F_OK) {
  return access(path, mode).then(
    () => true,
    () => false,
  );
}

/** A program on PATH, or in the sbin folders, where Debian puts mariadbd. */
async function program(name: string): Promise<string | undefined> {
  for (const folder of [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin']) {
    if (await exists(join(folder, name), constants.X_OK)) return join(folder, name);
  }
  return undefined;
}

/** The Debian packages' programs, or an error naming the packages to install. */
async function requirePrograms() {
  const [php, mariadbd, installDb, client] = await Promise.all(['php', 'mariadbd', 'mariadb-install-db', 'mariadb'].map(program));
  const mysqli = php !== undefined && (await execute(php, ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).then(() => true, () => false));
  const wordpress = (await exists(join(WORDPRESS, 'wp-load.php'))) && (await exists(THEME));
  if (!php || !mariadbd || !installDb || !client || !mysqli || !wordpress) {
    throw new Error(`The WordPress test needs Debian's ${PACKAGES}: apt-get install ${PACKAGES} (.ci/run installs what is missing).`);
  }
  return {php, mariadbd, installDb, client};
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const {port} = server.address() as {port: number};
  await new Promise((done) => server.close(done));
  return port;
}

async function until(condition: () => Promise<boolean>, what: string, seconds = 20) {
  for (const start = Date.now(); Date.now() - start < seconds * 1000; await new Promise((done) => setTimeout(done, 100))) {
    if (await condition()) return;
  }
  throw new Error(`${what} within ${seconds} s`);
}

/**
 * PHP's web server as Apache's rewrite rules for WordPress have it: a file is served as it is,
 * any other path is WordPress's (/favicon.ico, which it redirects to its icon).
 */
const ROUTER = `<?php
$router_file = $_SERVER['DOCUMENT_ROOT'] . parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( file_exists( $router_file ) ) {
	return false;
}
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
`;

function wpConfig({socket, url, log}: {socket: string; url: string; log: string}) {
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  return `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
${keys.map((key) => `define( '${key}', '${randomBytes(24).toString('hex')}' );`).join('\n')}
// No network here: WordPress need not try to reach wordpress.org, nor run its cron.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${log}' );
define( 'WP_DEBUG_DISPLAY', false );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

describe('the WordPress plugin, in WordPress', () => {
  let dir: string;
  let php: string;
  let database: ChildProcess | undefined;
  let webServer: ChildProcess | undefined;
  let url: string;
  let site: string;
  let zip: Record<string, Uint8Array>;
  let published: Record<keyof typeof POSTS, Published>;
  let unfilteredHtml: boolean;
  let browser: Browser;
  let cdn: StaticServer;

  /** Runs a command of wordpress-site.php and returns what it printed. */
  function wordpress(command: string, input = ''): Promise<any> {
    return new Promise((resolve, reject) => {
      const child = execFile(php, [SITE_SCRIPT, site, command], {env: {...process.env, WORDPRESS_HOST: new URL(url).host}}, (error, stdout, stderr) =>
        error ? reject(new Error(`wordpress-site.php ${command}: ${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout)),
      );
      child.stdin!.end(input);
    });
  }

  async function startDatabase(programs: Awaited<ReturnType<typeof requirePrograms>>) {
    const data = join(dir, 'mariadb');
    const socket = join(dir, 'mariadb.sock');
    const log = join(dir, 'mariadb.log');
    const user = `--user=${userInfo().username}`;
    await execute(programs.installDb, ['--no-defaults', `--datadir=${data}`, user, '--auth-root-authentication-method=normal', '--skip-test-db']);
    database = spawn(programs.mariadbd, ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', `--log-error=${log}`, `--pid-file=${join(dir, 'mariadb.pid')}`, user], {stdio: 'ignore'});
    await until(() => exists(socket), `MariaDB did not start (see ${log})`);
    await execute(programs.client, ['--no-defaults', `--socket=${socket}`, '--user=root', '--execute=CREATE DATABASE wordpress']);
    return socket;
  }

  async function createSite(socket: string) {
    // A copy, not links: WordPress looks for wp-config.php beside its files' real paths.
    await cp(WORDPRESS, site, {recursive: true, verbatimSymlinks: true});
    await writeFile(join(site, 'wp-config.php'), wpConfig({socket, url, log: join(dir, 'debug.log')}));
    const plugins = join(site, 'wp-content', 'plugins');
    const files = Object.entries(zip);
    for (const folder of new Set(files.map(([path]) => dirname(join(plugins, path))))) await mkdir(folder, {recursive: true});
    await Promise.all(files.map(([path, content]) => writeFile(join(plugins, path), content)));
  }

  async function startWebServer() {
    const router = join(dir, 'router.php');
    await writeFile(router, ROUTER);
    // Workers, so the editor's many requests are answered side by side. Its own process
    // group, so that stopping it stops the workers too.
    webServer = spawn(php, ['-S', new URL(url).host, '-t', site, router], {
      env: {...process.env, PHP_CLI_SERVER_WORKERS: '4'},
      stdio: 'ignore',
      detached: true,
    });
    await until(() => fetch(`${url}/wp-login.php`).then((response) => response.ok, () => false), 'PHP did not serve WordPress');
  }

  before(async () => {
    const programs = await requirePrograms();
    php = programs.php;
    // In memory where there is a RAM disk: the site, its database and the plugin's 9,700 files
    // are written in a fraction of the time.
    dir = await mkdtemp(join((await exists(RAM_DISK)) ? RAM_DISK : tmpdir(), 'career-wordpress-'));
    site = join(dir, 'site');
    url = `http://127.0.0.1:${await freePort()}`;
    const zipPath = join(dir, 'career-widgets.zip');
    const [socket] = await Promise.all([
      startDatabase(programs),
      execute(process.execPath, ['--import', 'tsx', 'scripts/wordpress.ts', '--out', zipPath], {cwd: ROOT}),
    ]);
    zip = unzipSync(await readFile(zipPath));
    await createSite(socket);
    await wordpress('install');
    assert.deepEqual(await wordpress('activate'), {error: null});
    ({posts: published, unfilteredHtml} = await wordpress('publish', JSON.stringify(POSTS)));
    await startWebServer();
    [browser, cdn] = await Promise.all([launchChromium(), serve(DIST, {cdn: true})]);
  });

  after(async () => {
    await browser?.close();
    await cdn?.close();
    if (webServer?.pid && webServer.exitCode === null) process.kill(-webServer.pid);
    if (database && database.exitCode === null) {
      database.kill();
      await new Promise((done) => database!.once('exit', done));
    }
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  /** A page of the site in a fresh browser context, signed in as `user`. */
  async function signedIn(user: string, password: string): Promise<Page> {
    const {page} = await open(browser, `${url}/wp-login.php`);
    await page.type('#user_login', user);
    await page.type('#user_pass', password);
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    return page;
  }

  /** The editor of a new post, as the author, with one block of ours (`widget` or `explorer`) inserted and selected. */
  async function newPostWithBlock(name: string): Promise<Page> {
    const page = await signedIn('author', 'author-password');
    await page.setViewport({width: 1400, height: 1000});
    await page.goto(`${url}/wp-admin/post-new.php`);
    await page.waitForFunction((name) => typeof wp !== 'undefined' && wp.blocks?.getBlockType(`career-widgets/${name}`), {timeout: 30000}, name);
    await page.evaluate((name) => {
      if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
      const block = wp.blocks.createBlock(`career-widgets/${name}`);
      wp.data.dispatch('core/block-editor').insertBlocks(block);
      wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    }, name);
    return page;
  }

  /** Publishes the post being edited: what the editor stored, and its address. */
  function publish(page: Page, title: string): Promise<{content: string; link: string}> {
    return page.evaluate(async (title) => {
      wp.data.dispatch('core/editor').editPost({title, status: 'publish'});
      await wp.data.dispatch('core/editor').savePost();
      return {content: wp.data.select('core/editor').getEditedPostContent(), link: wp.data.select('core/editor').getCurrentPost().link};
    }, title);
  }

  /** The library's script tags on a page, and every URL of career-widgets.js it loaded. */
  function libraryScripts(page: Page) {
    return page.evaluate(() => ({
      tags: [...document.querySelectorAll('script[src*="career-widgets.js"]')].map((script) => `${(script as HTMLScriptElement).type} ${(script as HTMLScriptElement).src}`),
      loaded: performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /\/career-widgets\.js/.test(name)),
    }));
  }

  it('is one folder, career-widgets/, with the plugin, its translation template, the library and the data', async () => {
    const paths = Object.keys(zip);
    assert.ok(paths.every((path) => path.startsWith('career-widgets/')));
    for (const path of ['career-widgets.php', 'readme.txt', 'uninstall.php', 'block/block.json', 'includes/elements.php', 'languages/career-widgets.pot', 'dist/career-widgets.js', 'dist/data/index.json', `dist/data/${NURSE}/overview.json`]) {
      assert.ok(paths.includes(`career-widgets/${path}`), path);
    }
    assert.deepEqual(paths.filter((path) => /\.map$|classic|\/components\/|embed/.test(path)), []);
    const {version} = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {version: string};
    const header = new TextDecoder().decode(zip['career-widgets/career-widgets.php']);
    assert.ok(header.includes(` * Version:           ${version}\n`), header);
    assert.ok(!paths.some((path) => !path.includes('/dist/') && new TextDecoder().decode(zip[path]).includes('%%VERSION%%')));
  });

  it('lets an author’s posts hold exactly the library’s elements, with the attributes each takes', async () => {
    const manifest = JSON.parse(await readFile(join(ROOT, 'custom-elements.json'), 'utf8')) as {
      modules: {declarations?: {tagName?: string; attributes?: {name: string}[]}[]}[];
    };
    const declared = new Map(manifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => [declaration.tagName, declaration.attributes ?? []]));
    const {tags, urlAttributes} = await wordpress('allowed');
    assert.equal(unfilteredHtml, false, 'an author’s posts are filtered');
    for (const tag of TAGS) {
      // And an id, which a search box's `for` names.
      assert.deepEqual(Object.keys(tags[tag]).sort(), [...declared.get(tag)!.map(({name}) => name), 'id'].sort(), tag);
    }
    assert.deepEqual(tags['salary-table'].theme, {values: ['light', 'dark']});
    // wp_kses lowercases a value before it compares it.
    assert.deepEqual(tags['career-explorer'].interest, {values: ['r', 'i', 'a', 's', 'e', 'c']});
    assert.deepEqual(tags['career-explorer']['job-zone'], {values: ['1', '2', '3', '4', '5']});
    assert.ok(urlAttributes.includes('href-template') && urlAttributes.includes('src'));
  });

  it('keeps the elements an author pasted as HTML, without the script, the handler, or a javascript: link', async () => {
    const {content} = published.html;
    assert.ok(content.includes(`<salary-table career="${NURSE}" lang="ar"></salary-table>`), content);
    assert.ok(content.includes(`<related-jobs career="${NURSE}" lang="en" href-template="alert(1)//{id}"></related-jobs>`), content);
    for (const removed of ['<script', 'onclick', 'data-tracking', 'sepia', 'javascript:']) assert.ok(!content.includes(removed), `${removed} in ${content}`);

    const {page, problems} = await open(browser, published.html.url);
    const [table, related] = await widgetTexts(page, WIDGETS);
    assert.equal(table.dir, 'rtl');
    assert.match(table.heading!, /ممرض مسجل/);
    assert.match(related.text, /Registered Nurses/);
    assert.equal(await page.evaluate(() => 'injected' in window), false);
    assert.deepEqual((await libraryScripts(page)).tags, [`module ${url}/wp-content/plugins/career-widgets/dist/career-widgets.js`]);
    assert.deepEqual(problems.errors, []);
    await page.close();
  });

  it('renders the block’s widgets in English and Arabic, with the library’s script once', async () => {
    const {page, problems} = await open(browser, published.block.url);
    const widgets = await widgetTexts(page, WIDGETS);
    assert.deepEqual(
      widgets.map(({tag, dir, error}) => ({tag, dir, error})),
      [
        {tag: 'career-facts', dir: 'ltr', error: null},
        {tag: 'salary-table', dir: 'ltr', error: null},
        {tag: 'salary-table', dir: 'rtl', error: null},
      ],
    );
    assert.equal(widgets[0].heading, 'Registered Nurses');
    assert.match(widgets[1].text, /Registered Nurses/);
    assert.match(widgets[2].heading!, /ممرض مسجل/);
    const arabic = await page.$eval('[lang=ar]', (element) => element.outerHTML);
    assert.match(arabic, /^<salary-table career="29-1141.00" lang="ar" theme="dark" year="2024" heading-level="3"/);
    assert.equal(await page.$$eval('.wp-block-career-widgets-widget', (blocks) => blocks.length), 2);
    const scripts = await libraryScripts(page);
    assert.deepEqual(scripts.tags, [`module ${url}/wp-content/plugins/career-widgets/dist/career-widgets.js`]);
    assert.deepEqual(scripts.loaded, [`${url}/wp-content/plugins/career-widgets/dist/career-widgets.js`], 'one copy of the library, with no version query');
    assert.deepEqual(problems.errors, []);
    await page.close();
  });

  it('renders the shortcode’s widgets in Arabic and English, the explorer too, and nothing of one that names no widget', async () => {
    const {page, problems} = await open(browser, published.shortcode.url);
    const widgets = await widgetTexts(page, WIDGETS);
    assert.deepEqual(
      widgets.map(({tag, dir, error}) => ({tag, dir, error})),
      [
        {tag: 'salary-table', dir: 'rtl', error: null},
        {tag: 'career-facts', dir: 'ltr', error: null},
        {tag: 'skills-list', dir: 'ltr', error: null},
        {tag: 'career-explorer', dir: 'rtl', error: null},
      ],
    );
    assert.match(widgets[0].heading!, /ممرض مسجل/);
    assert.match(widgets[3].text, /الأجر الوسيط/, 'the explorer lists occupations with their median pay, in Arabic');
    const explorer = await page.$eval('career-explorer', (element) => ({
      html: element.outerHTML,
      titles: [...element.shadowRoot!.querySelectorAll('[part=result-title]')].map((title) => title.textContent),
    }));
    assert.match(explorer.html, /^<career-explorer lang="ar" theme="dark" interest="S" job-zone="4" pay-min="75000" sort="pay"/);
    assert.ok(explorer.titles.includes('ممرض مسجل'), explorer.titles.join(' | '));
    assert.ok(explorer.titles.length < 60, `the filters apply: ${explorer.titles.length} occupations`);
    assert.equal(widgets[1].heading, 'Registered Nurses');
    assert.equal(await page.$eval('skills-list', (element) => element.getAttribute('theme')), 'light');
    // Visitors see nothing of the third shortcode; its author would see why.
    assert.equal(await page.$('.career-widgets-problem'), null);
    assert.equal((await libraryScripts(page)).tags.length, 1);
    assert.deepEqual(problems.errors, []);
    await page.close();
  });

  it('opens the explorer block with its filters in Filipino; a profile opens in place and Back returns to the list', async () => {
    const {page, problems} = await open(browser, published.explorer.url);
    const explorerHtml = await page.$eval('career-explorer', (element) => element.outerHTML);
    assert.match(explorerHtml, /^<career-explorer lang="fil" interest="S" job-zone="4" pay-min="75000" hash-state=""/);
    const nurses = await page.waitForFunction(
      () => [...(document.querySelector('career-explorer')!.shadowRoot?.querySelectorAll('[part=result-title]') ?? [])].find((title) => title.textContent === 'Rehistradong Nars'),
      {timeout: 10000},
    );
    await (nurses as unknown as {click(): Promise<void>}).click();
    await page.waitForFunction(() => document.querySelector('career-explorer')!.shadowRoot!.querySelector('career-profile')?.shadowRoot?.querySelector('h2')?.textContent === 'Rehistradong Nars', {timeout: 10000});
    assert.match(await page.evaluate(() => location.hash), /career=registered-nurse/);
    await page.goBack();
    await page.waitForFunction(() => !document.querySelector('career-explorer')!.shadowRoot!.querySelector('career-profile'), {timeout: 10000});
    assert.equal(await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('interest')), 'S');
    assert.deepEqual(problems.errors, []);
    await page.close();
  });

  it('puts a search box first and lets a reader change the career of the widgets beside it, in Russian', async () => {
    const {page, problems} = await open(browser, published.search.url);
    const [facts, table] = await widgetTexts(page, 'career-facts, salary-table');
    assert.match(facts.heading!, /Представитель службы поддержки клиентов/);
    assert.equal(table.error, null);
    const order = await page.$$eval('career-search, career-facts, salary-table', (elements) =>
      elements.map((element) => ({tag: element.localName, id: element.id, for: element.getAttribute('for')})),
    );
    const [search, ...others] = order;
    assert.equal(search.tag, 'career-search');
    assert.deepEqual(others.map(({tag}) => tag), ['career-facts', 'salary-table']);
    assert.equal(search.for, others.map(({id}) => id).join(' '));
    assert.ok(others.every(({id}) => /^career-widgets-\d+$/.test(id)));

    const box = await page.waitForFunction(() => document.querySelector('career-search')!.shadowRoot?.querySelector('input'));
    await (box as unknown as {click(): Promise<void>}).click();
    await page.keyboard.type('медсестра');
    await page.waitForFunction(() => document.querySelector('career-search')!.shadowRoot!.querySelector('[role=option]'), {timeout: 10000});
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('career-facts')!.getAttribute('career') === 'registered-nurse', {timeout: 10000});
    await page.waitForFunction(
      () => ['career-facts', 'salary-table'].every((tag) => /Дипломированная медицинская сестра/.test(document.querySelector(tag)!.shadowRoot!.querySelector('[part=heading]')?.textContent ?? '')),
      {timeout: 10000},
    );
    // The explorer's values it does not take are left out, unseen by a visitor: it lists every occupation.
    assert.match(await (await fetch(published.search.url)).text(), /<career-explorer><\/career-explorer>/);
    assert.equal(await page.$('.career-widgets-problem'), null);
    assert.deepEqual(problems.errors, []);
    await page.close();
  });

  it('lets an author place the block in the editor: the career picked by its title, the preview, the language', async () => {
    const page = await newPostWithBlock('widget');
    const picker = await page.waitForSelector('.wp-block-career-widgets-widget .components-combobox-control input', {timeout: 10000});
    await picker!.type('Registered Nur');
    const option = await page.waitForSelector('::-p-text(Registered Nurses (29-1141.00))');
    await option!.click();
    await page.waitForFunction(() => document.querySelector('.wp-block-career-widgets-widget career-facts')?.shadowRoot?.querySelector('[part=sources]'), {timeout: 10000});

    const language = await page.$$eval('label', (labels) => labels.find((label) => label.textContent === 'Language')?.htmlFor);
    await page.select(`#${language}`, 'ar');
    await page.waitForFunction(() => document.querySelector('.wp-block-career-widgets-widget career-facts')?.getAttribute('dir') === 'rtl', {timeout: 10000});

    const post = await publish(page, 'Nurses, from the editor');
    assert.equal(post.content, block({career: NURSE, lang: 'ar'}));

    // Signed in, the author sees why a shortcode shows nothing.
    await page.goto(published.shortcode.url);
    assert.match(await page.$eval('.career-widgets-problem', (note) => note.textContent!), /There is no widget “salary-tables”/);
    await page.goto(published.search.url);
    assert.deepEqual(await page.$$eval('.career-widgets-problem', (notes) => notes.map((note) => note.textContent)), [
      'The widgets leave out interest="social": it is not a value they take.',
      'The widgets leave out pay-min="lots": it is not a value they take.',
    ]);
    await page.close();

    const {page: reader} = await open(browser, post.link);
    const [facts] = await widgetTexts(reader, WIDGETS);
    assert.equal(facts.dir, 'rtl');
    assert.match(facts.heading!, /ممرض مسجل/);
    await reader.close();
  });

  it('lets an author place the explorer block in the editor and choose the filters it opens with', async () => {
    const page = await newPostWithBlock('explorer');
    await page.waitForFunction(() => document.querySelector('.wp-block-career-widgets-explorer career-explorer')?.shadowRoot?.querySelector('[part=result-title]'), {timeout: 10000});
    const select = async (label: string, value: string) => {
      const id = await page.$$eval('label', (labels, label) => labels.find((element) => element.textContent === label)?.htmlFor, label);
      assert.ok(id, `the sidebar has “${label}”`);
      await page.select(`#${id}`, value);
    };
    await select('Interest area', 'S');
    await select('Preparation (Job Zone)', '4');
    await page.waitForFunction(() => document.querySelector('.wp-block-career-widgets-explorer career-explorer')?.getAttribute('job-zone') === '4', {timeout: 10000});
    const preview = await page.$eval('.wp-block-career-widgets-explorer career-explorer', (element) =>
      Object.fromEntries(['interest', 'job-zone', 'hash-state'].map((name) => [name, element.getAttribute(name)])),
    );
    assert.deepEqual(preview, {interest: 'S', 'job-zone': '4', 'hash-state': null}, 'the preview leaves the editor’s address alone');

    const post = await publish(page, 'Social careers, from the editor');
    assert.equal(post.content, block({interest: 'S', jobZone: '4'}, 'explorer'));
    await page.close();

    const {page: reader, problems} = await open(browser, post.link);
    assert.match(await reader.$eval('career-explorer', (element) => element.outerHTML), /^<career-explorer interest="S" job-zone="4" hash-state=""/);
    await reader.waitForFunction(() => document.querySelector('career-explorer')!.shadowRoot?.querySelector('[part=result-title]'), {timeout: 10000});
    assert.deepEqual(problems.errors, []);
    await reader.close();
  });

  it('serves the library from the URL an administrator sets under Settings → Career widgets, and refuses one that is not a web address', async () => {
    const page = await signedIn('admin', 'admin-password');
    const setLibraryUrl = async (value: string) => {
      await page.goto(`${url}/wp-admin/options-general.php?page=career-widgets`);
      await page.$eval('#career_widgets_base_url', (input, value) => ((input as HTMLInputElement).value = value), value);
      await Promise.all([page.waitForNavigation(), page.click('#submit')]);
      return page.$eval('#career_widgets_base_url', (input) => (input as HTMLInputElement).value);
    };
    assert.equal(await setLibraryUrl('javascript:alert(1)'), '');
    assert.match(await page.$eval('.notice-error', (notice) => notice.textContent!), /is not a web address/);
    assert.equal(await setLibraryUrl(cdn.url), `${cdn.url}/`);
    await page.close();

    const {page: reader, problems} = await open(browser, published.block.url);
    const widgets = await widgetTexts(reader, WIDGETS);
    assert.deepEqual(widgets.map(({error}) => error), [null, null, null]);
    assert.deepEqual((await libraryScripts(reader)).tags, [`module ${cdn.url}/career-widgets.js`]);
    assert.ok(cdn.requests.includes(`/data/${NURSE}/overview.json`));
    assert.deepEqual(problems.errors, []);
    await reader.close();
  });

  it('deletes its setting when it is deleted', async () => {
    assert.deepEqual(await wordpress('uninstall'), {before: `${cdn.url}/`, after: null});
  });

  it('leaves no PHP error, warning or notice of its own in WordPress’s log', async () => {
    const log = await readFile(join(dir, 'debug.log'), 'utf8').catch(() => '');
    assert.deepEqual(log.split('\n').filter((line) => /career[-_]widgets/i.test(line)), []);
  });
});
