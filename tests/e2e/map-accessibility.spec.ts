/**
 * The map for every visitor, on the fixture site: axe on the started map with a popup open, the map worked by
 * keyboard alone (clusters, places, popups), and the skip link past the map to its list.
 */
import { test } from './fixtures';
import { axeViolations } from './support/axe';
import { CLUSTER, LANGS, MAP, expect, langName, listItems, openMap, places, query, tabTo } from './support/map';

// The map starts slowly on a busy machine (support/map.ts).
test.describe.configure({ timeout: 90_000 });

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
