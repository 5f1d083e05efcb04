import { test, expect } from './fixtures';

test('a tourist finds Situmurun by typing air terjun', async ({ page }) => {
  await page.goto('cari/?q=air+terjun');
  await expect(page.locator('[data-results] a', { hasText: 'Situmurun' }).first()).toBeVisible();
});

test('in English, waterfall finds Situmurun', async ({ page }) => {
  await page.goto('en/search/');
  const box = page.getByRole('search', { name: 'Search', exact: true }).getByRole('searchbox');
  await box.fill('waterfall');
  await box.press('Enter');
  await expect(page.locator('[data-results] a', { hasText: 'Situmurun' }).first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=waterfall/);
});

test('the header search box sends the query to the search page', async ({ page }) => {
  await page.goto('');
  await page.locator('#site-search').fill('ulos');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/cari\/\?q=ulos/);
  await expect(page.locator('[data-results] li').first()).toBeVisible();
});

test('no search code loads on a page until search is used', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('destinasi/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
});
