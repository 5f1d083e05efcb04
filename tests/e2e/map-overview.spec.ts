/**
 * The map page before and without the interactive map, on the fixture site: the static overview it opens on
 * (no map downloaded until asked), starting from it, trying again when the map's code or places fail to load,
 * the page's JavaScript budget, and the list of every place when JavaScript is off.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, fixture } from './fixtures';
import { LANGS, MAP, current, expect, langName, markerTotal, openMap, places, query } from './support/map';

// The map starts slowly on a busy machine (support/map.ts).
test.describe.configure({ timeout: 90_000 });

test.describe('the static overview', () => {
  /** Requests the page makes for the interactive map: Leaflet's code, the places and tiles. */
  const mapRequests = (page: Page) => {
    const seen: string[] = [];
    page.on('request', (r) => {
      const u = r.url();
      if (/leaflet|map-app|places\.geojson|tile\.openstreetmap/.test(u)) seen.push(u);
    });
    return seen;
  };

  /**
   * Opens the English map page with `blocked` failing, clicks its overview, and waits until the page says the
   * map could not load: the overview stays, ready for another click.
   */
  const failedStart = async (page: Page, blocked: RegExp) => {
    await page.route(blocked, (r) => r.abort('internetdisconnected'));
    await page.goto(MAP.en);
    const start = page.getByRole('button', { name: 'Open the interactive map' });
    await start.click();
    await expect(page.locator('[data-status]')).toHaveText(/^The map could not load\./);
    await expect(start).toBeVisible();
    await expect(start).not.toHaveAttribute('aria-busy');
    return start;
  };

  test('the map page opens on an overview of every place and downloads no map until the visitor asks', async ({ page, request }) => {
    const features = await places(request);
    const seen = mapRequests(page);
    await page.goto(MAP.en);
    const start = page.getByRole('button', { name: 'Open the interactive map' });
    await expect(start).toBeVisible();
    const img = start.locator('img');
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    await expect(page.locator('[data-status]')).toHaveText(new RegExp(`^${features.length} places are on the map\\.`));
    // The overview is drawn at build time: one mark per place (dots and squares are zero-length strokes, events diamonds).
    const svg = await request.get(new URL(await img.evaluate((i: HTMLImageElement) => i.src)).pathname.replace(/^\//, ''));
    expect(svg.headers()['content-type']).toContain('image/svg+xml');
    const body = await svg.text();
    const count = (re: RegExp) => [...body.matchAll(re)].reduce((n, m) => n + m[1]!.split('M').length - 1, 0);
    const marks = count(/<path d="([^"]+)" fill="none" stroke="(?!#fff)/g) + count(/<path d="([^"]+)" fill="#b3261e"/g);
    expect(marks).toBe(features.length);
    // Scrolling the page over the overview starts nothing: the map cannot trap the page's scrolling.
    const box = (await start.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 200);
    await page.waitForLoadState('networkidle');
    expect(seen).toEqual([]);
    await expect(page.locator('jt-map')).not.toHaveAttribute('data-ready');

    // From the keyboard: Enter on the overview starts the map, and focus moves onto it.
    await start.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('jt-map')).toHaveAttribute('data-ready', '', { timeout: 45_000 });
    await expect(page.locator('.map-canvas')).toBeFocused();
    await expect(start).toHaveCount(0);
    await expect.poll(() => markerTotal(page)).toBe(current(features).length);
    expect(seen.some((u) => u.includes('places.geojson'))).toBe(true);
  });

  test('when the map code cannot load, the overview stays, and another click reloads into the started map', async ({ page }) => {
    // Some supported browsers never import a module URL again once it failed in a page (src/lib/map/retry.ts):
    // the retry reloads the page, which starts the map at once.
    // Three page loads and a map start: on a busy machine that takes longer than one test's usual minute.
    test.slow();
    const start = await failedStart(page, /\/_astro\/leaflet-base\./);
    await page.unroute(/\/_astro\/leaflet-base\./);
    await Promise.all([page.waitForEvent('load'), start.click()]);
    await expect(page.locator('jt-map')).toHaveAttribute('data-ready', '', { timeout: 45_000 });
    await expect.poll(() => markerTotal(page)).toBeGreaterThan(0);
    // The note the reload left is used once: the next visit to the map's own address (the started map has
    // since written its view into this one) opens on the overview again.
    await page.goto(MAP.en);
    await expect(start).toBeVisible();
    await expect(page.locator('jt-map')).not.toHaveAttribute('data-ready');
  });

  test('while the network does not answer, another click keeps the page instead of reloading into an error', async ({ page }) => {
    await page.route(/\/_astro\/leaflet-base\./, (r) => r.abort('internetdisconnected'));
    await page.goto(MAP.en);
    const start = page.getByRole('button', { name: 'Open the interactive map' });
    await start.click();
    await expect(start).not.toHaveAttribute('aria-busy');
    // The page itself no longer answers either: the retry finds out first, and says so again.
    const here = new URL(page.url()).pathname;
    await page.route(
      (url) => url.pathname === here,
      (r) => r.abort('internetdisconnected'),
    );
    await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
    await start.click();
    await expect(page.locator('[data-status]')).toHaveText(/^The map could not load\./);
    await expect(start).not.toHaveAttribute('aria-busy');
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
  });

  test('when the places cannot load, another click fetches them again in the page', async ({ page }) => {
    const start = await failedStart(page, /\/data\/places\.geojson$/);
    await page.unroute(/\/data\/places\.geojson$/);
    await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
    await start.click();
    await expect(page.locator('jt-map')).toHaveAttribute('data-ready', '', { timeout: 45_000 });
    await expect.poll(() => markerTotal(page)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
  });

  test('when a map link cannot start the map, a click on the overview tries again', async ({ page }) => {
    await page.route(/\/_astro\/leaflet-base\./, (r) => r.abort('internetdisconnected'));
    await page.goto(`${MAP.en}?place=destination/pantai-lumban-uji`);
    await expect(page.locator('[data-status]')).toHaveText(/^The map could not load\./);
    await page.unroute(/\/_astro\/leaflet-base\./);
    await page.getByRole('button', { name: 'Open the interactive map' }).click();
    await expect(page.locator('jt-map')).toHaveAttribute('data-ready', '', { timeout: 45_000 });
    await expect(page.locator('.leaflet-popup h2')).toHaveText('Lumban Uji Beach');
  });

  test('a filter changed on the overview starts the map with it, and Back shows every place again', async ({ page, request }) => {
    const features = await places(request);
    const viewpoints = features.filter((f) => f.properties.category === 'viewpoint');
    expect(viewpoints.length).toBeGreaterThan(0);
    await page.goto(MAP.id);
    await page.getByRole('checkbox', { name: 'Titik pandang' }).check();
    await expect(page.locator('jt-map')).toHaveAttribute('data-ready', '', { timeout: 45_000 });
    await expect.poll(() => query(page).category).toBe('viewpoint');
    await expect.poll(() => markerTotal(page)).toBe(viewpoints.length);
    await page.goBack();
    await expect.poll(() => query(page).category).toBeUndefined();
    await expect(page.getByRole('checkbox', { name: 'Titik pandang' })).not.toBeChecked();
    await expect.poll(() => markerTotal(page)).toBe(current(features).length);
  });
});

