/** Test helpers: a throw-away copy of the valid fixture content folder, and a stylesheet read as the build inlines it. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIXTURE = path.resolve('tests/fixtures/content-valid');

/** Copies the valid fixture to a temp folder and returns its path. */
export function fixtureCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'jt-content-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Replaces text in a fixture file (throws if the text is not there, so tests cannot silently pass). */
export function edit(root: string, file: string, from: string | RegExp, to: string): void {
  const full = path.join(root, file);
  const before = readFileSync(full, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`edit(): ${String(from)} not found in ${file}`);
  writeFileSync(full, after);
}

/** Appends a line (or lines) to a fixture file after a blank line; returns the file's line number of its first line. */
export function append(root: string, file: string, text: string): number {
  const full = path.join(root, file);
  const before = readFileSync(full, 'utf8');
  writeFileSync(full, `${before}\n${text}\n`);
  return before.split('\n').length + 1;
}

/**
 * A stylesheet with its `@import './part.css';` lines replaced by the parts, in order, as Vite inlines them
 * at build time (src/styles/global.css is a list of imports): tests read the rules the site ships.
 */
export function stylesheet(file: string): string {
  const css = readFileSync(file, 'utf8');
  return css.replace(/^@import\s+['"]([^'"]+)['"];$/gm, (_, part: string) => stylesheet(path.join(path.dirname(file), part)));
}
