// `npm run test:browser`: the browser tests in every engine installed here. Chromium is
// required; Firefox ESR and WebKitGTK (MiniBrowser) run when their Debian packages are
// installed (test-packages.js installs all three when it may). Prints which engines ran.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer} from 'node:net';
import {CHROMIUM_PATH as CHROMIUM} from './chromium.js';
import {ensureTestPackages} from './test-packages.js';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const version = (command, ...args) => spawnSync(command, args, {encoding: 'utf8'}).stdout?.trim().split('\n')[0] ?? '';

const packagesCode = ensureTestPackages();
if (packagesCode !== 0) process.exit(packagesCode);
const engines = [['chromium', version(CHROMIUM, '--version')]];
if (existsSync(FIREFOX)) engines.push(['firefox', version(FIREFOX, '--version')]);
const hasWebKit = existsSync(WEBKIT_DRIVER) && existsSync(MINIBROWSER);
// MiniBrowser has no headless mode: without a display, run all of this on a virtual one,
// so that WebKitWebDriver (which starts MiniBrowser) has it too.
if (hasWebKit && !process.env.DISPLAY && existsSync('/usr/bin/xvfb-run')) {
  const inner = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', process.execPath, ...process.argv.slice(1)], {stdio: 'inherit'});
  inner.on('exit', (code) => process.exit(code ?? 1));
  await new Promise(() => {});
}
const canRunWebKit = hasWebKit && Boolean(process.env.DISPLAY);
if (canRunWebKit) engines.push(['webkit', 'WebKitGTK MiniBrowser']);
console.log(`test:browser: engines: ${engines.map(([, name]) => name).join('; ')}`);

const env = {...process.env, CAREER_WIDGETS_ENGINES: engines.map(([engine]) => engine).join(','), MINIBROWSER_PATH: MINIBROWSER};
let driver;
if (canRunWebKit) {
  env.WEBKIT_WEBDRIVER_PORT = String(await freePort());
  driver = spawn(WEBKIT_DRIVER, [`--port=${env.WEBKIT_WEBDRIVER_PORT}`], {stdio: 'ignore'});
  await waitForPort(Number(env.WEBKIT_WEBDRIVER_PORT));
}
// Arguments go to wtr: `npm run test:browser -- components/salary-table/salary-table.test.ts`.
const runner = spawn('npx', ['wtr', ...process.argv.slice(2)], {stdio: 'inherit', env});
const code = await new Promise((resolve) => runner.on('exit', (exitCode) => resolve(exitCode ?? 1)));
driver?.kill();
console.log(`test:browser: ran in ${engines.map(([engine]) => engine).join(', ')}`);
process.exit(code);

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await fetch(`http://127.0.0.1:${port}/status`).then(() => true, () => false);
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}
