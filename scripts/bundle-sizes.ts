// What the built scripts cost a page, gzipped: shared by `npm run bench` and the byte-size test.
import {readdir, readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

export const gzipSize = (content: Buffer | string) => gzipSync(content, {level: 9}).length;

/** A module of dist/ and everything it imports statically, as the browser fetches them. */
export async function closure(dist: string, entry: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = await readFile(join(dist, entry), 'utf8');
  for (const [, path] of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
    await closure(dist, join(entry, '..', path), seen);
  }
  return seen;
}

/** The gzipped bytes of a module of dist/ with everything it imports statically. */
export async function loadedBytes(dist: string, entry: string): Promise<number> {
  let total = 0;
  for (const file of await closure(dist, entry)) total += gzipSize(await readFile(join(dist, file)));
  return total;
}

/** The chunks of the CDN bundle that hold one element's code each, by tag. */
export async function elementChunks(dist: string, tags: readonly string[]): Promise<Map<string, string>> {
  const files = await readdir(dist);
  return new Map(tags.map((tag) => [tag, files.find((file) => new RegExp(`^${tag}-[\\w-]{8}\\.js$`).test(file))!]));
}
