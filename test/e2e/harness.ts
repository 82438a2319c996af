// End-to-end tests: real static servers on localhost ports and Debian's Chromium,
// driven by puppeteer-core (which downloads no browser).
import {execFile} from 'node:child_process';
import {createReadStream} from 'node:fs';
import {stat} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import puppeteer, {type Browser, type Page} from 'puppeteer-core';
import {CHROMIUM_FLAGS, CHROMIUM_PATH} from '../../scripts/chromium.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export const run = promisify(execFile);

/** Packs the package as npm would publish it into `folder`, and returns the tarball's path. The build has run (npm test builds first). */
export async function pack(folder: string): Promise<string> {
  // The listing names every data file (some ten thousand): more than execFile's default buffer.
  const {stdout} = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], {cwd: ROOT, maxBuffer: 256 * 1024 * 1024});
  return join(folder, JSON.parse(stdout)[0].filename);
}

export interface StaticServer {
  url: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1. `cdn` adds the headers a CDN sends: CORS for any
 * origin and long-lived caching. `pages` answers extra paths with generated HTML;
 * `mounts` serves other folders under URL prefixes.
 */
export async function serve(
  root: string,
  {
    cdn = false,
    pages = {},
    headers = {},
    mounts = {},
  }: {cdn?: boolean; pages?: Record<string, string>; headers?: Record<string, string>; mounts?: Record<string, string>} = {},
): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url!, 'http://localhost').pathname);
    requests.push(path);
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (cdn) {
      response.setHeader('Access-Control-Allow-Origin', '*');
      response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    }
    if (path in pages) {
      response.writeHead(200, {'Content-Type': TYPES['.html']}).end(pages[path]);
      return;
    }
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const base = mount ? mounts[mount] : root;
    const relative = mount ? path.slice(mount.length) : path;
    const file = normalize(join(base, relative.endsWith('/') ? `${relative}index.html` : relative));
    if (!file.startsWith(normalize(base)) || !(await stat(file).catch(() => undefined))?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream'});
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS});
}

export interface PageProblems {
  errors: string[];
  warnings: string[];
}

/** Opens a page in a fresh browser context (an empty cache), collecting console errors, warnings and uncaught exceptions. */
export async function open(browser: Browser, url: string): Promise<{page: Page; problems: PageProblems}> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.once('close', () => void context.close().catch(() => {}));
  const problems: PageProblems = {errors: [], warnings: []};
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
    if (message.type() === 'warn') problems.warnings.push(message.text());
  });
  await page.goto(url);
  return {page, problems};
}

/** Waits until every career widget on the page has shown its career, and returns each one's text. */
export async function widgetTexts(page: Page, selector = 'career-facts, salary-table, skills-list, related-jobs') {
  await page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].length > 0 &&
      [...document.querySelectorAll(selector)].every((el) => el.shadowRoot?.querySelector('[part=sources], [part=error]')),
    {timeout: 10000},
    selector,
  );
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map((el) => ({
        tag: el.localName,
        dir: el.getAttribute('dir'),
        heading: el.shadowRoot!.querySelector('[part=heading]')?.textContent?.trim() ?? null,
        error: el.shadowRoot!.querySelector('[part=error]')?.textContent?.trim() ?? null,
        text: el.shadowRoot!.textContent!.replace(/[ \t\n\r]+/g, ' ').trim(),
      })),
    selector,
  );
}
