import { test, expect, content } from './fixtures';

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
  await page.getByRole('navigation', { name: 'Saring menurut kategori' }).getByRole('link', { name: /^Pantai/ }).click();
  await expect(page).toHaveURL(/\/destinasi\/kategori\/beach\/$/);
  await expect(page.locator('.cards > li')).toHaveCount(beach);
  await page.getByRole('navigation', { name: 'Saring menurut kecamatan' }).getByRole('link', { name: /^Balige/ }).click();
  await expect(page).toHaveURL(/\/destinasi\/kecamatan\/balige\/$/);
  const inBalige = content.destinations.filter((d) => (d.data as { district: string }).district === 'balige').length;
  await expect(page.locator('.cards > li')).toHaveCount(inBalige);
});

test('without JavaScript the map page lists every place', async ({ page }) => {
  await page.goto('en/map/');
  const links = page.locator('#place-list li li a');
  expect(await links.count()).toBe(content.destinations.length + content.events.length + content.products.length);
});

test('without JavaScript the search page explains itself and offers the lists', async ({ page }) => {
  await page.goto('cari/?q=ulos');
  await expect(page.getByText('Pencarian membutuhkan JavaScript')).toBeVisible();
  await expect(page.locator('.search-browse a[href$="/destinasi/"]')).toBeVisible();
  // …and every district page, while the filters, which need JavaScript, stay hidden.
  await expect(page.locator('.search-browse a[href*="/kecamatan/"]')).toHaveCount(17);
  await expect(page.locator('.search-facets')).toBeHidden();
});
