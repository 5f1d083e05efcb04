/**
 * The open data files as published: the JSON files validate against their
 * published JSON Schemas, the GeoJSON follows RFC 7946, the calendar follows
 * RFC 5545, and the open data page documents them all in both languages.
 *
 * A missing file is a failure, never a skip: a regression to a 404 must go red.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import type { APIRequestContext } from '@playwright/test';
import { test, expect, content } from './fixtures';
import { local, publicRoot } from './site-pages';
import { DATASET_NAMES, recordFields } from '../../src/lib/opendata/schema';
import { ROUTE_PROPERTIES } from '../../src/lib/opendata/itineraries';
import { site, inBounds } from '../../src/config/site';

const getJson = async (request: APIRequestContext, path: string) => {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  return res.json();
};

for (const name of DATASET_NAMES) {
  test(`/data/${name}.json validates against its published JSON Schema`, async ({ request }) => {
    const data = await getJson(request, `data/${name}.json`);
    const schema = await getJson(request, local(data.$schema));
    expect(schema.$id).toBe(data.$schema);
    const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
    validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(data.license).toEqual(site.dataLicense);
    expect(data.items).toHaveLength(content[name].length);
    for (const item of data.items) {
      expect(item.urls.id.startsWith(publicRoot) && item.urls.en.startsWith(`${publicRoot}en/`), item.id).toBe(true);
      expect((await request.get(local(item.urls.en))).status(), item.urls.en).toBe(200);
    }
  });
}

test('/data/places.geojson is an RFC 7946 FeatureCollection of points inside Toba', async ({ request }) => {
  const res = await request.get('data/places.geojson');
  expect(res.status(), 'data/places.geojson').toBe(200);
  const geo = await res.json();
  expect(geo.type).toBe('FeatureCollection');
  // RFC 7946 §4: coordinates are WGS 84; the old "crs" member is gone.
  expect(geo).not.toHaveProperty('crs');
  expect(Array.isArray(geo.features) && geo.features.length > 0).toBe(true);
  if (geo.bbox) expect(geo.bbox).toHaveLength(4);
  const ids = new Set<string>();
  for (const f of geo.features) {
    expect(f.type).toBe('Feature');
    expect(f.geometry.type).toBe('Point');
    const [lng, lat, ...rest] = f.geometry.coordinates as number[];
    expect(rest.length).toBeLessThanOrEqual(1);
    // Longitude first (§3.1.1): swapped pairs would land far outside the regency.
    expect(inBounds(lat!, lng!), `${f.properties?.id}: [${lng}, ${lat}]`).toBe(true);
    expect(typeof f.properties).toBe('object');
    for (const key of ['id', 'type', 'names', 'urls']) expect(f.properties, f.properties?.id).toHaveProperty(key);
    const key = `${f.properties.type}/${f.properties.id}`;
    expect(ids.has(key), key).toBe(false);
    ids.add(key);
    expect(f.properties.urls.id.startsWith(publicRoot), f.properties.urls.id).toBe(true);
  }
});

test('/data/itineraries.geojson is an RFC 7946 FeatureCollection of routes that validates against its JSON Schema', async ({ request }) => {
  const geo = await getJson(request, 'data/itineraries.geojson');
  const schema = await getJson(request, 'data/schema/itineraries.schema.json');
  const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
  validate(geo);
  expect(validate.errors ?? []).toEqual([]);
  expect(geo.license).toEqual(site.dataLicense);
  for (const f of geo.features) {
    // One line per day with stops, as many as the days that have some.
    expect(f.geometry.coordinates).toHaveLength(f.properties.days.filter((d: { stops: string[] }) => d.stops.length).length);
    expect(f.properties.urls.id.startsWith(publicRoot), f.id).toBe(true);
  }
});

test('/data/events.ics is an RFC 5545 calendar with every event and RRULEs for recurring ones', async ({ request }) => {
  const res = await request.get('data/events.ics');
  expect(res.status(), 'data/events.ics').toBe(200);
  const ics = await res.text();
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  expect(ics).toMatch(/\r\nVERSION:2\.0\r\n/);
  expect(ics).toMatch(/\r\nPRODID:/);
  // §3.1: lines end in CRLF and fold at 75 octets.
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
  const events = ics.split('BEGIN:VEVENT').slice(1);
  expect(events).toHaveLength(content.events.length);
  for (const ev of events) for (const prop of ['UID:', 'DTSTAMP:', 'DTSTART', 'SUMMARY']) expect(ev, prop).toContain(prop);
  const recurring = content.events.filter((e) => (e.data as { recurrence?: unknown }).recurrence).length;
  expect(events.filter((e) => /\r\nRRULE:/.test(e))).toHaveLength(recurring);
});

for (const [lang, path] of [
  ['id', 'data-terbuka/'],
  ['en', 'en/open-data/'],
] as const) {
  test(`the open data page in ${lang === 'id' ? 'Indonesian' : 'English'} documents all six files, their fields and the licence`, async ({
    page,
  }) => {
    await page.goto(path);
    for (const file of ['places.geojson', 'itineraries.geojson', 'destinations.json', 'events.json', 'products.json', 'events.ics']) {
      await expect(page.locator(`a[href="${publicRoot}data/${file}"]`)).toHaveCount(1);
    }
    for (const name of DATASET_NAMES) {
      const rows = page.locator(`section:has(#file-${name}) tbody tr`);
      await expect(rows).toHaveCount(recordFields(name).length);
      await expect(page.locator(`a[href="${publicRoot}data/schema/${name}.schema.json"]`)).toHaveCount(1);
    }
    await expect(page.locator('section:has(#file-itineraries) tbody tr')).toHaveCount(ROUTE_PROPERTIES.length);
    await expect(page.locator(`a[href="${publicRoot}data/schema/itineraries.schema.json"]`)).toHaveCount(1);
    await expect(page.getByText(site.dataLicense.name).first()).toBeVisible();
    await expect(page.locator(`a[href="${site.dataLicense.url}"]`)).toHaveAttribute('rel', /noopener/);
  });
}

test('the footer of every page links to the open data page', async ({ page }) => {
  await page.goto('');
  await page.locator('footer').getByRole('link', { name: 'Data terbuka' }).click();
  await expect(page.locator('h1')).toHaveText('Data terbuka');
  await page.goto('en/map/');
  await page.locator('footer').getByRole('link', { name: 'Open data' }).click();
  await expect(page).toHaveURL(/\/en\/open-data\/$/);
});
