/**
 * Builds the Pagefind search index into dist/pagefind/ with Pagefind's Node
 * API. Only pages with a `data-pagefind-body` (entry pages) are sent, since
 * Pagefind indexes nothing else once any page has one. The index is build
 * output: it stays in dist/ and is never copied into public/.
 *
 * Pagefind indexes in a process of its own. The index is started before Astro
 * renders (`startSearchIndex`, from ../post-build.ts at astro:build:start), and
 * ../search-tap.ts hands it each page as soon as it is rendered: Pagefind then
 * works on the second core while Astro renders on the first, instead of after
 * the last page (docs/benchmarks.md). The step itself, once the pages are on
 * disk, checks that the index got exactly those pages, byte for byte, and
 * writes it. If it did not (a page missing, changed or extra), it says so and
 * indexes the pages from disk instead, as it would without the head start.
 */
import { createHash } from 'node:crypto';
import * as pagefind from 'pagefind';
import { SEARCH_TAP, type SearchTap } from '../search-tap-key';
import type { BuiltPage } from '../built-site';
import type { PostBuildStep } from './step';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;
type Added = Promise<{ errors: string[] }>;

/** Whether Pagefind should index a page. */
const searchable = (html: string) => html.includes('data-pagefind-body');
const digest = (html: string) => createHash('sha1').update(html).digest('base64');

/**
 * The file under dist/ of the page served at URL path `pathname` (base path included), e.g.
 * /wisata/destinasi/x/ → destinasi/x/index.html; undefined outside the base path or for a file's URL.
 */
export function pageFile(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base) || !pathname.endsWith('/')) return undefined;
  return `${decodeURIComponent(pathname.slice(base.length))}index.html`;
}

/**
 * A tap that hands pages to `give` in the order Astro started them, whatever order they finish in (eight
 * render at once): Pagefind numbers pages in the order it gets them, and its files are named by their
 * contents, so the same content must give the same order, and the same index, build after build.
 */
export function orderedTap(give: (pathname: string, html: string) => void): SearchTap & { unfinished(): number } {
  let issued = 0;
  let next = 0;
  const finished = new Map<number, { pathname: string; html: string | undefined }>();
  return {
    begin: () => issued++,
    end(ticket, pathname, html) {
      finished.set(ticket, { pathname, html });
      for (let f = finished.get(next); f; f = finished.get(next)) {
        finished.delete(next++);
        if (f.html !== undefined) give(f.pathname, f.html);
      }
    },
    unfinished: () => issued - next,
  };
}

/** The index started before rendering, and what it was given: each page's digest and Pagefind's answer. */
interface Early {
  index: Index;
  pages: Map<string, { digest: string; added: Added }>;
  /** Pages that could not be matched to a file (outside the base path, or given twice). */
  stray: string[];
  /** Renders begun and not handed over when the step ran (none, in a finished build). */
  unfinished: () => number;
}
let early: Early | undefined;

const tapKey = globalThis as { [SEARCH_TAP]?: SearchTap };

/** Starts the index and listens for rendered pages (astro:build:start). If Pagefind cannot start, the step says why later. */
export async function startSearchIndex(base: string): Promise<void> {
  await stopListening()?.index.deleteIndex();
  const { index } = await pagefind.createIndex({});
  if (!index) return;
  const pages: Early['pages'] = new Map();
  const stray: string[] = [];
  const tap = orderedTap((pathname, html) => {
    if (!searchable(html)) return;
    const file = pageFile(pathname, base);
    if (!file || pages.has(file)) return void stray.push(pathname);
    // sourcePath, not url: Pagefind derives the URL as it would from the file in dist/.
    const added = index.addHTMLFile({ sourcePath: file, content: html }).catch((e: unknown) => ({ errors: [String(e)] }));
    pages.set(file, { digest: digest(html), added });
  });
  tapKey[SEARCH_TAP] = tap;
  early = { index, pages, stray, unfinished: tap.unfinished };
}

/** Stops listening, and returns what the early index was given. */
function stopListening(): Early | undefined {
  delete tapKey[SEARCH_TAP];
  const taken = early;
  early = undefined;
  return taken;
}

const few = (xs: string[]) => `${xs.slice(0, 3).join(', ')}${xs.length > 3 ? ` and ${xs.length - 3} more` : ''}`;

/** Why the early index does not hold exactly the pages on disk; undefined when it does. */
export function mismatch(
  given: ReadonlyMap<string, { digest: string }>,
  stray: readonly string[],
  body: readonly BuiltPage[],
): string | undefined {
  if (!given.size) return 'no page reached it while Astro rendered';
  const onDisk = new Set(body.map((p) => p.rel));
  const missing = body.filter((p) => !given.has(p.rel)).map((p) => p.url);
  const extra = [...given.keys()].filter((f) => !onDisk.has(f));
  const changed = body.filter((p) => given.has(p.rel) && given.get(p.rel)!.digest !== digest(p.html)).map((p) => p.url);
  const why = [
    missing.length && `${missing.length} page(s) never reached it (${few(missing)})`,
    extra.length && `${extra.length} page(s) it got are not in the build (${few(extra)})`,
    changed.length && `${changed.length} page(s) changed after rendering (${few(changed)})`,
    stray.length && `${stray.length} page(s) it could not place (${few([...stray])})`,
  ].filter(Boolean);
  return why.length ? why.join('; ') : undefined;
}

/** Indexes `body` into a new index (the pages from disk). */
async function indexFromDisk(body: readonly BuiltPage[]): Promise<{ index: Index; added: { errors: string[] }[] }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // All at once: Pagefind's process answers each message by its id, and one round trip per page in turn is slow.
  const added = await Promise.all(body.map((page) => index.addHTMLFile({ sourcePath: page.rel, content: page.html })));
  return { index, added };
}

export const searchIndexStep: PostBuildStep = {
  name: 'search-index',
  needs: ['pages'],
  makes: ['pagefind/'],
  run: async ({ site, logger }) => {
    const body = site.pages.filter((p) => !p.admin && searchable(p.html));
    const given = stopListening();
    try {
      let index: Index;
      let added: { errors: string[] }[];
      const why = !given
        ? 'it did not start'
        : given.unfinished()
          ? `${given.unfinished()} render(s) had not finished`
          : mismatch(given.pages, given.stray, body);
      if (given && !why) {
        index = given.index;
        // In the order of `body`, as from disk: every page of it was given (mismatch() checked).
        added = await Promise.all(body.map((p) => given.pages.get(p.rel)!.added));
      } else {
        logger.warn(`The search index started during rendering is not used (${why}): indexing the built pages instead.`);
        await given?.index.deleteIndex();
        ({ index, added } = await indexFromDisk(body));
      }
      const failed = added.flatMap((a, i) => (a.errors.length ? [`${body[i]!.url}: ${a.errors.join('; ')}`] : []));
      if (failed.length) throw new Error(`Pagefind could not index ${failed.join('; ')}`);
      const written = await index.writeFiles({ outputPath: `${site.dir.replace(/\/$/, '')}/pagefind` });
      if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
      logger.info(`Pagefind indexed ${body.length} pages${why ? '' : ', given to it as Astro rendered them'}.`);
    } finally {
      await pagefind.close();
    }
  },
};
