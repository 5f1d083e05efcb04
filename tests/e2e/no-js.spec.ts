import { readFileSync } from 'node:fs';
import { test, expect, content, pageTypes } from './fixtures';
import { parseFile } from '../../src/content/validate';
import { DISTRICTS } from '../../src/content/districts';
import { plainText } from '../support/quality/markdown';

test.use({ javaScriptEnabled: false });

test('without JavaScript a visitor navigates from home to a destination', async ({ page }) => {
  await page.goto('');
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Destinasi' }).click();
  await expect(page.locator('h1')).toHaveText('Destinasi');
  await page.locator('.cards h2 a').first().click();
  await expect(page.locator('.facts')).toBeVisible();
});

test('without JavaScript the category and district filters work as links', async ({ page }) => {
  await page.goto('destinasi/');
  const total = await page.locator('.cards > li').count();
  expect(total).toBe(content.destinations.length);
  const beach = content.destinations.filter((d) => (d.data as { category: string }).category === 'beach').length;
  await page
    .getByRole('navigation', { name: 'Saring menurut kategori' })
    .getByRole('link', { name: /^Pantai/ })
    .click();
  await expect(page).toHaveURL(/\/destinasi\/kategori\/beach\/$/);
  await expect(page.locator('.cards > li')).toHaveCount(beach);
  await page
    .getByRole('navigation', { name: 'Saring menurut kecamatan' })
    .getByRole('link', { name: /^Balige/ })
    .click();
  await expect(page).toHaveURL(/\/destinasi\/kecamatan\/balige\/$/);
  const inBalige = content.destinations.filter((d) => (d.data as { district: string }).district === 'balige').length;
  await expect(page.locator('.cards > li')).toHaveCount(inBalige);
});

test('without JavaScript the map page lists every place and every trip idea', async ({ page }) => {
  await page.goto('en/map/');
  const links = page.locator('#place-list li li:not([data-type="itinerary"]) a');
  expect(await links.count()).toBe(content.destinations.length + content.events.length + content.products.length);
  const trips = content.entries.filter((e) => e.collection === 'itineraries').length;
  await expect(page.locator('#place-list li[data-type="itinerary"] a')).toHaveCount(trips);
});

test('without JavaScript the search page explains itself and offers the lists', async ({ page }) => {
  await page.goto('cari/?q=ulos');
  await expect(page.getByText('Pencarian membutuhkan JavaScript')).toBeVisible();
  await expect(page.locator('.search-browse a[href$="/destinasi/"]')).toBeVisible();
  // …and every district page (the official kecamatan, and their index), while the filters, which need JavaScript, stay hidden.
  await expect(page.locator('.search-browse a[href*="/kecamatan/"]')).toHaveCount(DISTRICTS.length + 1);
  for (const d of DISTRICTS) await expect(page.locator(`.search-browse a[href$="/kecamatan/${d.slug}/"]`)).toHaveCount(1);
  await expect(page.locator('.search-facets')).toBeHidden();
});

/** The first words of an entry's story, as plain text (what a reader sees of the Markdown). */
function opening(markdown: string): string {
  const para = markdown.split(/\n\s*\n/).find((p) => p.trim() && !/^\s*(?:#|import |[-*] |<)/.test(p)) ?? '';
  return plainText(para).split(' ').slice(0, 8).join(' ');
}

// One browser page walks every page type: a new page per type costs more than the check.
for (const lang of ['id', 'en'] as const) {
  test(`without JavaScript every page type in ${lang === 'id' ? 'Indonesian' : 'English'} shows its main content`, async ({ page }) => {
    for (const p of pageTypes()) {
      await page.goto(p[lang]);
      const main = page.locator('main');
      await expect.soft(main.locator('h1'), p.type).toBeVisible();
      // innerText leaves out what CSS hides, so content revealed only by a script would be missing here.
      const text = (await main.innerText()).replace(/\s+/g, ' ');
      // The search page's content without JavaScript is its form, a notice and links to the lists (tested above).
      const least = p.type === 'search' ? 60 : 200;
      expect.soft(text.length, `${p.type}: only ${text.length} characters of visible text in <main>`).toBeGreaterThan(least);
      const entry = content.entries.find((e) => p.type === e.collection.replace(/s$/, '') && p.id.endsWith(`/${e.slug}/`));
      if (entry) {
        const body = lang === 'en' && entry.enFile ? parseFile(readFileSync(entry.enFile, 'utf8')).body : entry.body;
        expect.soft(text, p.type).toContain(opening(body));
      }
    }
  });
}
