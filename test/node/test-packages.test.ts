// The tests' first step (scripts/test-packages.js) on imagined machines: what it installs,
// says and asks of the person running `npm test`. Nothing here runs apt-get.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {ensureTestPackages, installCommand, TEST_PACKAGES} from '../../scripts/test-packages.js';

const EVERY_PACKAGE = TEST_PACKAGES.map(({name}) => name);

/** A machine that has every program but those of `lacking`, and a record of what the step did there. */
function machine({lacking = [] as string[], isRoot = false, canSudo = false, hasApt = true, installWorks = true} = {}) {
  const installed = new Set(TEST_PACKAGES.filter(({name}) => !lacking.includes(name)).map(({provides}) => provides));
  const ran: string[] = [];
  const said: string[] = [];
  let sudoAsked = false;
  const code = ensureTestPackages({
    machine: {
      has: (program: string) => installed.has(program),
      isRoot,
      hasApt,
      canSudo: () => {
        sudoAsked = true;
        return canSudo;
      },
    },
    run: (command: string[]) => {
      ran.push(command.join(' '));
      const install = command.indexOf('install');
      if (install >= 0 && installWorks) {
        for (const name of command.slice(install + 1)) {
          const found = TEST_PACKAGES.find((p) => p.name === name);
          if (found) installed.add(found.provides);
        }
      }
      return installWorks;
    },
    log: (text: string) => said.push(text),
    error: (text: string) => said.push(text),
  });
  return {code, ran, said: said.join('\n'), sudoAsked};
}

describe('npm test on a machine without the Debian packages it uses', () => {
  it('does nothing and says nothing when every package is there, without asking sudo', () => {
    assert.deepEqual(machine({canSudo: true}), {code: 0, ran: [], said: '', sudoAsked: false});
  });

  it('as root, installs what is missing, saying which packages and why, then goes on', () => {
    const {code, ran, said} = machine({lacking: ['chromium', 'libxml2-utils'], isRoot: true});
    assert.equal(code, 0);
    assert.deepEqual(ran, [
      'env DEBIAN_FRONTEND=noninteractive apt-get update -qq',
      'env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium libxml2-utils',
    ]);
    assert.match(said, /installing what the tests use from Debian's packages, as root:/);
    assert.match(said, /chromium \(\/usr\/bin\/chromium\), for the browser and end-to-end tests/);
    assert.match(said, /libxml2-utils \(xmllint\), for checking SCORM manifests against their schemas/);
    assert.match(said, /installed\.$/);
  });

  it('as a user with passwordless sudo, installs through sudo', () => {
    const {code, ran, said} = machine({lacking: ['firefox-esr', 'xvfb', 'xauth'], canSudo: true});
    assert.equal(code, 0);
    assert.deepEqual(ran, [
      'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -qq',
      'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends firefox-esr xvfb xauth',
    ]);
    assert.match(said, /, with sudo:/);
  });

  it('otherwise stops, with the one command that installs everything missing', () => {
    const {code, ran, said} = machine({lacking: EVERY_PACKAGE});
    assert.equal(code, 1);
    assert.deepEqual(ran, []);
    assert.match(said, /Installing them needs root \(or passwordless sudo\)\. Run this, then the tests again:/);
    assert.ok(said.includes(`\n  ${installCommand(EVERY_PACKAGE)}\n`));
    assert.equal(installCommand(['chromium', 'xvfb']), 'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium xvfb');
  });

  it('goes on without an optional engine it cannot install, saying how to add it', () => {
    const {code, ran, said} = machine({lacking: ['firefox-esr']});
    assert.equal(code, 0);
    assert.deepEqual(ran, []);
    assert.match(said, /the browser tests leave these out:\n {2}firefox-esr .*\nTo include them: sudo apt-get update && sudo apt-get install -y --no-install-recommends firefox-esr$/);
  });

  it('without apt-get, stops and says so, even as root', () => {
    const {code, ran, said} = machine({lacking: ['chromium'], isRoot: true, hasApt: false});
    assert.equal(code, 1);
    assert.deepEqual(ran, []);
    assert.match(said, /no apt-get: install them with its own packages/);
  });

  it('stops with the command to run when apt-get fails', () => {
    const {code, said} = machine({lacking: ['chromium'], isRoot: true, installWorks: false});
    assert.equal(code, 1);
    assert.match(said, /that failed\. Install them yourself, then run the tests again:\n\n {2}sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium\n/);
  });
});
