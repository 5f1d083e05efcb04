/**
 * Finding things on the search page, on the fixture site (tests/fixtures/site/, the `fixture` project): the
 * waterfall Situjian (alias Binaujian), the beach Pantai Lumban Uji (alias Pantai Ujipasir), the market Onan
 * Ujian (alias Pasar Ujian), the viewpoint Bukit Ujian (alias Ujian Hill), the weaving Ulos Uji Hotang from
 * Desa Tenun Uji, and more than ten entries of each type. Words, other names, what a result shows, the
 * suggestions for a misspelling, and axe. The other search specs: search-filters, search-box.
 */
import { test } from './fixtures';
import { axeViolations } from './support/axe';
import { expect, results, slugs } from './support/search';

// A first search is slow on a busy machine (support/search.ts).
test.describe.configure({ timeout: 120_000 });

test('a tourist finds Situjian by typing air terjun', async ({ page }) => {
  await page.goto('cari/');
  await page.locator('#search-q').fill('air terjun');
  expect(slugs(await results(page))).toContain('air-terjun-situjian');
  await expect(page).toHaveURL(/\/cari\/\?q=air\+terjun$/);
});

test('ulos finds the ulos and the weaving village', async ({ page }) => {
  await page.goto('cari/?q=ulos');
  const found = slugs(await results(page));
  expect(found.slice(0, 5)).toEqual(expect.arrayContaining(['ulos-uji-hotang', 'desa-tenun-uji']));
});

test('in English, waterfall finds Situjian', async ({ page }) => {
  await page.goto('en/search/');
  const box = page.getByRole('search', { name: 'Search', exact: true }).getByRole('searchbox');
  await box.fill('waterfall');
  await box.press('Enter');
  const found = await results(page);
  expect(found).toContain('/en/destinations/air-terjun-situjian/');
  await expect(page).toHaveURL(/\?q=waterfall$/);
});

for (const [lang, path] of [
  ['Indonesian', 'cari/'],
  ['English', 'en/search/'],
] as const) {
  test(`in ${lang}, other names find their places: Pantai Ujipasir, Binaujian, Pasar Ujian, Ujian Hill`, async ({ page }) => {
    for (const [alias, slug] of [
      ['Pantai Ujipasir', 'pantai-lumban-uji'],
      ['Binaujian', 'air-terjun-situjian'],
      ['Pasar Ujian', 'onan-ujian'],
      // "Hill" is in no text of the page, only in its hidden alias list (the facts panel that shows it is not indexed).
      ['Ujian Hill', 'bukit-ujian'],
    ] as const) {
      await page.goto(`${path}?q=${encodeURIComponent(alias)}`);
      expect(slugs(await results(page))[0], alias).toBe(slug);
    }
  });
}

test('berenang finds the page that only says renang, and renang finds the pages that say berenang', async ({ page }) => {
  await page.goto('cari/?q=berenang');
  const swim = slugs(await results(page));
  // Festival Uji 2014 mentions "lomba renang", never "berenang"; Situjian says "berenang" only.
  expect(swim).toEqual(expect.arrayContaining(['festival-uji-2014', 'air-terjun-situjian']));
  await page.goto('cari/?q=renang');
  expect(slugs(await results(page))).toEqual(expect.arrayContaining(['festival-uji-2014', 'air-terjun-situjian']));
});

test('each result shows its type, district, a thumbnail and the matched words highlighted', async ({ page }) => {
  await page.goto('cari/?q=situjian');
  await results(page);
  const first = page.locator('[data-results] > li').first();
  await expect(first.locator('h3 a')).toHaveText(/Situjian/);
  await expect(first.locator('.badge')).toHaveText(['Destinasi', 'Lumban Julu']);
  await expect(first.locator('img.result-thumb')).toHaveAttribute('src', /\/cover\/destinations\/air-terjun-situjian\.svg$/);
  await expect.poll(() => first.locator('img.result-thumb').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(first.locator('.result-excerpt mark').first()).toHaveText(/situjian/i);
  await expect(page.getByRole('status').filter({ hasText: 'hasil untuk' })).toHaveText(/^\d+ hasil untuk “situjian”$/);
});

test('Situjan offers Situjian, and following the suggestion finds it', async ({ page }) => {
  await page.goto('cari/?q=Situjan');
  // Pagefind finds next to nothing (at most a page matching the word "Si"): few enough to suggest.
  await expect(page.getByRole('status').filter({ hasText: 'Situjan' })).toHaveText(/^(Tidak ada hasil untuk|[12] hasil untuk) “Situjan”/);
  const suggestion = page.locator('[data-suggest]').getByRole('link', { name: 'Situjian', exact: true });
  await expect(suggestion).toBeVisible();
  await expect(page.locator('[data-suggest]')).toContainText('Mungkin maksud Anda:');
  await suggestion.click();
  await expect(page).toHaveURL(/\?q=Situjian$/);
  expect(slugs(await results(page))[0]).toBe('air-terjun-situjian');
});

test('Balgie offers Balige in English too', async ({ page }) => {
  await page.goto('en/search/?q=Balgie');
  await expect(page.locator('[data-suggest]').getByRole('link', { name: 'Balige', exact: true })).toBeVisible();
});

for (const [lang, prefix, showMap] of [
  ['Indonesian', 'cari/', 'Tampilkan di peta'],
  ['English', 'en/search/', 'Show on map'],
] as const) {
  test(`axe finds no violations on the search page with results, filters and the map, in ${lang}`, async ({ page }) => {
    await page.goto(`${prefix}?q=${lang === 'English' ? 'beach' : 'pantai'}&type=destination`);
    await results(page);
    await page.getByRole('button', { name: showMap }).click();
    await expect(page.locator('[data-map] .leaflet-marker-icon').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`axe finds no violations on the search page offering a suggestion, in ${lang}`, async ({ page }) => {
    await page.goto(`${prefix}?q=Situjan`);
    await expect(page.locator('[data-suggest] a').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
