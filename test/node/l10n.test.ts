// Every interface string is translated: a missing <target> would show English inside a
// sentence of another language, unmarked.
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {it} from 'node:test';
import {SUPPORTED_LOCALES, SOURCE_LOCALE} from '../../data/types.js';

for (const locale of SUPPORTED_LOCALES.filter((l) => l !== SOURCE_LOCALE)) {
  it(`xliff/${locale}.xlf has a target for every source string, with the same placeholders`, async () => {
    const xliff = await readFile(new URL(`../../xliff/${locale}.xlf`, import.meta.url), 'utf8');
    const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*(?:<target>([\s\S]*?)<\/target>)?/g)];
    assert.ok(units.length > 100, `${units.length} units`);
    const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();
    for (const [, id, source, target] of units) {
      assert.ok(target?.trim(), `${id} has no target: ${source}`);
      assert.deepEqual(placeholders(target), placeholders(source), `${id} keeps its placeholders`);
    }
  });
}
