/**
 * The offline app (src/lib/pwa/, src/client/sw/sw.ts), with a real service worker
 * and `context.setOffline(true)`. Each test serves its own copy of dist/
 * (support/serve-copy.ts): the "new deploy" test changes files in it, and no
 * test shares a worker or caches with another (each has a fresh context).
 */
import { readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, content } from './fixtures';
import { serveCopy, type SiteCopy } from './support/serve-copy';
import { CACHES } from '../../src/lib/pwa/caches';

// Every other spec blocks service workers (fixtures.ts): here they are the subject.
test.use({ serviceWorkers: 'allow' });

let site: SiteCopy;
test.beforeEach(async () => {
  site = await serveCopy();
});
test.afterEach(async () => {
  await site.close();
});

const at = (p: string) => new URL(p, site.url).href;
const destination = content.destinations[0]!;

/** Opens a page and waits until the service worker controls it (the first visit installs it). */
async function controlled(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
}

const LANGS = [
  {
    lang: 'id',
    home: '',
    dest: `destinasi/${destination.slug}/`,
    events: 'acara/',
    unvisited: 'produk/',
    offline: 'Anda sedang luring',
    saved: 'tersimpan/',
  },
  {
    lang: 'en',
    home: 'en/',
    dest: `en/destinations/${destination.slug}/`,
    events: 'en/events/',
    unvisited: 'en/products/',
    offline: 'You are offline',
    saved: 'en/saved/',
  },
] as const;

for (const L of LANGS) {
  test(`[${L.lang}] visited pages open offline; an unvisited page shows the offline page listing them`, async ({ page, context }) => {
    await controlled(page, at(L.home));
    const visited = [L.home, L.dest, L.events];
    const titles: string[] = [];
    for (const p of visited) {
      await page.goto(at(p));
      titles.push(await page.locator('h1').first().innerText());
    }
    await context.setOffline(true);
    for (const [i, p] of visited.entries()) {
      await page.goto(at(p));
      await expect(page.locator('h1').first(), p).toHaveText(titles[i]!);
    }
    await page.goto(at(L.unvisited));
    await expect(page.locator('h1')).toHaveText(L.offline);
    // The offline page lists what this device holds, by title, linking to it.
    const list = page.locator('jt-offline-list li a');
    await expect(list.filter({ hasText: titles[1]! })).toHaveAttribute('href', new URL(at(L.dest)).pathname);
    await list.filter({ hasText: titles[1]! }).click();
    await expect(page.locator('h1').first()).toHaveText(titles[1]!);
  });

  test(`[${L.lang}] "Save for offline" keeps a page and its cover; the Saved page lists it and removes it`, async ({ page, context }) => {
    await controlled(page, at(L.dest));
    const title = await page.locator('h1').innerText();
    const save = page.locator('jt-save-offline button');
    await expect(save).toHaveAttribute('aria-pressed', 'false');
    await save.click();
    await expect(save).toHaveAttribute('aria-pressed', 'true');
    // Only the saved copy is left: what the worker kept of the visit itself is deleted.
    await page.evaluate(
      async (names) => {
        await Promise.all(names.map((n) => caches.delete(n)));
      },
      [CACHES.pages, CACHES.images],
    );
    await context.setOffline(true);
    await page.goto(at(L.dest));
    await expect(page.locator('h1')).toHaveText(title);
    const cover = page.locator('article img').first();
    await expect(cover).toBeVisible();
    expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    await page.goto(at(L.saved));
    const item = page.locator('jt-offline-list li').filter({ hasText: title });
    await expect(item.locator('a')).toHaveAttribute('href', new URL(at(L.dest)).pathname);
    await item.getByRole('button').click();
    await expect(item).toHaveCount(0);
    await expect(page.locator('[data-status]')).toContainText(title);
    expect(await page.evaluate(async (n) => (await (await caches.open(n)).keys()).length, CACHES.saved)).toBe(0);
  });
}

