// `node scripts/test-packages.js`: the first step of `npm test`, `npm run test:browser`,
// `npm run test:e2e` and .ci/run. The tests use browsers and tools from Debian's packages
// (nothing downloads a browser). This installs the missing ones when it may (as root, or
// with passwordless sudo), saying which and why; otherwise it stops with the one command
// that installs them. The list is here alone, so .ci/run and the README's `npm test` agree.
import {spawnSync} from 'node:child_process';
import {accessSync, constants} from 'node:fs';
import {delimiter, isAbsolute, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {CHROMIUM_PATH} from './chromium.js';

/**
 * Each package, the program that shows it is installed (a path, or a command on PATH; the
 * folder of a package that has no program) and what the tests use it for. The tests cannot
 * run without a required one; without one of the others, the browser tests leave out an
 * engine (scripts/test-browsers.js).
 */
export const TEST_PACKAGES = [
  {name: 'chromium', provides: CHROMIUM_PATH, usedFor: 'the browser and end-to-end tests', required: true},
  {name: 'libxml2-utils', provides: 'xmllint', usedFor: 'checking SCORM manifests against their schemas', required: true},
  {name: 'firefox-esr', provides: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', usedFor: 'the browser tests in Firefox', required: false},
  {name: 'webkit2gtk-driver', provides: '/usr/bin/WebKitWebDriver', usedFor: 'the browser tests in WebKitGTK', required: false},
  {name: 'xvfb', provides: '/usr/bin/xvfb-run', usedFor: "a virtual display for WebKitGTK's MiniBrowser", required: false},
  {name: 'xauth', provides: 'xauth', usedFor: 'xvfb-run', required: false},
  {name: 'php-cli', provides: 'php', usedFor: "the WordPress plugin's test: PHP and its web server", required: true},
  {name: 'mariadb-server', provides: 'mariadb-install-db', usedFor: "the WordPress plugin's test: a database of its own", required: true},
  {name: 'wordpress', provides: '/usr/bin/wp-setup', usedFor: "the WordPress plugin's test (with PHP's MySQL driver)", required: true},
  {name: 'wordpress-theme-twentytwentythree', provides: '/usr/share/wordpress/wp-content/themes/twentytwentythree', usedFor: "the WordPress plugin's test: the site's theme", required: true},
];

const APT_ENV = ['env', 'DEBIAN_FRONTEND=noninteractive'];

/** The command a person runs to install the packages themselves. */
export function installCommand(names) {
  return `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${names.join(' ')}`;
}

/**
 * What to do, on a machine described by `has(program)`, `isRoot`, `hasApt` and `canSudo()`
 * (asked only when something is missing, since sudo logs each refusal):
 * - `ready`: nothing is missing;
 * - `install`: run `commands` (as root directly, else through sudo);
 * - `stop`: a required package is missing and cannot be installed here: print `command`;
 * - `go-on`: only optional packages are missing and cannot be installed: say so, with `command`.
 */
export function planInstall({has, isRoot, hasApt, canSudo}) {
  const missing = TEST_PACKAGES.filter(({provides}) => !has(provides));
  if (!missing.length) return {action: 'ready', missing};
  const names = missing.map(({name}) => name);
  if (hasApt && (isRoot || canSudo())) {
    const asRoot = isRoot ? [] : ['sudo', '-n'];
    return {
      action: 'install',
      missing,
      asRoot: isRoot ? 'as root' : 'with sudo',
      commands: [
        [...asRoot, ...APT_ENV, 'apt-get', 'update', '-qq'],
        // -q, not -qq: apt shows each package as it is set up, so a long install is seen to go on.
        [...asRoot, ...APT_ENV, 'apt-get', 'install', '-y', '-q', '--no-install-recommends', ...names],
      ],
    };
  }
  return {action: missing.some(({required}) => required) ? 'stop' : 'go-on', missing, hasApt, command: installCommand(names)};
}

/** This machine, as planInstall sees it. */
export function thisMachine() {
  const onPath = (command) =>
    (process.env.PATH ?? '').split(delimiter).some((dir) => dir && isExecutable(join(dir, command)));
  return {
    has: (program) => (isAbsolute(program) ? isExecutable(program) : onPath(program)),
    isRoot: process.getuid?.() === 0,
    hasApt: onPath('apt-get'),
    canSudo: () => onPath('sudo') && spawnSync('sudo', ['-n', 'true'], {stdio: 'ignore'}).status === 0,
  };
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const runCommand = ([command, ...args]) => spawnSync(command, args, {stdio: 'inherit'}).status === 0;

/** Installs what is missing, or says what to run; returns the exit code for the tests' first step. */
export function ensureTestPackages({machine = thisMachine(), run = runCommand, log = console.log, error = console.error} = {}) {
  const plan = planInstall(machine);
  const lines = (packages) => packages.map(({name, provides, usedFor}) => `  ${name} (${provides}), for ${usedFor}`).join('\n');
  switch (plan.action) {
    case 'ready':
      return 0;
    case 'install': {
      log(`test packages: installing what the tests use from Debian's packages, ${plan.asRoot}:\n${lines(plan.missing)}`);
      for (const command of plan.commands) {
        log(`test packages: ${command.join(' ')}`);
        if (!run(command)) {
          error(`test packages: that failed. Install them yourself, then run the tests again:\n\n  ${installCommand(plan.missing.map(({name}) => name))}\n`);
          return 1;
        }
      }
      const stillMissing = plan.missing.filter(({provides}) => !machine.has(provides));
      if (stillMissing.length) {
        error(`test packages: installed, yet these are still missing:\n${lines(stillMissing)}`);
        return 1;
      }
      log('test packages: installed.');
      return 0;
    }
    case 'stop':
      error(
        `test packages: the tests use Debian packages that are not installed here:\n${lines(plan.missing)}\n` +
          (plan.hasApt
            ? `Installing them needs root (or passwordless sudo). Run this, then the tests again:\n\n  ${plan.command}\n`
            : `This machine has no apt-get: install them with its own packages (set CHROME_PATH if Chromium is not at /usr/bin/chromium). On Debian:\n\n  ${plan.command}\n`),
      );
      return 1;
    case 'go-on':
      log(`test packages: not installed, so the browser tests leave these out:\n${lines(plan.missing)}\nTo include them: ${plan.command}`);
      return 0;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = ensureTestPackages();
