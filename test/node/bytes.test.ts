// The byte budgets of the scripts, checked on the build `npm test` has just made (dist/).
import assert from 'node:assert/strict';
import {readdir, readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {describe, it} from 'node:test';
import {closure, elementChunks, gzipSize, loadedBytes} from '../../scripts/bundle-sizes.js';
import {SUPPORTED_LOCALES} from '../../data/types.js';
import {TAGS} from '../../src/elements.js';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const KB = 1024;
const FINDERS = ['career-search', 'career-explorer'];

/** The chunk of search code a finder element's module imports. */
async function sharedFinderBytes(entry: string) {
  const finder = [...(await closure(DIST, entry))].find((file) => /career-finder-[\w-]{8}\.js$/.test(file));
  assert.ok(finder, `${entry} imports the search chunk`);
  return gzipSize(await readFile(`${DIST}/${finder}`));
}

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
      // What the elements that find a career share (the search), beside the core.
      const finder = FINDERS.includes(tag) ? await sharedFinderBytes(`components/${tag}.js`) : 0;
      const bytes = await loadedBytes(DIST, `components/${tag}.js`);
      // The smallest element's module is the core and little else: any other is that plus its own code.
      assert.ok(bytes <= core + finder + own + 0.5 * KB, `components/${tag}.js: ${(bytes / KB).toFixed(1)} KB, its code ${(own / KB).toFixed(1)} KB`);
    }
  });
});

describe('what the search index weighs, gzipped', () => {
  it('each language’s index is at most 60 KB, and so is each file of alternate titles', async () => {
    const search = `${DIST}/data/search`;
    for (const locale of SUPPORTED_LOCALES) {
      const bytes = gzipSize(await readFile(`${search}/${locale}.json`));
      assert.ok(bytes <= 60 * KB, `search/${locale}.json: ${(bytes / KB).toFixed(1)} KB`);
    }
    const alternates = await readdir(`${search}/alternates`);
    assert.ok(alternates.length > 26, `${alternates.length} files of alternate titles`);
    for (const file of alternates) {
      const bytes = gzipSize(await readFile(`${search}/alternates/${file}`));
      assert.ok(bytes <= 60 * KB, `search/alternates/${file}: ${(bytes / KB).toFixed(1)} KB`);
    }
  });
});