test('the map offline shows its markers on the lake outline', async ({ page, context }) => {
  // The map page opens on its static overview; the visitor starts the map (src/client/map/element.ts).
  const start = async () => {
    await expect(page.locator('[data-map-start] img')).toHaveJSProperty('complete', true);
    expect(await page.locator('[data-map-start] img').evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
    await page.locator('[data-map-start]').click();
  };
  await controlled(page, at('peta/'));
  await page.reload();
  await start();
  await expect(page.locator('.jt-pin').first()).toBeVisible();
  // Online, the markers and clusters of the first view: offline, the map must show as many, whatever content/ holds.
  const markers = page.locator('.jt-pin, .jt-cluster');
  await expect(page.locator('jt-map')).toHaveAttribute('data-ready', '');
  const online = await markers.count();
  // The worker stores a response just after handing it to the page: wait until the map's code, places and
  // basemap are stored, as a visitor's phone would have long done before the signal goes.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const urls = (await Promise.all((await caches.keys()).map(async (n) => (await caches.open(n)).keys()))).flat().map((r) => r.url);
        return ['/data/places.geojson', '/data/basemap/base.json', '/_astro/leaflet-base.', '/_astro/map-app.'].filter(
          (u) => !urls.some((url) => url.includes(u)),
        );
      }),
    )
    .toEqual([]);
  await context.setOffline(true);
  // Back at the page's own address: a reload of the map's address with its view would start the map at once.
  await page.goto(at('peta/'));
  await start();
  await expect(page.locator('path.jt-lake').first()).toBeAttached();
  await expect(markers.first()).toBeVisible();
  await expect(markers).toHaveCount(online);
});

// A query with results in any corpus: the name of the first destination content/ holds.
const QUERY = encodeURIComponent((content.destinations[0]!.data as { title: string }).title);

test('search works offline on what was fetched, and says so when it needs more', async ({ page, context }) => {
  const status = page.locator('[data-status]');
  await controlled(page, at('cari/'));
  await page.goto(at(`cari/?q=${QUERY}`));
  await expect(page.locator('.search-results li').first()).toBeVisible();
  const online = await page.locator('.search-results li').count();
  // A word in no page: online it fetches the index part it would be in, and finds nothing.
  await page.goto(at('cari/?q=zzqxv'));
  await expect(status).toHaveText('Tidak ada hasil untuk “zzqxv”.');
  await context.setOffline(true);
  await page.goto(at(`cari/?q=${QUERY}`));
  await expect(page.locator('.search-results li')).toHaveCount(online);
  await expect(status).not.toContainText('luring');
  // Offline, with its index part stored, "nothing found" is the true answer, not "you are offline".
  await page.goto(at('cari/?q=zzqxv'));
  await expect(status).toHaveText('Tidak ada hasil untuk “zzqxv”.');
  // Without the index parts on the device, a new query cannot run: the service worker reports the missing
  // parts and the page says why.
  await page.evaluate(async (n) => {
    const cache = await caches.open(n);
    for (const r of await cache.keys()) if (r.url.includes('/index/')) await cache.delete(r);
  }, CACHES.search);
  await page.goto(at('cari/?q=kopi'));
  await expect(status).toHaveText(/^Anda sedang luring, dan pencarian ini membutuhkan bagian indeks yang belum tersimpan/);
});

test('after a new deploy, the next online visit shows the new content, and the update banner reloads into it', async ({ page }) => {
  await controlled(page, at(`destinasi/${destination.slug}/`));
  await page.reload();
  const old = await page.locator('h1').innerText();
  // The "rebuild": the page's title changes, and so does the service worker (as it does when any file changes).
  const file = path.join(site.dir, 'destinasi', destination.slug, 'index.html');
  writeFileSync(file, readFileSync(file, 'utf8').replace(`>${old}</h1>`, `>${old} (diperbarui)</h1>`));
  appendFileSync(path.join(site.dir, 'sw.js'), '\n// next deploy\n');
  await page.reload();
  await expect(page.locator('h1')).toHaveText(`${old} (diperbarui)`);
  // The new worker waits; the banner offers to switch, and the page comes back under it.
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  const banner = page.locator('[data-update-banner]');
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await banner.getByRole('button', { name: 'Muat ulang' }).click();
  await expect(banner).toBeHidden();
  await expect(page.locator('h1')).toHaveText(`${old} (diperbarui)`);
});

test('the site is installable: manifest, icons and service worker pass Chrome’s checks', async ({ page }) => {
  for (const home of ['', 'en/']) {
    await controlled(page, at(home));
    const cdp = await page.context().newCDPSession(page);
    const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: { message: string }[] };
    expect(errors).toEqual([]);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    // Playwright's contexts are like incognito windows, which Chrome never offers to install from; everything else must pass.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    const manifest = await (await page.request.get(at(`${home}manifest.webmanifest`))).json();
    expect(manifest.start_url).toBe(new URL(at(home)).pathname);
    for (const icon of manifest.icons as { src: string }[])
      expect((await page.request.get(new URL(icon.src, site.url).href)).ok()).toBe(true);
  }
});
