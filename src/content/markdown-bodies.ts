/**
 * Entry bodies are Markdown (src/content/body.ts), so the build reads them as
 * Markdown: each body becomes HTML once, while Astro loads the content, through
 * the site's `markdown.processor` (astro.config.mjs: Sätteri with the body
 * guard and the external-link marker). The files keep the `.mdx` name that
 * editors, the CMS and the checker know, and the checker still holds them to
 * the part of MDX that reads the same as Markdown. But no body is ever compiled
 * into a JavaScript module: nothing an editor writes is code the build machine
 * or a browser could run, and the build does not bundle one module per body.
 * At 1,000 entries that was most of Vite's work (docs/benchmarks.md, "Bodies
 * rendered as Markdown").
 *
 * How: Astro's glob loader picks how to read a file by its extension, from the
 * `entryTypes` of its loader context. `markdownBodies(glob(…))` hands it
 * Astro's own Markdown entry type for `.mdx`, so ids, digests, the content
 * cache, the dev watcher and photos in bodies all stay the glob loader's. That
 * field is Astro's, not a documented API: if a new Astro drops it, the build
 * stops here with a message saying so, rather than quietly compiling MDX again.
 *
 * Two things are added on top:
 * - the guard's line numbers are the file's, not the body's (the body starts
 *   after the frontmatter);
 * - a body the guard refuses fails the build. The glob loader would only log
 *   the error and publish the page without its body. (The content checker, the
 *   build's first step, refuses such bodies before this runs; this is the
 *   second line, for a body that reached the build some other way. In
 *   `astro dev` it only logs, like the checker, and the dev preview shows the
 *   checker's report on the page.)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ContentEntryType } from 'astro';

/** The loader context as the glob loader receives it: with the entry types Astro knows, by extension. */
type GlobContext = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

/** A body the build's Markdown pipeline refused, after the whole collection was read. */
export class MarkdownBodyError extends Error {
  constructor(reports: readonly string[]) {
    super(reports.join('\n\n'));
    this.name = 'MarkdownBodyError';
    // The reports say what and where; a stack trace would only bury them.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** The 1-based line of `contents` on which `body` starts (after the frontmatter `raw`); 1 if not found. */
export function bodyFirstLine(contents: string, raw: string, body: string): number {
  if (!body) return 1;
  const afterFrontmatter = raw ? contents.indexOf(raw) + raw.length : 0;
  const at = contents.indexOf(body, Math.max(afterFrontmatter, 0));
  return at < 0 ? 1 : contents.slice(0, at).split('\n').length;
}

/**
 * Astro's Markdown entry type, for `.mdx` files: read like `.md` files, with the
 * body rendered at load time. `failures` collects the report of every body the
 * renderer refused.
 */
export function markdownEntryType(markdown: ContentEntryType, failures: string[]): ContentEntryType {
  const getRenderFunction = markdown.getRenderFunction?.bind(markdown);
  if (!getRenderFunction) throw new Error('Astro’s Markdown entry type has no render function (src/content/markdown-bodies.ts).');
  const firstLines = new Map<string, number>();
  return {
    ...markdown,
    extensions: ['.mdx'],
    async getEntryInfo(params) {
      const info = await markdown.getEntryInfo(params);
      firstLines.set(fileURLToPath(params.fileUrl), bodyFirstLine(params.contents, info.rawData, info.body));
      return info;
    },
    async getRenderFunction(config) {
      const render = await getRenderFunction(config);
      return async (entry) => {
        const first = (entry.filePath && firstLines.get(entry.filePath)) || 1;
        try {
          // Blank lines before a body change nothing in its HTML, and put the guard's line numbers on the file's lines.
          return await render({ ...entry, body: '\n'.repeat(first - 1) + (entry.body ?? '') });
        } catch (e) {
          const file = entry.filePath ? path.relative(process.cwd(), entry.filePath).split(path.sep).join('/') : entry.id;
          failures.push(e instanceof Error && e.name === 'BodyError' ? e.message : `${file}: ${(e as Error).message}`);
          throw e;
        }
      };
    },
  };
}

/**
 * Wraps a glob loader of `.mdx` files so that their bodies are rendered as
 * Markdown at load time. With `strict` (production builds), a refused body
 * fails the load with every report; otherwise it is only logged.
 */
export function markdownBodies(loader: Loader, { strict }: { strict: boolean }): Loader {
  return {
    ...loader,
    load: async (ctx) => {
      const { entryTypes } = ctx as GlobContext;
      const markdown = entryTypes?.get('.md');
      if (!entryTypes || !markdown) {
        throw new Error(
          'This Astro version no longer gives loaders the `entryTypes` map that src/content/markdown-bodies.ts relies on to read `.mdx` bodies as Markdown. ' +
            'Pin the previous Astro version, or update markdownBodies() to the new API.',
        );
      }
      const failures: string[] = [];
      const types = new Map(entryTypes);
      types.set('.mdx', markdownEntryType(markdown, failures));
      await loader.load({ ...ctx, entryTypes: types } as GlobContext);
      if (strict && failures.length) throw new MarkdownBodyError(failures);
    },
  };
}
