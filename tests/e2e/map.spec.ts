/**
 * The map page's places, on the fixture site (tests/fixtures/site/, the `fixture` project): one marker per
 * place of places.geojson, a place opened from the list, a copied map link, an approximate pin, and the map
 * without tiles. Pantai Lumban Uji is a beach in Balige with an approximate pin and the alias Pantai Ujipasir;
 * Bukit Tanpa Titik has no pin. The other map specs: map-overview, map-filters, map-accessibility, map-minimap,
 * map-routes (the trip ideas' layer).
 */
import { test } from './fixtures';
import {
  CLUSTER,
  LANGS,
  MAP,
  current,
  expect,
  langName,
  listItems,
  markerNames,
  markerTotal,
  openMap,
  places,
  query,
  redrawn,
  settled,
} from './support/map';

// The map starts slowly on a busy machine (support/map.ts).
test.describe.configure({ timeout: 90_000 });

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
    // The map pans to show the popup; a click while it moves lets go beside the link (see the close button below).
    await settled(page);
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
  // The map pans to show the popup: a click while the popup still moves presses on the button and lets go
  // beside it, which is no click (a busy CI machine did that). Wait until the pan has written the address.
  await settled(page);
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.locator('.leaflet-popup')).toHaveCount(0);
  await expect(page.locator('.leaflet-overlay-pane path.jt-approx')).toHaveCount(0);
  expect(query(page).place).toBeUndefined();
});
