/**
 * The map page, the mini-maps and places.geojson, on the fixture site (tests/fixtures/site/, the
 * `fixture` project): Pantai Lumban Uji is a beach in Balige with an approximate pin and the alias
 * Pantai Ujipasir; Bukit Tanpa Titik has no pin. The trip idea Dua Hari Uji (tests/fixtures/site/
 * itineraries/dua-hari-uji) is the map's one route: two days, four stops, from Balige.
 */
import { gzipSync } from 'node:zlib';
import type { APIRequestContext, FrameLocator, Page } from '@playwright/test';
import { test, expect as baseExpect, fixture } from './fixtures';
import Ajv2020 from 'ajv/dist/2020.js';
import type { PlaceCollection, PlaceFeature } from '../../src/lib/geojson';
import type { ItineraryCollection, ItineraryFeature } from '../../src/lib/itinerary-geojson';
import { START_POINTS } from '../../src/lib/trip/plan';
import { local } from './site-pages';
import { axeViolations } from './support/axe';
import { todayInJakarta } from '../../src/lib/events/dates';

const MAP = { id: 'peta/', en: 'en/map/' } as const;
const LANGS = ['id', 'en'] as const;
const langName = (l: 'id' | 'en') => (l === 'id' ? 'Indonesian' : 'English');

async function places(request: APIRequestContext): Promise<PlaceFeature[]> {
  const res = await request.get('data/places.geojson');
  expect(res.status()).toBe(200);
  return ((await res.json()) as PlaceCollection).features;
}

async function itineraries(request: APIRequestContext): Promise<ItineraryFeature[]> {
  const res = await request.get('data/itineraries.geojson');
  expect(res.status()).toBe(200);
  return ((await res.json()) as ItineraryCollection).features;
}

/** The places the map shows by default: all but the events held once that are over (they wait behind "Show past events"). */
const current = (features: PlaceFeature[]) => {
  const today = todayInJakarta();
  return features.filter((f) => !f.properties.lastDay || f.properties.lastDay >= today);
};

// These machines are often heavily loaded: give the map time to start and to redraw
// (these tests check what it does, not how fast: see scripts/bench-map.ts for that).
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

/**
 * Opens the map page and waits for the interactive map. A link with a map state (a view, a place, filters)
 * starts it at once; the plain page opens on its static overview, which a visitor clicks.
 */
async function openMap(page: Page, path: string) {
  await page.goto(path);
  if (!new URL(path, 'http://x/').search) await page.locator('[data-map-start]').click();
  await expect(page.locator('jt-map')).toHaveAttribute('data-ready', '', { timeout: 45_000 });
}

/** A cluster's accessible name, in either language: "Cluster of 7 places", "Kelompok 7 tempat". */
const CLUSTER = /^(?:Cluster of (\d+) places|Kelompok (\d+) tempat)$/;

/** The names of the markers on the map (places and clusters), as a screen reader announces them. */
const markerNames = (page: Page | FrameLocator) =>
  page
    .locator('.leaflet-marker-pane')
    .getByRole('button')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));

/** Places on the map, counting each cluster by the number of places its name gives. */
const markerTotal = async (page: Page) =>
  (await markerNames(page)).reduce((n, name) => {
    const m = CLUSTER.exec(name);
    return n + (m ? Number(m[1] ?? m[2]) : 1);
  }, 0);

/** Waits until the URL stops changing: a popup pans the map into view after it opens, and the URL follows. */
const settled = (page: Page) =>
  expect
    .poll(async () => {
      const before = page.url();
      await page.waitForTimeout(500);
      return page.url() === before;
    })
    .toBe(true);

const listItems = (page: Page) => page.locator('[data-list] button');
/** The list's places, without the trip ideas' routes listed among them. */
const placeItems = (page: Page) => page.locator('[data-list] button:not([data-id^="itinerary/"])');
/** Waits until the markers and the list have been redrawn after a filter change (the list is busy meanwhile). */
const redrawn = (page: Page) => expect(page.locator('[data-list]')).not.toHaveAttribute('aria-busy');
const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

/** Presses Tab until the focused element satisfies `test` (a keyboard user's way of getting somewhere). */
async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

