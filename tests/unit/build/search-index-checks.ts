/**
 * The search index of a real build (called from fixture-site-build.test.ts, which builds once): Pagefind got
 * the pages as Astro rendered them (src/build/search-tap.ts), the step used that index rather than indexing
 * the pages on disk again, and the index holds exactly the built pages that have a search body.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listPages, pageUrl } from '../../../src/build/built-files';
import { buildLogs, indexedUrls } from '../../support/fixture-site';

export function searchIndexChecks(out: () => string) {
  describe('the search index of a build', () => {
    it('was given the pages while Astro rendered them, and kept', () => {
      const log = buildLogs.get(out()) ?? '';
      expect(log).toMatch(/Pagefind indexed \d+ pages, given to it as Astro rendered them\./);
      expect(log).not.toContain('is not used');
    });

    it('holds every built page with a search body, once, and no other', () => {
      const dir = out();
      const searchable = listPages(dir)
        .filter((f) => readFileSync(f, 'utf8').includes('data-pagefind-body'))
        .map((f) => pageUrl(dir, f, '/'));
      expect(searchable.length).toBeGreaterThan(10);
      expect(indexedUrls(dir).sort()).toEqual(searchable.sort());
    });
  });
}
