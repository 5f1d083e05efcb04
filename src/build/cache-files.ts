/**
 * Files the build draws once and keeps in a cache between builds (share cards, posters, social templates):
 * how one is put into the output. A hard link when the file system allows, so a rebuild writes no image
 * bytes at all (at 1,000 entries about 6,000 files and a few hundred MB were read and written again on every
 * build); a copy otherwise (another device, a file system without links). Nothing writes into these output
 * files afterwards; each is removed before it is placed, so a link never points a new file at an old one.
 */
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export function placeCached(cached: string, out: string): void {
  mkdirSync(path.dirname(out), { recursive: true });
  rmSync(out, { force: true });
  try {
    linkSync(cached, out);
  } catch {
    copyFileSync(cached, out);
  }
}
