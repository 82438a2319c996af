import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {CHROMIUM_FLAGS, CHROMIUM_PATH} from './scripts/chromium.js';

// Browsers come from Debian packages (scripts/test-packages.js installs them); nothing here downloads one.
// scripts/test-browsers.js finds the installed engines and sets CAREER_WIDGETS_ENGINES;
// run directly, wtr uses Chromium alone.
const engines = (process.env.CAREER_WIDGETS_ENGINES ?? 'chromium').split(',');


const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {executablePath: CHROMIUM_PATH, args: ['--headless=new', ...CHROMIUM_FLAGS]},
    }),
  // Stock Firefox ESR through puppeteer-core's WebDriver BiDi.
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true},
    }),
  // WebKitGTK's MiniBrowser through WebKitWebDriver, which test-browsers.js starts. It speaks
  // classic WebDriver only, so webdriverio must not ask for BiDi.
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_WEBDRIVER_PORT),
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {binary: process.env.MINIBROWSER_PATH, args: ['--automation']},
      },
    }),
};

export default {
  files: ['components/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time per browser: a background page's timers are throttled.
  concurrency: 1,
  browserStartTimeout: 60000,
  plugins: [esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))})],
  middleware: [
    // Source modules look for data beside themselves (src/data/); the built data is in dist/data/.
    function dataFromDist(context, next) {
      if (context.url.startsWith('/src/data/')) context.url = context.url.replace('/src/data/', '/dist/data/');
      return next();
    },
  ],
  browsers: engines.map((engine) => launchers[engine]()),
  testFramework: {config: {timeout: 20000}},
  testsFinishTimeout: 20 * 60 * 1000,
};
