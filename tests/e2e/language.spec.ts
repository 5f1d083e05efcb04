/**
 * The language switcher and the translation fallback, on the fixture site (tests/fixtures/site/,
 * the `fixture` project): its entries are the tests' own, and one product has no English version.
 */
import { test, expect, fixture } from './fixtures';

test('the language switcher lands on the same destination in English and back', async ({ page }) => {
  const d = fixture.destinations[0]!;
  await page.goto(`destinasi/${d.slug}/`);
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/destinations/${d.slug}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Baca halaman ini dalam bahasa Indonesia' }).click();
  await expect(page).toHaveURL(new RegExp(`/destinasi/${d.slug}/$`));
});

test('the language switcher keeps a filter page', async ({ page }) => {
  await page.goto('destinasi/kecamatan/balige/');
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/destinations\/district\/balige\/$/);
});

test('an English page without a translation shows the Indonesian text, marked as Indonesian, with a notice', async ({ page }) => {
  const prefix = { destinations: 'en/destinations', events: 'en/events', products: 'en/products' } as Record<string, string>;
  const untranslated = fixture.entries.find((e) => e.collection in prefix && !e.en);
  // The fixture keeps one on purpose (produk-tanpa-terjemahan): without it this test would prove nothing.
  expect(untranslated, 'tests/fixtures/site/ has an entry without index.en.mdx').toBeDefined();
  const title = (untranslated!.data as { title: string }).title;
  const res = await page.goto(`${prefix[untranslated!.collection]}/${untranslated!.slug}/`);
  expect(res?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const notice = page.getByRole('note').filter({ hasText: 'has not been translated into English yet' });
  await expect(notice).toBeVisible();
  // The Indonesian title and body, each marked lang="id" so a screen reader reads them in Indonesian.
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.locator('.prose')).toHaveAttribute('lang', 'id');
  await expect(page.locator('.prose')).toContainText('sengaja hanya ditulis dalam bahasa Indonesia');
  // A translated entry's English page has neither.
  const translated = fixture.products.find((e) => e.en)!;
  await page.goto(`en/products/${translated.slug}/`);
  await expect(page.locator('.prose')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('has not been translated into English yet')).toHaveCount(0);
});
