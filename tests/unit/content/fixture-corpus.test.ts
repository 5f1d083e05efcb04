/**
 * The fixture corpus of the end-to-end tests (tests/fixtures/site/) passes the editors' gate,
 * `npm run check:content`, exactly as the office's content/ must: the behavioural e2e specs run on
 * its build, so an invalid fixture would test a site no editor could publish.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outsideVitest } from '../../support/fixture-site';

const ROOT = 'tests/fixtures/site';

describe('the e2e fixture corpus', () => {
  it('passes npm run check:content without an error', { timeout: 60_000 }, () => {
    const run = spawnSync('node_modules/.bin/tsx', ['scripts/check-content.ts'], {
      encoding: 'utf8',
      env: { ...outsideVitest(), JELAJAH_CONTENT_DIR: ROOT },
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/Tidak ada kesalahan/);
  });

  // What the specs rely on (tests/fixtures/site/README.md); a fixture edit that drops one fails here, by name.
  it.each([
    [
      'an entry without its English version',
      'products/produk-tanpa-terjemahan',
      (dir: string) => !existsSync(path.join(dir, 'index.en.mdx')),
    ],
    ['a yearly event on the nth weekday of a month', 'events/lomba-juli-uji', (dir: string) => /freq: yearly-weekday/.test(read(dir))],
    ['a weekly Friday market', 'events/pekan-jumat-uji', (dir: string) => /freq: weekly, weekday: fri/.test(read(dir))],
    [
      'a destination with an approximate pin and an alias',
      'destinations/pantai-lumban-uji',
      (dir: string) => /precision: approximate/.test(read(dir)) && /aliases:/.test(read(dir)),
    ],
    ['a destination without a pin', 'destinations/bukit-tanpa-titik', (dir: string) => !/location:/.test(read(dir))],
    ['a two-day itinerary', 'itineraries/dua-hari-uji', (dir: string) => (read(dir).match(/- stops:|^ {4}stops:/gm) ?? []).length === 2],
  ])('has %s (%s)', (_what, entry, holds) => {
    const dir = path.join(ROOT, entry);
    expect(existsSync(path.join(dir, 'index.id.mdx'))).toBe(true);
    expect(holds(dir)).toBe(true);
  });
});

function read(dir: string): string {
  return readFileSync(path.join(dir, 'index.id.mdx'), 'utf8');
}
