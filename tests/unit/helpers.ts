/** Test helpers: a throw-away copy of the valid fixture content folder. */
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