test('the map page stays within its JavaScript budget and does not inline the places', async ({ page, request }) => {
  const scripts: Promise<Buffer>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.body());
  });
  await openMap(page, MAP.en);
  const gzipped = (await Promise.all(scripts)).reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  expect(gzipped).toBeLessThan(80 * 1024);
  const html = await (await request.get(MAP.en)).text();
  for (const f of await places(request)) expect(html).not.toContain(f.properties.summary.en);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of LANGS) {
    test(`the ${langName(lang)} map page links to every place, grouped by district`, async ({ page }) => {
      await page.goto(MAP[lang]);
      const hrefs = await page.locator('#place-list li li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const prefix = { destinations: 'destinasi', events: 'acara', products: 'produk' } as const;
      const prefixEn = { destinations: 'en/destinations', events: 'en/events', products: 'en/products' } as const;
      for (const e of fixture.entries.filter((x) => x.collection in prefix)) {
        const c = e.collection as keyof typeof prefix;
        expect(hrefs).toContain(`/${lang === 'id' ? prefix[c] : prefixEn[c]}/${e.slug}/`);
      }
      await expect(page.locator('.map-canvas')).toBeHidden();
      await expect(page.locator('[data-filters]')).toBeHidden();
    });
  }

  test('the map page lists the trip ideas too, and their box hides them', async ({ page }) => {
    await page.goto(MAP.id);
    const trip = page.locator('#place-list li[data-type="itinerary"]');
    await expect(trip.getByRole('link', { name: 'Dua Hari Uji' })).toHaveAttribute('href', '/ide-perjalanan/dua-hari-uji/');
    await page.locator('details[data-filter-panel] summary').click();
    await page.getByRole('checkbox', { name: 'Ide perjalanan' }).uncheck();
    await expect(trip).toBeHidden();
    await expect(page.locator('#place-list li[data-type="destination"]').first()).toBeVisible();
  });
});
