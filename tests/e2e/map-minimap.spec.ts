/**
 * The mini-maps on entry pages, on the fixture site: a destination's (a static marker, no script of its own,
 * a link into the big map) and an event's, at its venue.
 */
import { test } from './fixtures';
import { local } from './site-pages';
import { expect, markerNames, places } from './support/map';

// The map starts slowly on a busy machine (support/map.ts).
test.describe.configure({ timeout: 90_000 });

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
