// The byte budgets of the scripts, checked on the build `npm test` has just made (dist/).
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {describe, it} from 'node:test';
import {elementChunks, gzipSize, loadedBytes} from '../../scripts/bundle-sizes.js';
import {TAGS} from '../../src/elements.js';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const KB = 1024;

describe('what the scripts weigh, gzipped', () => {
  it('the CDN bundle, Lit and the core with every element defined on first use, is at most 14 KB', async () => {
    const bytes = await loadedBytes(DIST, 'career-widgets.js');
    assert.ok(bytes <= 14 * KB, `career-widgets.js and what it imports: ${(bytes / KB).toFixed(1)} KB`);
  });

  it('the classic script is at most 30 KB', async () => {
    const bytes = gzipSize(await readFile(`${DIST}/career-widgets.classic.js`));
    assert.ok(bytes <= 30 * KB, `career-widgets.classic.js: ${(bytes / KB).toFixed(1)} KB`);
  });

  it('each element’s chunk holds its own code alone: at most 3 KB, what elements share apart', async () => {
    const chunks = await elementChunks(DIST, TAGS);
    for (const [tag, chunk] of chunks) {
      assert.ok(chunk, `dist/ has ${tag}'s chunk`);
      const bytes = gzipSize(await readFile(`${DIST}/${chunk}`));
      assert.ok(bytes <= 3 * KB, `${chunk}: ${(bytes / KB).toFixed(1)} KB`);
    }
  });

  it('an element’s own module carries no other element’s code', async () => {
    const chunks = await elementChunks(DIST, TAGS);
    const core = await loadedBytes(DIST, 'components/career-sources.js');
    for (const tag of TAGS) {
      const own = gzipSize(await readFile(`${DIST}/${chunks.get(tag)}`));
      const bytes = await loadedBytes(DIST, `components/${tag}.js`);
      // The smallest element's module is the core and little else: any other is that plus its own code.
      assert.ok(bytes <= core + own + 0.5 * KB, `components/${tag}.js: ${(bytes / KB).toFixed(1)} KB, its code ${(own / KB).toFixed(1)} KB`);
    }
  });
});
