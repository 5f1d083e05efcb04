/**
 * Builds the Pagefind search index into dist/pagefind/ with Pagefind's Node
 * API, from the pages already read: only those with a `data-pagefind-body`
 * (entry pages) are sent, since Pagefind indexes nothing else once any page has
 * one. The index is build output: it stays in dist/ and is never copied into public/.
 */
import * as pagefind from 'pagefind';
import type { PostBuildStep } from './step';

export const searchIndexStep: PostBuildStep = {
  name: 'search-index',
  needs: ['pages'],
  makes: ['pagefind/'],
  run: async ({ site, logger }) => {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    try {
      const body = site.pages.filter((p) => !p.admin && p.html.includes('data-pagefind-body'));
      // All at once: Pagefind's process answers each message by its id, and one round trip per page in turn is slow.
      // sourcePath, not url: Pagefind then derives the URL as it would from the file in dist/.
      const added = await Promise.all(body.map((page) => index.addHTMLFile({ sourcePath: page.rel, content: page.html })));
      const failed = added.flatMap((a, i) => (a.errors.length ? [`${body[i]!.url}: ${a.errors.join('; ')}`] : []));
      if (failed.length) throw new Error(`Pagefind could not index ${failed.join('; ')}`);
      const written = await index.writeFiles({ outputPath: `${site.dir.replace(/\/$/, '')}/pagefind` });
      if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
      logger.info(`Pagefind indexed ${body.length} pages.`);
    } finally {
      await pagefind.close();
    }
  },
};
