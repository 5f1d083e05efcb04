/**
 * The map on a phone, at 390×844 and at 320×640 with touch, on the fixture site (tests/fixtures/site/, the
 * `fixture` project), tiles blocked (fixtures.ts): the started map fills the first screen, the filters wait in
 * a panel that says how many are active, the note about missing tiles is small, closable and covers nothing,
 * past events wait behind a toggle (also in the URL), and after "Near me" the distances are "from you".
 * Festival Uji 2014 is an event held once, long over.
 */
import { devices, type Locator, type Page } from '@playwright/test';
import { test, expect as baseExpect } from './fixtures';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'];
const PHONES = [
  { name: '390×844', viewport: { width: 390, height: 844 } },
  { name: '320×640', viewport: { width: 320, height: 640 } },
] as const;
const PAST = 'event/festival-uji-2014';
const MAP = { id: 'peta/', en: 'en/map/' } as const;

/** Opens the map page and starts the map with a tap on its overview, as a visitor would. */
async function startMap(page: Page, path: string) {
  await page.goto(path);
  await page.locator('[data-map-start]').tap();
  await expect(page.locator('jt-map')).toHaveAttribute('data-ready', '', { timeout: 60_000 });
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const box = async (l: Locator) => (await l.boundingBox())!;

for (const phone of PHONES) {
  test.describe(`on a phone at ${phone.name}`, () => {
    test.use({ ...pixel, viewport: phone.viewport });

    test('the started map fills most of the first screen; the filters wait in a closed panel', async ({ page }) => {
      await page.goto(MAP.en);
      // Before the map starts, the panel's button is on the first screen and its filters are not.
      const button = page.locator('.map-panel-button');
      await expect(button).toBeInViewport();
      await expect(page.locator('[data-filters]')).toBeHidden();
      await page.locator('[data-map-start]').tap();
      await expect(page.locator('jt-map')).toHaveAttribute('data-ready', '', { timeout: 60_000 });
      await expect.poll(() => page.evaluate(() => document.querySelector('.map-bar')!.getBoundingClientRect().top)).toBeLessThan(8);
      const canvas = await box(page.locator('.map-canvas'));
      const h = phone.viewport.height;
      const visible = Math.min(canvas.y + canvas.height, h) - Math.max(canvas.y, 0);
      test.info().annotations.push({
        type: 'map in the first screen',
        description: `top ${Math.round(canvas.y)} px, ${Math.round(visible)} of ${h} px`,
      });
      expect(canvas.y).toBeLessThan(h * 0.2);
      expect(visible).toBeGreaterThan(h * 0.7);
      // A strip of page stays below the map, to scroll on with a finger (a swipe on the map pans it).
      expect(canvas.y + canvas.height).toBeLessThan(h);
    });

    test('the note about missing tiles is small, covers no control and no popup, and closes', async ({ page }) => {
      await startMap(page, MAP.en);
      const note = page.locator('.jt-map-note');
      await expect(note).toContainText('Background map unavailable');
      const n = await box(note);
      expect(n.height).toBeLessThanOrEqual(64);
      for (const control of await page.locator('.leaflet-control-zoom a, .map-panel-button, [data-near]').all()) {
        if (await control.isVisible()) expect(overlaps(n, await box(control)), await control.innerText()).toBe(false);
      }
      // A popup and its close button.
      await page.locator('[data-list] button').first().tap();
      const popup = page.locator('.leaflet-popup');
      await expect(popup).toBeVisible();
      // Leaflet pans the map to fit the popup (animated): the popup is measured where it comes to rest.
      await expect.poll(async () => overlaps(await box(note), await box(popup)), { timeout: 5_000 }).toBe(false);
      expect(overlaps(await box(note), await box(popup.locator('.leaflet-popup-close-button')))).toBe(false);
      // The close button is a finger's size, and the note stays closed.
      const close = page.getByRole('button', { name: 'Close this notice' });
      const c = await box(close);
      expect(Math.min(c.width, c.height)).toBeGreaterThanOrEqual(24);
      await close.tap();
      await expect(note).toBeHidden();
      await page.locator('.leaflet-control-zoom-out').tap();
      await page.waitForTimeout(500);
      await expect(note).toBeHidden();
    });

    test('past events are hidden by default, shown by the toggle, and the toggle lives in the URL', async ({ page }) => {
      await startMap(page, MAP.en);
      const past = page.locator(`[data-list] button[data-id="${PAST}"]`);
      await expect(page.locator('[data-list] button').first()).toBeVisible();
      await expect(past).toHaveCount(0);
      await page.locator('.map-panel-button').tap();
      const toggle = page.getByRole('checkbox', { name: 'Show past events' });
      await toggle.tap();
      await expect(past).toHaveCount(1);
      await expect.poll(() => new URL(page.url()).searchParams.get('past')).toBe('1');
      // The panel's button counts it.
      await expect(page.locator('[data-active-count]')).toHaveText('1 active');
      // The toggle is a history entry of its own: Back hides them again, Forward shows them.
      await page.goBack();
      await expect.poll(() => new URL(page.url()).searchParams.get('past')).toBeNull();
      await expect(past).toHaveCount(0);
      await expect(page.locator('[data-list] button').first()).toBeVisible();
      await page.goForward();
      await expect(past).toHaveCount(1);
      // A link with past=1 opens with them shown, the box ticked.
      await page.goto(`${MAP.id}?past=1`);
      await expect(page.locator('jt-map')).toHaveAttribute('data-ready', '', { timeout: 60_000 });
      await expect(page.locator(`[data-list] button[data-id="${PAST}"]`)).toHaveCount(1);
      await expect(page.locator('[data-active-count]')).toHaveText('1 aktif');
    });
  });
}

test.describe('near me, on a phone at 390×844 in Balige', () => {
  test.use({
    ...pixel,
    viewport: { width: 390, height: 844 },
    geolocation: { latitude: 2.3485, longitude: 99.074 },
    permissions: ['geolocation'],
  });
  for (const [lang, you, near, centre] of [
    ['en', /km from you$/, 'nearest to you first', /from the centre/],
    ['id', /km dari Anda$/, 'terdekat dari Anda', /tengah peta/],
  ] as const) {
    test(`after "Near me" the list measures from the visitor, in ${lang}`, async ({ page }) => {
      await startMap(page, MAP[lang]);
      await expect(page.locator('[data-list] button').first()).toContainText(centre);
      await page.locator('[data-near]').tap();
      await expect(page.locator('[data-status]')).toContainText(near);
      const metas = await page.locator('[data-list] button .small').allInnerTexts();
      expect(metas.length).toBeGreaterThan(0);
      for (const m of metas) {
        expect(m).toMatch(you);
        expect(m).not.toMatch(centre);
      }
    });
  }
});
