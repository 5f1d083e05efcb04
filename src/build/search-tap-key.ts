/**
 * Where the build's search index listens for rendered pages (./search-tap.ts hands them over). A
 * registered symbol: the middleware runs in Astro's prerender bundle, a module graph apart from the
 * integrations', so the two meet on globalThis and not through a shared module variable.
 */
export const SEARCH_TAP = Symbol.for('jelajah-toba.search-tap');

export interface SearchTap {
  /** Astro starts rendering a page or an endpoint: its place in the build's order. */
  begin(): number;
  /** It is rendered: its URL path (base path included, as requested) and, for a page, its HTML. */
  end(ticket: number, pathname: string, html: string | undefined): void;
}
