/**
 * The service worker's tile cache (src/client/sw/tile-budget.ts, src/lib/pwa/byte-budget.ts): tiles are
 * fetched in CORS mode and kept as readable responses, never opaque ones, and the cache stays within its
 * budget in bytes (TILE_CACHE_MAX_BYTES), as `navigator.storage.estimate()` measures it. Opaque tiles once
 * counted as about 500 MB after 72 of them.
 *
 * The tiles are fake: a Playwright route answers the tile server's URLs with 300 KB bodies and CORS headers
 * (these machines have no internet, and the real server must never be asked for tiles in bulk).
 */
import type { Page } from '@playwright/test';
import { test, expect, TILE_PATTERN } from './fixtures';
import { serveCopy, type SiteCopy } from './support/serve-copy';
import { CACHES, TILE_CACHE_MAX_BYTES, TILE_STORAGE_BOUND } from '../../src/lib/pwa/caches';
import { BYTES_HEADER } from '../../src/lib/pwa/byte-budget';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 180_000 });

const TILE_BYTES = 300 * 1024;
/** Enough tiles to pass the budget by a third. */
const TILES = Math.ceil((TILE_CACHE_MAX_BYTES * 4) / 3 / TILE_BYTES);
const MB = 1024 * 1024;

let site: SiteCopy;
test.beforeEach(async () => {
  site = await serveCopy();
});
test.afterEach(async () => {
  await site.close();
});

async function controlled(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
}

/** What the tile cache holds: its entries' response types and recorded sizes. */
const tileCache = (page: Page) =>
  page.evaluate(
    async ({ name, header }) => {
      const cache = await caches.open(name);
      // The worker may trim an entry between keys() and match(): a key without a response is gone.
      const entries = await Promise.all(
        (await cache.keys()).map(async (k) => {
          const r = await cache.match(k);
          return r ? [{ url: k.url, type: r.type, bytes: Number(r.headers.get(header)) }] : [];
        }),
      );
      return entries.flat();
    },
    { name: CACHES.tiles, header: BYTES_HEADER },
  );

test('tiles are cached in CORS mode, and the tile cache stays under its byte bound as storage.estimate() measures it', async ({
  page,
  context,
}) => {
  const body = Buffer.alloc(TILE_BYTES, 7);
  const served: string[] = [];
  // Registered after the fixtures' blocking route, so it answers first.
  await context.route(TILE_PATTERN, (route) => {
    served.push(route.request().url());
    return route.fulfill({
      status: 200,
      body,
      headers: { 'content-type': 'image/png', 'access-control-allow-origin': '*', 'cache-control': 'max-age=604800' },
    });
  });
  await controlled(page, new URL('peta/', site.url).href);

  // The map asks for its tiles in CORS mode (crossorigin on every tile <img>).
  await page.locator('[data-map-start]').click();
  await expect(page.locator('jt-map')).toHaveAttribute('data-ready', '', { timeout: 60_000 });
  const tile = page.locator('img.leaflet-tile').first();
  await expect(tile).toHaveAttribute('crossorigin', '');

  const before = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  // Fill the cache well past its budget, a few tiles at a time, as a visitor panning the map would: as images,
  // the way Leaflet asks for them (the page's CSP allows the tile server in img-src only). The fake bodies are
  // no PNG, so each image fails to decode, after the worker has stored its response.
  const load = (urls: string[], cors: boolean) =>
    page.evaluate(
      ({ urls, cors }) =>
        Promise.all(
          urls.map(
            (src) =>
              new Promise<void>((done) => {
                const img = new Image();
                if (cors) img.crossOrigin = 'anonymous';
                img.onload = img.onerror = () => done();
                img.src = src;
              }),
          ),
        ),
      { urls, cors },
    );
  const url = (i: number) => `https://tile.openstreetmap.org/14/${13000 + i}/8100.png`;
  for (let i = 0; i < TILES; i += 6)
    await load(
      Array.from({ length: Math.min(6, TILES - i) }, (_, j) => url(i + j)),
      true,
    );
  // An opaque tile (fetched without CORS) is never kept: it would count as megabytes of quota.
  await load(['https://tile.openstreetmap.org/14/1/1.png'], false);

  // The worker trims after each store: wait until the cache has settled under the budget.
  await expect
    .poll(async () => (await tileCache(page)).reduce((sum, e) => sum + e.bytes, 0), { timeout: 60_000 })
    .toBeLessThanOrEqual(TILE_CACHE_MAX_BYTES);
  const entries = await tileCache(page);
  expect(served.length).toBeGreaterThanOrEqual(TILES);
  expect(entries.length).toBeGreaterThan(0);
  expect(entries.length).toBeLessThan(TILES);
  // Readable copies (rebuilt with their size header, so of type "default"), never opaque ones.
  expect(entries.filter((e) => e.type === 'opaque')).toEqual([]);
  expect(entries.every((e) => e.bytes > 0)).toBe(true);
  expect(entries.map((e) => e.url)).not.toContain('https://tile.openstreetmap.org/14/1/1.png');
  // The newest tile stays; the oldest went first.
  expect(entries.map((e) => e.url)).toContain(url(TILES - 1));
  expect(entries.map((e) => e.url)).not.toContain(url(0));

  // The browser updates its usage figure after the worker's deletions have been written: read it until it
  // settles under the bound (a cache that kept too much never does).
  const usage = () => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await expect.poll(async () => (await usage()) - before, { timeout: 15_000 }).toBeLessThanOrEqual(TILE_STORAGE_BOUND);
  const after = await usage();
  const kept = entries.reduce((sum, e) => sum + e.bytes, 0);
  test.info().annotations.push({
    type: 'storage.estimate() usage',
    description: `before ${(before / MB).toFixed(1)} MB, after ${TILES} tiles of ${TILE_BYTES / 1024} KB: ${(after / MB).toFixed(1)} MB; tile cache ${entries.length} tiles, ${(kept / MB).toFixed(1)} MB of bodies`,
  });
  // What the tiles added to the storage the browser counts stays within the bound, where opaque tiles
  // counted megabytes each.
  expect(after - before).toBeLessThanOrEqual(TILE_STORAGE_BOUND);
});
