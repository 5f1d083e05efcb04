/**
 * Narrowing the map, on the fixture site: the filters and the text filter act on the markers and the list
 * together, Back and Forward step through them, panning re-sorts the list, and "Near me" centres on the visitor.
 */
import { test } from './fixtures';
import { MAP, current, expect, listItems, markerTotal, openMap, placeItems, places, query, redrawn } from './support/map';

// The map starts slowly on a busy machine (support/map.ts).
test.describe.configure({ timeout: 90_000 });

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
