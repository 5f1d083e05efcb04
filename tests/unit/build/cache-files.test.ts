/** A cached file put into the output (src/build/cache-files.ts): linked, never sharing a stale file. */
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeCached } from '../../../src/build/cache-files';

describe('placeCached', () => {
  it('links the cached file into a new folder of the output, and replaces what was there', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jt-cache-files-'));
    const cached = path.join(dir, 'cache', 'card.png');
    mkdirSync(path.dirname(cached));
    writeFileSync(cached, 'new card');
    const out = path.join(dir, 'dist', 'share', 'id', 'card.png');
    placeCached(cached, out);
    expect(readFileSync(out, 'utf8')).toBe('new card');
    expect(statSync(out).ino).toBe(statSync(cached).ino);
    // An old file at the target is replaced, and the old file's other names are left alone.
    const old = path.join(dir, 'old.png');
    writeFileSync(old, 'old card');
    placeCached(old, out);
    placeCached(cached, out);
    expect(readFileSync(out, 'utf8')).toBe('new card');
    expect(readFileSync(old, 'utf8')).toBe('old card');
  });
});
