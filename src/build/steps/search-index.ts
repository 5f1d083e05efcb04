/**
 * Builds the Pagefind search index into dist/pagefind/ with Pagefind's Node
 * API. Pagefind reads the built pages from dist/ itself (`addDirectory`):
 * handing it the pages from memory sends every page's HTML through its
 * process's message pipe, which at 1,000 entries (2,042 pages, 45 MB) took
 * 3.3–3.8 s against 2.0–2.3 s for the same index read from disk
 * (docs/benchmarks.md). Pagefind indexes only pages with a `data-pagefind-body`
 * (entry pages) once any page has one, and the count is checked against the
 * pages read, so a page it skipped fails the build. The index is build output:
 * it stays in dist/ and is never copied into public/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { publicPages } from '../built-site';
import type { PostBuildStep } from './step';

/** Pages per language in Pagefind's entry file. */
function indexedPages(outputPath: string): number {
  const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

export const searchIndexStep: PostBuildStep = {
  name: 'search-index',
  // After the CMS page is rewritten: Pagefind walks every HTML file in dist/, and must not read one mid-write.
  needs: ['pages', 'cms-page-policy'],
  makes: ['pagefind/'],
  run: async ({ site, logger }) => {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    try {
      const outputPath = path.join(site.dir, 'pagefind');
      const added = await index.addDirectory({ path: site.dir });
      if (added.errors.length) throw new Error(`Pagefind could not read the built pages: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
      const expected = publicPages(site).filter((p) => /\sdata-pagefind-body[\s>=]/.test(p.html)).length;
      const indexed = indexedPages(outputPath);
      if (indexed !== expected)
        throw new Error(`Pagefind indexed ${indexed} pages, but ${expected} built pages are marked data-pagefind-body.`);
      logger.info(`Pagefind indexed ${indexed} pages.`);
    } finally {
      await pagefind.close();
    }
  },
};
