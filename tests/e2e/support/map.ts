/**
 * What the map specs share (map*.spec.ts, on the fixture site): the map page's paths, places.geojson, opening
 * the interactive map, and reading its markers, list and URL state as a visitor's browser shows them.
 */
import type { APIRequestContext, FrameLocator, Page } from '@playwright/test';
import { expect as baseExpect } from '../fixtures';
import type { PlaceCollection, PlaceFeature } from '../../../src/lib/geojson';
import type { ItineraryCollection, ItineraryFeature } from '../../../src/lib/itinerary-geojson';
import { todayInJakarta } from '../../../src/lib/events/dates';

export const MAP = { id: 'peta/', en: 'en/map/' } as const;
export const LANGS = ['id', 'en'] as const;
export const langName = (l: 'id' | 'en') => (l === 'id' ? 'Indonesian' : 'English');

// These machines are often heavily loaded: give the map time to start and to redraw
// (these tests check what it does, not how fast: see scripts/bench-map.ts for that).
// Each spec also sets `test.describe.configure({ timeout: 90_000 })`.
export const expect = baseExpect.configure({ timeout: 15_000 });

export async function places(request: APIRequestContext): Promise<PlaceFeature[]> {
  const res = await request.get('data/places.geojson');
  expect(res.status()).toBe(200);
  return ((await res.json()) as PlaceCollection).features;
}

export async function itineraries(request: APIRequestContext): Promise<ItineraryFeature[]> {
  const res = await request.get('data/itineraries.geojson');
  expect(res.status()).toBe(200);
  return ((await res.json()) as ItineraryCollection).features;
}

/** The places the map shows by default: all but the events held once that are over (they wait behind "Show past events"). */
export const current = (features: PlaceFeature[]) => {
  const today = todayInJakarta();
  return features.filter((f) => !f.properties.lastDay || f.properties.lastDay >= today);
};

/**
 * Opens the map page and waits for the interactive map. A link with a map state (a view, a place, filters)
 * starts it at once; the plain page opens on its static overview, which a visitor clicks.
 */
export async function openMap(page: Page, path: string) {
  await page.goto(path);
  if (!new URL(path, 'http://x/').search) await page.locator('[data-map-start]').click();
  await expect(page.locator('jt-map')).toHaveAttribute('data-ready', '', { timeout: 45_000 });
}

/** A cluster's accessible name, in either language: "Cluster of 7 places", "Kelompok 7 tempat". */
export const CLUSTER = /^(?:Cluster of (\d+) places|Kelompok (\d+) tempat)$/;

/** The names of the markers on the map (places and clusters), as a screen reader announces them. */
export const markerNames = (page: Page | FrameLocator) =>
  page
    .locator('.leaflet-marker-pane')
    .getByRole('button')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));

/** Places on the map, counting each cluster by the number of places its name gives. */
export const markerTotal = async (page: Page) =>
  (await markerNames(page)).reduce((n, name) => {
    const m = CLUSTER.exec(name);
    return n + (m ? Number(m[1] ?? m[2]) : 1);
  }, 0);

/** Waits until the URL stops changing: a popup pans the map into view after it opens, and the URL follows. */
export const settled = (page: Page) =>
  expect
    .poll(async () => {
      const before = page.url();
      await page.waitForTimeout(500);
      return page.url() === before;
    })
    .toBe(true);

export const listItems = (page: Page) => page.locator('[data-list] button');
/** The list's places, without the trip ideas' routes listed among them. */
export const placeItems = (page: Page) => page.locator('[data-list] button:not([data-id^="itinerary/"])');
/** Waits until the markers and the list have been redrawn after a filter change (the list is busy meanwhile). */
export const redrawn = (page: Page) => expect(page.locator('[data-list]')).not.toHaveAttribute('aria-busy');
export const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

/** Presses Tab until the focused element satisfies `test` (a keyboard user's way of getting somewhere). */
export async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
