/**
 * Size budgets (gzip) on the built site, per page type. The numbers live in
 * src/config/budgets.ts; what each page weighs is attached to the report.
 * No browser: the pages and their scripts are read from dist/.
 */
import { test, expect } from '@playwright/test';
import { budgets } from '../../src/config/budgets';
import { pageWeight, siteCss, type PageWeight } from '../support/quality/dist';
import { BASE, DIST, builtPages, isCmsPage, routeUrls } from './support/built-site';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
// The map pages: the big map and the mini-map page that detail pages embed in a lazy iframe.
const MAP = routeUrls('map').flatMap((u) => [u, `${u}mini/`]);
const SEARCH = routeUrls('search');
// Pages built around a map of their own (Leaflet, loaded when the map is reached): the trip planner and each
// trip idea. They answer to the map page's budget, not a content page's.
const TRIP = routeUrls('trip');
const IDEAS = routeUrls('itineraries');
const isMapApp = (url: string) => TRIP.includes(url) || IDEAS.some((i) => url.startsWith(i) && url !== i);

/** Pages over a limit, worst first, as readable lines for the failure message. */
function over(weights: PageWeight[], pick: (w: PageWeight) => number, limit: number): string[] {
  return weights
    .filter((w) => pick(w) > limit)
    .sort((a, b) => pick(b) - pick(a))
    .map((w) => `${w.url}: ${kb(pick(w))} > ${kb(limit)} (${w.jsFiles.map((f) => f.slice(DIST.length)).join(', ')})`);
}

test.describe('size budgets', () => {
  const pages = builtPages().filter((p) => !isCmsPage(p.url));
  // The search page counts only what loads before a search (Pagefind comes on first use).
  const weights = pages.map((p) => pageWeight(DIST, p.file, { base: BASE, lazy: !SEARCH.includes(p.url) }));
  const content = weights.filter((w) => !MAP.includes(w.url) && !SEARCH.includes(w.url) && !isMapApp(w.url));

  test('every content page ships at most 15 KB of JavaScript', async () => {
    const info = test.info();
    // Any corpus has content pages (the home page, the practical pages); how many is the office's business.
    expect(content.length).toBeGreaterThan(0);
    const worst = Math.max(...content.map((w) => w.jsGzip));
    info.annotations.push({ type: 'largest content page JS (gzip)', description: kb(worst) });
    expect(over(content, (w) => w.jsGzip, budgets.contentPageJs)).toEqual([]);
  });

  test('the trip planner and the trip ideas ship at most 80 KB of JavaScript, map library included', async () => {
    const apps = weights.filter((w) => isMapApp(w.url));
    expect(apps.map((w) => w.url)).toEqual(expect.arrayContaining(TRIP));
    test.info().annotations.push({ type: 'map apps JS (gzip)', description: apps.map((w) => `${w.url} ${kb(w.jsGzip)}`).join(', ') });
    expect(over(apps, (w) => w.jsGzip, budgets.mapPageJs)).toEqual([]);
  });

  test('the map page ships at most 80 KB of JavaScript, map library included', async () => {
    const info = test.info();
    const map = weights.filter((w) => MAP.includes(w.url));
    expect(map.map((w) => w.url).sort()).toEqual([...MAP].sort());
    info.annotations.push({ type: 'map page JS (gzip)', description: map.map((w) => `${w.url} ${kb(w.jsGzip)}`).join(', ') });
    expect(over(map, (w) => w.jsGzip, budgets.mapPageJs)).toEqual([]);
  });

  test('the search page ships at most 20 KB of JavaScript before a search is run', async () => {
    const info = test.info();
    const search = weights.filter((w) => SEARCH.includes(w.url));
    expect(search.map((w) => w.url).sort()).toEqual([...SEARCH].sort());
    // The page must load its search script; an empty list would pass any budget.
    for (const w of search) expect(w.jsFiles.length, `${w.url} loads no script`).toBeGreaterThan(0);
    info.annotations.push({ type: 'search page JS (gzip)', description: search.map((w) => `${w.url} ${kb(w.jsGzip)}`).join(', ') });
    expect(over(search, (w) => w.jsGzip, budgets.searchPageJs)).toEqual([]);
  });

  test('every page is at most 60 KB of HTML', async () => {
    const info = test.info();
    const worst = [...weights].sort((a, b) => b.htmlGzip - a.htmlGzip)[0]!;
    info.annotations.push({ type: 'largest HTML (gzip)', description: `${worst.url} ${kb(worst.htmlGzip)}` });
    expect(over(weights, (w) => w.htmlGzip, budgets.pageHtml)).toEqual([]);
  });

  test('the whole site ships at most 30 KB of CSS', async () => {
    const info = test.info();
    const css = siteCss(DIST);
    expect(css.total).toBeGreaterThan(0);
    info.annotations.push({ type: 'site CSS (gzip)', description: kb(css.total) });
    expect(css.total, css.files.map((f) => `${f.file.slice(DIST.length)} ${kb(f.gzip)}`).join(', ')).toBeLessThanOrEqual(budgets.siteCss);
  });
});