for (const lang of LANGS) {
  test(`the map shows one marker per place of places.geojson, counting clusters by their size, in ${langName(lang)}`, async ({
    page,
    request,
  }) => {
    const features = await places(request);
    // Enough places for clusters (several share a spot in Balige).
    expect(features.length).toBeGreaterThan(10);
    await openMap(page, MAP[lang]);
    await expect.poll(() => markerTotal(page)).toBe(current(features).length);
    // Every marker is named: a cluster by its size in the page's language, a place by its name.
    const cluster = lang === 'id' ? /^Kelompok \d+ tempat$/ : /^Cluster of \d+ places$/;
    const names = new Set(features.map((f) => f.properties.names[lang]));
    for (const label of await markerNames(page)) {
      if (CLUSTER.test(label)) expect(label).toMatch(cluster);
      else expect(names.has(label.split(', ')[0]!), label).toBe(true);
    }
    await expect(page.locator('.map-canvas')).toHaveAttribute(
      'aria-label',
      lang === 'id' ? 'Peta tempat wisata Kabupaten Toba' : 'Map of places to visit in Toba Regency',
    );
  });

  test(`a tourist opens a place from the list and follows its link to the ${langName(lang)} page`, async ({ page, request }) => {
    const beach = (await places(request)).find((f) => f.id === 'destination/pantai-lumban-uji')!;
    const name = beach.properties.names[lang];
    await openMap(page, MAP[lang]);
    await listItems(page).filter({ hasText: name }).click();
    const popup = page.locator('.leaflet-popup');
    await expect(popup.locator('h2')).toHaveText(name);
    await expect(popup.locator('h2')).toBeFocused();
    await expect(popup).toContainText(lang === 'id' ? 'Pantai' : 'Beach');
    await expect(popup).toContainText(beach.properties.summary[lang]);
    await expect(popup.locator('img')).toHaveAttribute('src', new URL(beach.properties.image).pathname);
    expect(query(page).place).toBe(beach.id);
    expect(Number(query(page).zoom)).toBeGreaterThanOrEqual(15);
    await popup.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${lang === 'id' ? '/destinasi/' : '/en/destinations/'}pantai-lumban-uji/$`));
    await expect(page.locator('h1')).toHaveText(name);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  });

  test(`reloading a copied ${langName(lang)} map link restores the view, the filters and the selection`, async ({
    page,
    browser,
    request,
  }) => {
    const features = await places(request);
    const viewpoint = features.find((f) => f.properties.category === 'viewpoint')!;
    await openMap(page, MAP[lang]);
    await page.getByRole('checkbox', { name: lang === 'id' ? 'Titik pandang' : 'Viewpoint' }).check();
    await page.getByRole('checkbox', { name: lang === 'id' ? 'Acara' : 'Events', exact: true }).uncheck();
    await redrawn(page);
    await listItems(page).filter({ hasText: viewpoint.properties.names[lang] }).click();
    await expect(page.locator('.leaflet-popup h2')).toHaveText(viewpoint.properties.names[lang]);
    await settled(page);
    const copied = page.url();
    const before = query(page);
    const markers = await markerTotal(page);
    expect(before).toMatchObject({ category: 'viewpoint', type: 'destination,product,itinerary', place: viewpoint.id });

    const other = await browser.newPage();
    await other.route(/tile\.openstreetmap\.org/, (r) => r.abort('internetdisconnected'));
    await openMap(other, copied);
    await expect(other.locator('.leaflet-popup h2')).toHaveText(viewpoint.properties.names[lang]);
    await settled(other);
    expect(query(other)).toEqual(before);
    await expect(other.getByRole('checkbox', { name: lang === 'id' ? 'Titik pandang' : 'Viewpoint' })).toBeChecked();
    await expect(other.getByRole('checkbox', { name: lang === 'id' ? 'Acara' : 'Events', exact: true })).not.toBeChecked();
    await expect.poll(() => markerTotal(other)).toBe(markers);
    await other.close();
  });
}

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
    await page.route(/\/_astro\/leaflet-base\./, (r) => r.abort('internetdisconnected'));
    await page.goto(MAP.en);
    const start = page.getByRole('button', { name: 'Open the interactive map' });
    await start.click();
    await expect(page.locator('[data-status]')).toHaveText(/^The map could not load\./);
    await expect(start).toBeVisible();
    await expect(start).not.toHaveAttribute('aria-busy');
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
    await page.route(/\/data\/places\.geojson$/, (r) => r.abort('internetdisconnected'));
    await page.goto(MAP.en);
    const start = page.getByRole('button', { name: 'Open the interactive map' });
    await start.click();
    await expect(page.locator('[data-status]')).toHaveText(/^The map could not load\./);
    await expect(start).toBeVisible();
    await expect(start).not.toHaveAttribute('aria-busy');
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

test.describe('with less motion, as axe needs a still page', () => {
  // Leaflet fades a popup in; axe measuring its contrast mid-fade saw pale text. The map honours the
  // visitor's reduced-motion setting (src/client/map/leaflet-base.ts), so here the popup opens at once.
  test.use({ contextOptions: { reducedMotion: 'reduce' } });
  for (const lang of LANGS) {
    test(`axe finds no violations on the started map with a popup open, in ${langName(lang)}`, async ({ page, request }) => {
      // The walk over every URL (a11y-all.spec.ts) sees the map page as it opens, on its overview; this is the map itself.
      const beach = (await places(request)).find((f) => f.id === 'destination/pantai-lumban-uji')!;
      await openMap(page, MAP[lang]);
      await listItems(page).filter({ hasText: beach.properties.names[lang] }).click();
      await expect(page.locator('.leaflet-popup h2')).toBeFocused();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('filters reduce the markers and the list together', async ({ page, request }) => {
  const features = await places(request);
  await openMap(page, MAP.en);
  const total = await placeItems(page).count();
  expect(total).toBe(Math.min(current(features).length, 50));

  // The list is marked busy while it is redrawn, and only then.
  await page.evaluate(() => {
    const list = document.querySelector('[data-list]')!;
    const seen: (string | null)[] = ((window as unknown as { busy: (string | null)[] }).busy = []);
    new MutationObserver(() => seen.push(list.getAttribute('aria-busy'))).observe(list, { attributeFilter: ['aria-busy'] });
  });
  await page.getByRole('checkbox', { name: 'Events', exact: true }).uncheck();
  const destinations = features.filter((f) => f.properties.type === 'destination');
  await expect.poll(() => markerTotal(page)).toBe(destinations.length);
  await expect(placeItems(page)).toHaveCount(destinations.length);
  await redrawn(page);
  expect(await page.evaluate(() => (window as unknown as { busy: (string | null)[] }).busy)).toEqual(['true', null]);

  await page.getByRole('checkbox', { name: 'Beach' }).check();
  const beaches = destinations.filter((f) => f.properties.category === 'beach');
  await expect.poll(() => markerTotal(page)).toBe(beaches.length);
  await expect(listItems(page)).toHaveCount(beaches.length);
  await expect(page.locator('[data-status]')).toContainText(`${beaches.length} places in this view`);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => markerTotal(page)).toBe(current(features).length);
});

test('the text filter matches names and aliases, without accents or case', async ({ page }) => {
  await openMap(page, MAP.id);
  // "Pantai Ujipasir" is an alias of Pantai Lumban Uji.
  await page.getByLabel('Nama mengandung').fill('pantai UJIPASIR');
  await expect.poll(() => markerTotal(page)).toBe(1);
  await expect(listItems(page)).toHaveCount(1);
  await expect(listItems(page).first()).toContainText('Pantai Lumban Uji');
  expect(query(page).q).toBe('pantai UJIPASIR');
  await page.getByLabel('Nama mengandung').fill('tidak ada tempat seperti ini');
  await expect.poll(() => markerTotal(page)).toBe(0);
  await expect(page.locator('[data-status]')).toHaveText('Tidak ada tempat di tampilan ini. Perkecil peta atau ubah saringan.');
});

test('Back and Forward step through the filters and the selection', async ({ page }) => {
  await openMap(page, MAP.en);
  const beach = page.getByRole('checkbox', { name: 'Beach' });
  await beach.check();
  await expect.poll(() => query(page).category).toBe('beach');
  await redrawn(page);
  await listItems(page).first().click();
  await expect(page.locator('.leaflet-popup')).toBeVisible();
  await page.goBack();
  await expect(page.locator('.leaflet-popup')).toHaveCount(0);
  await expect(beach).toBeChecked();
  await page.goBack();
  await expect(beach).not.toBeChecked();
  await page.goForward();
  await expect(beach).toBeChecked();
  await page.goForward();
  await expect(page.locator('.leaflet-popup')).toBeVisible();
});

test('panning the map updates the list of places in view, nearest to the centre first', async ({ page, request }) => {
  const features = await places(request);
  const ajibata = features.filter((f) => f.properties.district === 'ajibata');
  expect(ajibata.length).toBeGreaterThan(0);
  const [lng, lat] = ajibata[0]!.geometry.coordinates;
  await openMap(page, `${MAP.en}?zoom=15&lat=${lat}&lng=${lng}`);
  await expect(listItems(page).first()).toContainText(ajibata[0]!.properties.names.en);
  await expect(listItems(page).first()).toContainText('0 km from the centre');
  await expect(listItems(page)).not.toHaveCount(features.length);
});

test('there are no console errors when tiles fail, and the lake outline is drawn instead', async ({ page, consoleErrors }) => {
  const tiles: string[] = [];
  page.on('requestfailed', (r) => {
    if (/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/.test(r.url())) tiles.push(r.url());
  });
  await openMap(page, MAP.en);
  await expect.poll(() => tiles.length).toBeGreaterThan(0);
  const lake = page.locator('.leaflet-outline-pane path.jt-lake');
  await expect(lake).toBeVisible();
  expect((await lake.boundingBox())!.width).toBeGreaterThan(100);
  await expect(page.locator('.jt-map-note')).toContainText('Background map unavailable; showing a simple map of Toba.');
  await expect(page.locator('.leaflet-control-attribution')).toContainText('OpenStreetMap');
  expect(consoleErrors).toEqual([]);
});

test('an approximate place is drawn with a dashed circle and its popup says so', async ({ page, request }) => {
  const approx = (await places(request)).find((f) => f.properties.precision === 'approximate' && f.properties.type === 'destination')!;
  await openMap(page, `${MAP.en}?place=${approx.id}`);
  await expect(page.locator('.leaflet-popup h2')).toHaveText(approx.properties.names.en);
  await expect(page.locator('.leaflet-popup')).toContainText('Approximate location');
  await expect(page.locator('.leaflet-overlay-pane path.jt-approx')).toHaveCount(1);
  // Its marker is named as approximate, in the page's language.
  await expect(
    page
      .locator('.leaflet-marker-pane')
      .getByRole('button', { name: `${approx.properties.names.en}, ` })
      .first(),
  ).toHaveAccessibleName(/, approximate location$/);
  // Opened from the URL, the popup does not take focus; its close button is named in the page's language.
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.locator('.leaflet-popup')).toHaveCount(0);
  await expect(page.locator('.leaflet-overlay-pane path.jt-approx')).toHaveCount(0);
  expect(query(page).place).toBeUndefined();
});

test('the map can be operated by keyboard alone', async ({ page }) => {
  await openMap(page, MAP.en);
  await page.getByLabel('Name contains').focus();
  await tabTo(page, '.map-canvas');
  const zoom = Number(query(page).zoom);
  await page.keyboard.press('+');
  await expect.poll(() => Number(query(page).zoom)).toBe(zoom + 1);
  // Tab through clusters (Enter zooms into them) until a single place has focus.
  for (let i = 0; i < 10; i++) {
    await tabTo(page, '.leaflet-marker-pane [role=button]');
    const name = await page.evaluate(() => document.activeElement!.getAttribute('aria-label') ?? '');
    if (!CLUSTER.test(name)) break;
    const before = Number(query(page).zoom);
    await page.keyboard.press('Enter');
    await expect.poll(() => Number(query(page).zoom)).toBeGreaterThan(before);
    await expect(page.locator('.map-canvas')).toBeFocused();
  }
  const label = await page.evaluate(() => document.activeElement!.getAttribute('aria-label')!);
  await page.keyboard.press('Enter');
  const popup = page.locator('.leaflet-popup');
  await expect(popup.locator('h2')).toBeFocused();
  await expect(popup.locator('h2')).toHaveText(label.split(', ')[0]!);
  await page.keyboard.press('Tab');
  await expect(popup.getByRole('link', { name: /Open page/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement!.getAttribute('aria-label'))).toBe(label);
});

test('a keyboard user skips the map straight to the list of places', async ({ page }) => {
  await openMap(page, MAP.id);
  await page.getByLabel('Nama mengandung').focus();
  await tabTo(page, '.map-skip');
  await expect(page.locator('.map-skip')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#map-results')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(listItems(page).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.leaflet-popup h2')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.leaflet-popup')).toHaveCount(0);
});

test.describe('near me', () => {
  test('when the visitor refuses their location, the map says so politely', async ({ page, context }) => {
    await context.clearPermissions();
    await openMap(page, MAP.en);
    await page.getByRole('button', { name: 'Near me' }).click();
    await expect(page.locator('[data-geo-status]')).toHaveText(/^Sorry, we could not use your location because permission was not given/);
  });

  test.describe('with a location in Balige', () => {
    test.use({ geolocation: { latitude: 2.3485, longitude: 99.074 }, permissions: ['geolocation'] });
    test('the map moves to the visitor and lists the nearest places first', async ({ page }) => {
      await openMap(page, MAP.id);
      await page.getByRole('button', { name: 'Di dekat saya' }).click();
      await expect(page.locator('[data-geo-status]')).toHaveText('Peta menampilkan tempat di sekitar Anda.');
      await expect.poll(() => Number(query(page).zoom)).toBeGreaterThanOrEqual(13);
      expect(Number(query(page).lat)).toBeCloseTo(2.3485, 3);
      await expect(listItems(page).first()).toContainText('Pantai Lumban Uji');
    });
  });
});

test('a destination page shows a mini-map and ships no JavaScript of its own', async ({ page }) => {
  let scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' && r.frame() === page.mainFrame()) scripts.push(r.url());
  });
  // What every content page loads (the header's search box, the offline app): the mini-map must add nothing to it.
  await page.goto('en/about/');
  const sitewide = [...scripts].sort();
  scripts = [];
  await page.goto('en/destinations/pantai-lumban-uji/');
  const frame = page.locator('.minimap iframe');
  await expect(frame).toHaveAttribute('loading', 'lazy');
  await expect(frame).toHaveAttribute('title', 'Map of Lumban Uji Beach');
  await frame.scrollIntoViewIfNeeded();
  const mini = page.frameLocator('.minimap iframe');
  // A static marker: an image named after the place, not a button.
  await expect(mini.getByRole('img', { name: 'Lumban Uji Beach, Beach, approximate location', exact: true })).toBeVisible();
  expect(await markerNames(mini)).toEqual([]);
  await expect(mini.locator('path.jt-lake')).toHaveCount(1);
  expect(scripts.sort()).toEqual(sitewide);
  await page.getByRole('link', { name: 'Open in the big map' }).click();
  await expect(page.locator('jt-map')).toHaveAttribute('data-ready', '', { timeout: 45_000 });
  await expect(page.locator('.leaflet-popup h2')).toHaveText('Lumban Uji Beach');
});

test('an event held at a destination shows its venue on a mini-map', async ({ page, request }) => {
  const event = (await places(request)).find((f) => f.properties.type === 'event')!;
  await page.goto(local(event.properties.urls.id));
  await expect(page.locator('.minimap iframe')).toHaveAttribute(
    'data-src',
    new RegExp(`lat=${event.geometry.coordinates[1]}&lng=${event.geometry.coordinates[0]}`),
  );
  await expect(page.locator('.minimap a')).toHaveAttribute('href', new RegExp(`/peta/\\?place=${event.id}$`));
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

test.describe('the trip ideas layer', () => {
  const ROUTE = 'itinerary/dua-hari-uji';
  const TRIPS = { id: 'Ide perjalanan', en: 'Trip ideas' } as const;
  const SIZE = { id: '2 hari · 4 perhentian', en: '2 days · 4 stops' } as const;
  const routeLines = (page: Page) => page.locator('.leaflet-overlay-pane path.jt-route');

  for (const lang of LANGS) {
    test(`a tourist turns the trip ideas on and off, opens one from the list and follows its link, in ${langName(lang)}`, async ({
      page,
      request,
    }) => {
      const trip = (await itineraries(request)).find((f) => f.id === ROUTE)!;
      const name = trip.properties.names[lang];
      await openMap(page, MAP[lang]);
      // On by default: its line is drawn, and the list gives it a button and a link to its page.
      await expect(routeLines(page)).toHaveCount(1);
      const box = page.getByRole('checkbox', { name: TRIPS[lang] });
      await expect(box).toBeChecked();
      const item = listItems(page).filter({ hasText: name });
      await expect(item).toContainText(SIZE[lang]);
      await expect(item).toContainText(lang === 'id' ? 'dari tengah peta' : 'from the centre');
      const link = page.locator('[data-list] a', { hasText: name });
      await expect(link).toHaveAttribute('href', new URL(trip.properties.urls[lang]).pathname);

      // The button opens its popup: title, days and stops, and a link to its page.
      await item.click();
      const popup = page.locator('.leaflet-popup');
      await expect(popup.locator('h2')).toHaveText(name);
      await expect(popup.locator('h2')).toBeFocused();
      await expect(popup).toContainText(SIZE[lang]);
      await expect(popup.getByRole('link')).toHaveAttribute('href', new URL(trip.properties.urls[lang]).pathname);
      await expect.poll(() => query(page).place).toBe(ROUTE);

      // Its own box hides the line, the list entry and the open popup, and says so in the link.
      await box.uncheck();
      await redrawn(page);
      await expect(routeLines(page)).toHaveCount(0);
      await expect(popup).toHaveCount(0);
      await expect(item).toHaveCount(0);
      await expect.poll(() => query(page).type).toBe('destination,event,product');
      expect(query(page).place).toBeUndefined();
      // The places stay.
      await expect.poll(() => markerTotal(page)).toBeGreaterThan(0);
      await box.check();
      await redrawn(page);
      await expect(routeLines(page)).toHaveCount(1);
      await expect.poll(() => query(page).type).toBeUndefined();

      await link.click();
      await expect(page).toHaveURL(new RegExp(`${lang === 'id' ? '/ide-perjalanan/' : '/en/trip-ideas/'}dua-hari-uji/$`));
      await expect(page.locator('h1')).toHaveText(name);
    });
  }

  test('a link naming a trip idea reopens the map around the whole route, its popup open', async ({ page, request }) => {
    const trip = (await itineraries(request)).find((f) => f.id === ROUTE)!;
    await openMap(page, `${MAP.en}?place=${ROUTE}`);
    await expect(page.locator('.leaflet-popup h2')).toHaveText(trip.properties.names.en);
    const canvas = (await page.locator('.map-canvas').boundingBox())!;
    const line = (await routeLines(page).boundingBox())!;
    for (const [a, b] of [
      [line.x, canvas.x],
      [line.y, canvas.y],
    ] as const)
      expect(a).toBeGreaterThanOrEqual(b - 1);
    expect(line.x + line.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
    expect(line.y + line.height).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
  });

  test('the name filter finds a trip idea by its title, and a category hides the routes', async ({ page }) => {
    await openMap(page, MAP.en);
    await page.getByLabel('Name contains').fill('two test days');
    await redrawn(page);
    await expect(routeLines(page)).toHaveCount(1);
    await expect(listItems(page)).toHaveCount(1);
    await expect.poll(() => markerTotal(page)).toBe(0);
    await page.getByLabel('Name contains').fill('');
    await page.getByRole('checkbox', { name: 'Beach' }).check();
    await redrawn(page);
    await expect(routeLines(page)).toHaveCount(0);
  });

  test('itineraries.geojson validates against its published JSON Schema, each day a line through its stops', async ({ request }) => {
    const res = await request.get('data/itineraries.geojson');
    expect(res.headers()['content-type']).toContain('application/geo+json');
    const file = (await res.json()) as ItineraryCollection;
    const schema = await (await request.get('data/schema/itineraries.schema.json')).json();
    const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
    validate(file);
    expect(validate.errors ?? []).toEqual([]);
    const trip = file.features.find((f) => f.id === ROUTE)!;
    const at = new Map((await places(request)).map((f) => [f.id, f.geometry.coordinates]));
    const [day1, day2] = trip.geometry.coordinates;
    expect(trip.properties.days.map((d) => d.stops)).toEqual([
      ['destination/onan-ujian', 'destination/pantai-lumban-uji'],
      ['destination/air-terjun-situjian', 'destination/pantai-sidua'],
    ]);
    // Day 1 from the start (Balige), day 2 from where day 1 ended.
    expect(day1).toEqual([[START_POINTS.balige.lng, START_POINTS.balige.lat], ...trip.properties.days[0]!.stops.map((id) => at.get(id))]);
    expect(day2).toEqual([day1!.at(-1), ...trip.properties.days[1]!.stops.map((id) => at.get(id))]);
    for (const lang of LANGS) expect((await request.get(local(trip.properties.urls[lang]))).status()).toBe(200);
  });
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
