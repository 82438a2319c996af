// A copy of data/ with something changed in it, built: what the build makes of it, or the problems it names.
import assert from 'node:assert/strict';
import {cp, mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {buildData, DataError} from '../../scripts/build-data.js';

export const dataDir = fileURLToPath(new URL('../../data', import.meta.url));

export async function buildChangedCopy(change: (dir: string) => Promise<void>): Promise<Awaited<ReturnType<typeof buildData>>> {
  const dir = await mkdtemp(join(tmpdir(), 'career-data-'));
  try {
    await cp(dataDir, join(dir, 'data'), {recursive: true});
    await change(join(dir, 'data'));
    return await buildData({dataDir: join(dir, 'data'), root: dir});
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}

export async function problemsOfBrokenCopy(change: (dir: string) => Promise<void>): Promise<string[]> {
  try {
    await buildChangedCopy(change);
  } catch (error) {
    assert.ok(error instanceof DataError, String(error));
    return error.problems;
  }
  assert.fail('the build should have failed');
}
