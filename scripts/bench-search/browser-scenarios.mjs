// The browser scenarios of the search benchmark (scripts/bench-search.mjs), in
// headless Chromium with an empty cache: the JavaScript a page loads before
// search is used, and everything a first query fetches, by kind.
/* global document -- page.waitForFunction() callbacks run in the browser. */
import { chromium } from '@playwright/test';
import { findChromium } from '../find-browser.mjs';

/** What a request is, for the tables. */
function kind(p) {
  if (/^\/pagefind\/pagefind(-worker)?\.js$/.test(p)) return 'Pagefind library (and worker, when used)';
  if (/\/wasm\.[\w-]+\.pagefind$/.test(p)) return 'Pagefind wasm';
  if (/\.pf_(meta|index|filter)$|pagefind-entry\.json$/.test(p)) return 'index, filters';
  if (/\.pf_fragment$/.test(p)) return 'result fragments';
  if (/\/data\/search-vocabulary/.test(p)) return '"did you mean" vocabulary';
  if (/\.(svg|png|webp|avif|jpe?g)$/.test(p)) return 'thumbnails';
  if (/\.js$/.test(p)) return 'our search code';
  return 'other';
}

const sum = (rows) => rows.reduce((n, r) => n + r.bytes, 0);

async function withPage(fn) {
  const browser = await chromium.launch({ executablePath: findChromium().path, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    // The offline app's service worker precaches the trip planner, the places and its own app shell on a first
    // visit (docs/offline.md): bytes that are not search's. Blocked, as the e2e tests block it, so the tables
    // count what a page and its search fetch.
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    // Map tiles are never part of search; the machines running this may be offline.
    await page.route(/tile\.openstreetmap\.org/, (r) => r.abort());
    return await fn(page);
  } finally {
    await browser.close();
  }
}

/** JavaScript a page loads before its search is used. */
export async function pageJs(origin, log, pathname) {
  return withPage(async (page) => {
    log.length = 0;
    await page.goto(origin + pathname, { waitUntil: 'networkidle' });
    return sum(log.filter((r) => r.path.endsWith('.js')));
  });
}

/** Everything the first query fetches, by kind: typed on the search page, or in the header box of the home page. */
export async function firstQuery(origin, log, query, header = false) {
  return withPage(async (page) => {
    await page.goto(`${origin}${header ? '/' : '/cari/'}`, { waitUntil: 'networkidle' });
    log.length = 0;
    await page.locator(header ? '#site-search' : '#search-q').fill(query);
    if (header) await page.locator('[data-quick] li').first().waitFor({ timeout: 120_000 });
    else await searchPageDone(page);
    await page.waitForLoadState('networkidle');
    const byKind = new Map();
    for (const r of log) byKind.set(kind(r.path), (byKind.get(kind(r.path)) ?? 0) + r.bytes);
    const results = header
      ? `${await page.locator('[data-quick] li').count()} quick results`
      : await page.locator('[data-status]').innerText();
    return {
      query: header ? `${query}, header box` : query,
      byKind,
      total: sum(log.filter((r) => kind(r.path) !== 'thumbnails')),
      results,
    };
  });
}

async function searchPageDone(page) {
  // Done when the list is no longer busy and the status line reports the count (or no results).
  await page.waitForFunction(
    () => {
      const status = document.querySelector('[data-status]')?.textContent ?? '';
      const { loading } = JSON.parse(document.querySelector('jt-search')?.getAttribute('data-strings') ?? '{}');
      return status && status !== loading && !document.querySelector('[data-results]')?.hasAttribute('aria-busy');
    },
    null,
    { timeout: 120_000 },
  );
}
