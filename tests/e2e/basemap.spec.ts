/**
 * The basemap that needs no tile server (src/client/map/basemap.ts), on the fixture site with every tile
 * blocked (tests/e2e/fixtures.ts), on phones: 390 × 844 and 320 px wide. Rules that hold for any content:
 * the names are the official ones (src/content/districts.ts and /data/basemap/), never content's.
 */
import type { Page } from '@playwright/test';
import { test, expect as baseExpect } from './fixtures';
import { DISTRICTS } from '../../src/content/districts';
import type { Basemap } from '../../src/lib/map/basemap';

test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 20_000 });
const KECAMATAN = DISTRICTS.map((d) => d.name);

interface Shown {
  kind: string;
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The names the map shows (not hidden), with their boxes on screen. */
const shownLabels = (page: Page) =>
  page.locator('.leaflet-basemapLabels-pane .jt-bm:not([hidden])').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      const kind = [...e.classList].find((c) => c.startsWith('jt-bm--'))!.slice('jt-bm--'.length);
      return { kind, text: e.textContent ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );

/** The markers and clusters on screen. */
const markerBoxes = (page: Page) =>
  page.locator('.leaflet-marker-pane .leaflet-marker-icon').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { kind: 'marker', text: e.getAttribute('aria-label') ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );

/** Names that cover a marker, as "name / marker" (none expected: a name gives way to a place). */
async function namesOverMarkers(page: Page): Promise<string[]> {
  const markers = await markerBoxes(page);
  return (await shownLabels(page)).flatMap((l) => markers.filter((m) => overlap(l, m)).map((m) => `${l.text} / ${m.text}`));
}

const overlap = (a: Shown, b: Shown) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Opens the map at a view; `q`: a text filter. */
async function openAt(page: Page, zoom: number, lat: number, lng: number, q?: string) {
  await page.goto(`en/map/?zoom=${zoom}&lat=${lat}&lng=${lng}${q ? `&q=${q}` : ''}`);
  await expect(page.locator('jt-map')).toHaveAttribute('data-ready', '', { timeout: 45_000 });
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
]) {
  test.describe(`on a ${viewport.width} px phone`, () => {
    test.use({ viewport, hasTouch: true });

    test('with tiles blocked, the map names the kecamatan, the towns and the neighbours, none over another', async ({ page }) => {
      const failedTiles: string[] = [];
      page.on('requestfailed', (r) => {
        if (/tile\.openstreetmap\.org/.test(r.url())) failedTiles.push(r.url());
      });
      // With the places on it, no name covers a marker: names give way to places.
      await openAt(page, 10, 2.42, 99.12);
      await expect.poll(() => failedTiles.length).toBeGreaterThan(0);
      await expect(page.locator('.jt-bm--district').first()).toBeAttached();
      await expect.poll(() => namesOverMarkers(page)).toEqual([]);
      // With a filter that matches no place, the map is the basemap alone, which names the kecamatan whatever the content.
      await openAt(page, 10, 2.42, 99.12, 'zzzzzz');
      await expect(page.locator('.leaflet-marker-pane .leaflet-marker-icon')).toHaveCount(0);
      await expect.poll(async () => (await shownLabels(page)).filter((l) => l.kind === 'district').length).toBeGreaterThanOrEqual(4);
      const labels = await shownLabels(page);
      for (const l of labels.filter((x) => x.kind === 'district')) expect(KECAMATAN).toContain(l.text);
      expect(labels).toContainEqual(expect.objectContaining({ kind: 'capital', text: 'Balige' }));
      // Every name whole inside the map, and none over another.
      const map = (await page.locator('.map-canvas').boundingBox())!;
      for (const l of labels) {
        expect(l.x, l.text).toBeGreaterThanOrEqual(map.x - 1);
        expect(l.x + l.w, l.text).toBeLessThanOrEqual(map.x + map.width + 1);
        expect(l.y, l.text).toBeGreaterThanOrEqual(map.y - 1);
        expect(l.y + l.h, l.text).toBeLessThanOrEqual(map.y + map.height + 1);
      }
      for (const [i, a] of labels.entries())
        for (const b of labels.slice(i + 1)) expect(overlap(a, b), `${a.text} / ${b.text}`).toBe(false);
      // Parapat is named as a town of Simalungun, never as a Toba town; the neighbours are named.
      const all = page.locator('.jt-bm');
      await expect(all.filter({ hasText: 'Parapat' })).toHaveText(['Parapat (Simalungun)']);
      await expect(all.filter({ hasText: 'Parapat' })).toHaveClass(/jt-bm--reference/);
      for (const n of ['Samosir', 'Simalungun', 'Tapanuli Utara', 'Humbang Hasundutan'])
        await expect(page.locator('.jt-bm--neighbour').filter({ hasText: `Kab. ${n}` })).toHaveCount(1);
      // The lake and the outlines are drawn beneath the tiles, the names between them and the markers.
      await expect(page.locator('.leaflet-outline-pane path.jt-lake')).toBeVisible();
      await expect(page.locator('.leaflet-outline-pane path.jt-bm-districts')).toBeVisible();
      const z = (pane: string) => page.locator(`.leaflet-${pane}-pane`).evaluate((e) => Number(getComputedStyle(e).zIndex));
      expect(await z('outline')).toBeLessThan(await z('basemapLabels'));
      expect(await z('basemapLabels')).toBeLessThan(await z('tile'));
      expect(await z('tile')).toBeLessThan(await z('marker'));
      // The names take no taps and are not read out (the page lists the places in words).
      await expect(page.locator('.leaflet-basemapLabels-pane')).toHaveAttribute('aria-hidden', 'true');
      await expect(page.locator('.leaflet-basemapLabels-pane')).toHaveCSS('pointer-events', 'none');
      await page.locator('.map-canvas').screenshot({ path: test.info().outputPath(`basemap-${viewport.width}.png`) });
    });

    test('closer in, the desa names load and show, and no name covers a marker', async ({ page }) => {
      const villages: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/data/basemap/villages.json')) villages.push(r.url());
      });
      await openAt(page, 13, 2.3335, 99.0645);
      await expect.poll(async () => (await shownLabels(page)).filter((l) => l.kind === 'village').length).toBeGreaterThan(0);
      expect(villages).toHaveLength(1);
      // Names give way to the places: none covers a marker or a cluster.
      await expect.poll(() => namesOverMarkers(page)).toEqual([]);
      await page.locator('.map-canvas').screenshot({ path: test.info().outputPath(`basemap-${viewport.width}-z13.png`) });
    });
  });
}

test('the static overview and the mini-maps draw the same basemap', async ({ page, request }) => {
  const base = (await (await request.get('data/basemap/base.json')).json()) as Basemap;
  const overview = await (await request.get('peta/ikhtisar.svg')).text();
  expect(overview).toContain(base.paths.lake);
  expect(overview).toContain(base.paths.districts);
  // Every name on the overview is one of the basemap's.
  const names = new Set(base.labels.flatMap((l) => [l.name, l.name.toUpperCase()]));
  for (const [, text] of overview.matchAll(/<text [^>]*>([^<]*)<\/text>/g)) expect(names).toContain(text);

  await page.goto('en/destinations/pantai-lumban-uji/');
  await page.locator('.minimap iframe').scrollIntoViewIfNeeded();
  const mini = page.frameLocator('.minimap iframe');
  await expect(mini.locator('.leaflet-outline-pane path.jt-bm-districts')).toHaveCount(1);
  // Which names fit a mini-map depends on the place; that it has them does not.
  await expect.poll(() => mini.locator('.jt-bm').count()).toBeGreaterThan(0);
});
