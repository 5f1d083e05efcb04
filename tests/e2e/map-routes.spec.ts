/**
 * The trip ideas' layer on the map, on the fixture site (tests/fixtures/site/, the `fixture` project): the trip
 * idea Dua Hari Uji (tests/fixtures/site/itineraries/dua-hari-uji) is the map's one route, two days and four
 * stops from Balige. Its line, list entry, popup and page link; a link naming it; the name filter; and
 * itineraries.geojson against its schema.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import type { Page } from '@playwright/test';
import { test } from './fixtures';
import type { ItineraryCollection } from '../../src/lib/itinerary-geojson';
import { START_POINTS } from '../../src/lib/trip/plan';
import { local } from './site-pages';
import { LANGS, MAP, expect, itineraries, langName, listItems, markerTotal, openMap, places, query, redrawn } from './support/map';

// The map starts slowly on a busy machine (support/map.ts).
test.describe.configure({ timeout: 90_000 });

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
