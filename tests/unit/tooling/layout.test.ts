/**
 * The layout docs/architecture.md describes, checked: every folder under src/ has its paragraph there, and
 * no source file or stylesheet grows past about 300 lines (data and generated files aside), so a module stays
 * small enough to read in one sitting. The import rules between the folders are ESLint's (eslint.config.js)
 * and import cycles are `npm run lint:cycles`'s.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const MAX_LINES = 300;
/** Data written as code: the benchmark's word lists. */
const DATA = [path.join('scripts', 'bench', 'words.ts')];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? walk(file) : [file];
  });
}

describe('the code layout (docs/architecture.md)', () => {
  const doc = readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');

  it('describes every folder under src/', () => {
    const folders = readdirSync(path.join(root, 'src')).filter((f) => statSync(path.join(root, 'src', f)).isDirectory());
    expect(folders.length).toBeGreaterThan(5);
    const undescribed = folders.filter((f) => !doc.includes(`src/${f}/`));
    expect(undescribed, 'add a paragraph for these folders to docs/architecture.md').toEqual([]);
  });

  it('keeps every source file and stylesheet under about 300 lines', () => {
    const code = ['src', 'scripts'].flatMap((d) => walk(path.join(root, d)));
    const checked = code.filter(
      (f) =>
        /\.(ts|mts|mjs|astro|css)$/.test(f) &&
        !f.includes(`${path.sep}fixtures${path.sep}`) &&
        !f.includes(`src${path.sep}data${path.sep}`) &&
        !DATA.some((d) => f.endsWith(d)),
    );
    expect(checked.length).toBeGreaterThan(100);
    const long = checked
      .map((f) => ({ file: path.relative(root, f), lines: readFileSync(f, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long, 'split these files by concern').toEqual([]);
  });
});
