/**
 * Search gives honest answers (issue #20), on the fixture site (tests/fixtures/site/, the `fixture`
 * project): no results made of one- or two-letter beginnings of other words, an empty answer that says
 * so and where to look instead, synonyms from tests/fixtures/site/sinonim-pencarian.yml, snippets from
 * the text, offline said as offline, the filters folded on a phone, the language link keeping the state,
 * and the Saved page in the header.
 */
import { test, expect as baseExpect } from './fixtures';
import type { Page } from '@playwright/test';

// A first query starts Pagefind's wasm and fetches its index: seconds on a busy machine (waits, not limits).
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const status = (page: Page) => page.locator('[data-status]');
const items = (page: Page) => page.locator('[data-results] > li');
const slugs = (page: Page) =>
  page
    .locator('[data-results] a[data-result-link]')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').at(-2)));
const settled = (page: Page) => expect(page.locator('[data-results]')).not.toHaveAttribute('aria-busy', 'true');

test.describe('no junk', () => {
  for (const q of ['itinerary', 'weather', 'hotel']) {
    test(`“${q}” finds nothing, says so, and offers where to look instead, not a silly suggestion`, async ({ page }) => {
      await page.goto(`en/search/?q=${q}`);
      await expect(status(page)).toHaveText(`No results for “${q}”.`);
      await expect(items(page)).toHaveCount(0);
      const help = page.getByRole('navigation', { name: 'Find it another way' });
      await expect(help.getByRole('link', { name: 'Map' })).toHaveAttribute('href', '/en/map/');
      await expect(help.getByRole('link', { name: 'Getting here' })).toHaveAttribute('href', '/en/getting-here/');
      await expect(help.getByRole('link', { name: 'Waterfall' })).toHaveAttribute('href', '/en/destinations/category/waterfall/');
      // The suggester is asked (nothing was found) and has nothing really similar to offer.
      await page.waitForLoadState('networkidle');
      await expect(page.locator('[data-suggest]')).toBeHidden();
    });
  }

  test('“hotel” says plainly that no places to stay are listed yet', async ({ page }) => {
    await page.goto('cari/?q=hotel');
    await expect(status(page)).toHaveText('Tidak ada hasil untuk “hotel”.');
    await expect(page.locator('[data-notes]')).toHaveText('Situs ini belum memuat daftar penginapan.');
  });

  test('a real word still finds its pages', async ({ page }) => {
    await page.goto('en/search/?q=waterfall');
    await settled(page);
    await expect.poll(() => slugs(page)).toContain('air-terjun-situjian');
    await expect(page.locator('[data-help]')).toBeHidden();
  });
});

test.describe('synonyms', () => {
  for (const [path, q] of [
    ['cari/', 'kuliner'],
    ['en/search/', 'culinary'],
  ] as const) {
    test(`“${q}” finds the food products first, before the festival that mentions it`, async ({ page }) => {
      await page.goto(`${path}?q=${q}`);
      await settled(page);
      await expect(items(page).first()).toBeVisible();
      const found = await slugs(page);
      // Produk Uji 1 and 6 are food, 4 and 8 snacks (tests/fixtures/site/products/); the 2025 festival says "kuliner".
      const food = ['produk-uji-1', 'produk-uji-4', 'produk-uji-6', 'produk-uji-8'];
      expect(found.slice(0, 4).sort()).toEqual(food);
      if (q === 'kuliner') expect(found).toContain('festival-uji-2025');
    });
  }

  test('the snippet comes from the text, and a matched other name shows as “also known as”', async ({ page }) => {
    await page.goto('cari/?q=binaujian');
    await settled(page);
    const first = items(page).first();
    await expect(first.locator('h3')).toHaveText('Air Terjun Situjian');
    await expect(first.locator('.result-excerpt')).not.toContainText('Binaujian');
    await expect(first.locator('.result-excerpt')).toContainText('Air terjun uji bertingkat');
    await expect(first.locator('.result-aka')).toHaveText('juga dikenal sebagai Binaujian');
  });
});

test('offline, a search says it is offline and what still works, not “no results”', async ({ page, context }) => {
  await page.goto('en/search/?q=ulos');
  await expect(items(page).first()).toBeVisible();
  await context.setOffline(true);
  await page.locator('#search-q').fill('zzqxv');
  await page.locator('#search-q').press('Enter');
  await expect(status(page)).toHaveText(/^You are offline/);
  const help = page.locator('[data-offline-help]');
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: 'Saved' })).toHaveAttribute('href', '/en/saved/');
});

for (const viewport of [
  { width: 390, height: 844 },
  // The smallest phones still in use (iPhone SE, first generation).
  { width: 320, height: 568 },
]) {
  test.describe(`on a ${viewport.width} px phone`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true });

    test('the first result is on the first screen; the filters fold into a button that says how many are ticked', async ({ page }) => {
      await page.goto('cari/?q=air+terjun&type=destination');
      await settled(page);
      const title = items(page).first().locator('h3');
      await expect(title).toBeVisible();
      const box = (await title.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      const facets = page.locator('details[data-facets]');
      await expect(facets).not.toHaveAttribute('open', '');
      await expect(facets.locator('summary')).toContainText('(1)');
      const summary = (await facets.locator('summary').boundingBox())!;
      expect(summary.height).toBeGreaterThanOrEqual(44);
      await expect(page.locator('input[name="type"][value="destination"]')).toBeHidden();
      await facets.locator('summary').click();
      await expect(page.locator('input[name="type"][value="destination"]')).toBeVisible();
      await expect(page.locator('input[name="type"][value="destination"]')).toBeChecked();
    });

    test('the Saved page is in the header, and the header fits', async ({ page }) => {
      for (const [path, href] of [
        ['', '/tersimpan/'],
        ['en/destinations/', '/en/saved/'],
        ['cari/', '/tersimpan/'],
      ] as const) {
        await page.goto(path);
        const link = page.getByRole('banner').getByRole('link', { name: href.includes('en') ? 'Saved' : 'Tersimpan', exact: true });
        await expect(link).toHaveAttribute('href', href);
        const box = (await link.boundingBox())!;
        expect(box.height).toBeGreaterThanOrEqual(24);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      }
    });
  });
}

test.describe('the language link keeps what you are looking at', () => {
  test('the search’s words and filters, also after typing', async ({ page }) => {
    await page.goto('cari/?q=pantai&type=destination');
    await settled(page);
    await page.locator('#search-q').fill('air terjun');
    await expect(page).toHaveURL(/\?q=air\+terjun&type=destination$/);
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await expect(page).toHaveURL(/\/en\/search\/\?q=air\+terjun&type=destination$/);
    await expect(page.locator('#search-q')).toHaveValue('air terjun');
    await expect(page.locator('input[name="type"][value="destination"]')).toBeChecked();
    await settled(page);
    await expect.poll(() => slugs(page)).toContain('air-terjun-situjian');
  });

  test('the map’s view and filters', async ({ page }) => {
    const view = 'zoom=14&lat=2.33&lng=99.06';
    await page.goto(`peta/?${view}`);
    await expect(page.locator('jt-map')).toHaveAttribute('data-ready', '', { timeout: 45_000 });
    // The map may write its view back into the address: the link carries the address as it is when followed.
    const shown = new URL(page.url()).search;
    expect(shown).toContain('zoom=14');
    const request = page.waitForRequest((r) => r.isNavigationRequest() && r.url().includes('/en/map/'));
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    expect(new URL((await request).url()).search).toBe(shown);
    await expect(page.locator('jt-map')).toHaveAttribute('data-ready', '', { timeout: 45_000 });
  });
});
