/**
 * Searching by keyboard and from the header, on the fixture site: the search page worked by keyboard alone,
 * the header's search box (no search code until it is used, quick results, sending the query to the search
 * page), and axe with the quick results open.
 */
import { test } from './fixtures';
import { axeViolations } from './support/axe';
import { expect, resultPaths, results } from './support/search';

// A first search is slow on a busy machine (support/search.ts).
test.describe.configure({ timeout: 120_000 });

test('keyboard-only use works on the search page', async ({ page }) => {
  await page.goto('cari/');
  await page.keyboard.press('/');
  await expect(page.locator('#search-q')).toBeFocused();
  await page.keyboard.type('pantai');
  await results(page);
  await page.keyboard.press('ArrowDown');
  const links = page.locator('[data-results] a[data-result-link]');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#search-q')).toBeFocused();
  // Tab past the submit button and the filters' heading (a <details>, open on a wide screen) to the first filter, tick it with Space.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('input[name="type"][value="destination"]')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?q=pantai&type=destination$/);
  await results(page);
  for (const p of await resultPaths(page)) expect(p).toMatch(/^\/destinasi\//);
  await page.locator('#search-q').focus();
  await page.keyboard.press('ArrowDown');
  const target = await links.nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target}$`));
});

test('no search code loads on a page until its search box is used', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const searchCode = () => requested.filter((u) => u.includes('/pagefind/') || /\/_astro\/(quick|results|page|engine)[.-]/.test(u));
  await page.goto('destinasi/');
  await page.waitForLoadState('networkidle');
  expect(searchCode()).toEqual([]);
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('situjian');
  const quick = page.getByRole('region', { name: 'Hasil cepat' });
  await expect(quick.getByRole('link', { name: /Situjian/ }).first()).toBeVisible();
  expect(searchCode()).toEqual(expect.arrayContaining(['/pagefind/pagefind.js']));
});

test('the header search box shows quick results, walks them with arrows, and closes on Escape', async ({ page }) => {
  await page.goto('en/');
  const box = page.locator('#site-search');
  await box.fill('ulos');
  const quick = page.getByRole('region', { name: 'Quick results' });
  await expect(quick.getByRole('link', { name: /Ulos Uji Hotang/ })).toBeVisible();
  await expect(quick.getByRole('link', { name: 'See all results for “ulos”' })).toHaveAttribute('href', '/en/search/?q=ulos');
  await box.press('ArrowDown');
  await expect(quick.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box).toBeFocused();
  await expect(quick).toBeHidden();
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=ulos$/);
  await results(page);
});

test('the header search box sends the query to the search page', async ({ page }) => {
  await page.goto('');
  await page.locator('#site-search').fill('ulos');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/cari\/\?q=ulos/);
  await expect(page.locator('[data-results] li').first()).toBeVisible();
});

test('axe finds no violations with the header quick results open', async ({ page }) => {
  await page.goto('');
  await page.locator('#site-search').fill('ulos');
  await expect(page.locator('[data-quick] li').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
