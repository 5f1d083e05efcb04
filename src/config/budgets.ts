/**
 * Size budgets, in gzipped bytes, checked on every build by
 * tests/e2e/budgets.spec.ts. They exist for a visitor on a phone in the hills
 * around the lake on a weak 3G signal: at ~50 KB/s, every 10 KB is another
 * fifth of a second before the page works. Change a number only with a reason
 * in the commit message; docs/benchmarks.md records what the site weighs now.
 */
const KB = 1024;

export const budgets = {
  /** JS a content page (anything but the map and search pages) may load, lazy imports included. */
  contentPageJs: 15 * KB,
  /** JS of the map page, the trip planner and a trip idea, map library and lazy chunks included (Leaflet alone is ~40 KB). */
  mapPageJs: 80 * KB,
  /** JS of the search page before a search is run (Pagefind loads on first use and is not counted). */
  searchPageJs: 20 * KB,
  /** HTML of any single page. */
  pageHtml: 60 * KB,
  /** All CSS the site ships, every stylesheet and distinct inline <style> added up. */
  siteCss: 30 * KB,
} as const;
