/**
 * Build-time middleware (registered by ./post-build.ts): hands every prerendered page to the search
 * index as soon as Astro has rendered it, so Pagefind indexes it in its own process, on the other core,
 * while Astro renders the next pages, instead of all of them after the last one. Only `astro build`
 * listens (./steps/search-index.ts, through a global key): in `astro dev` this passes every response on
 * untouched. What the search index holds is still checked against the pages on disk afterwards.
 */
import { defineMiddleware } from 'astro:middleware';
import { SEARCH_TAP, type SearchTap } from './search-tap-key';

export const onRequest = defineMiddleware(async (context, next) => {
  const tap = (globalThis as { [SEARCH_TAP]?: SearchTap })[SEARCH_TAP];
  if (!tap || !context.isPrerendered) return next();
  // Taken as Astro starts the page, in the build's own order, so the index is the same build after build.
  const ticket = tap.begin();
  let html: string | undefined;
  try {
    const response = await next();
    // A copy of the body: Astro still writes the page from the response itself.
    if (response.headers.get('content-type')?.startsWith('text/html')) html = await response.clone().text();
    return response;
  } finally {
    tap.end(ticket, context.url.pathname, html);
  }
});
