/**
 * The search page and the header search box, on the fixture site (tests/fixtures/site/, the `fixture`
 * project): the waterfall Situjian (alias Binaujian), the beach Pantai Lumban Uji (alias Pantai Ujipasir),
 * the market Onan Ujian (alias Pasar Ujian), the viewpoint Bukit Ujian (alias Ujian Hill), the weaving
 * Ulos Uji Hotang from Desa Tenun Uji, and more than ten entries of each type.
 */
import { test, expect as baseExpect, fixture } from './fixtures';
import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';

// Searching starts Pagefind's wasm in a web worker and fetches its index: on a
// busy machine a first query takes seconds. These are waits, not time limits
// under test; speed is measured by `npm run bench:search`.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

/** The result links on the search page, as paths. */
const resultPaths = async (page: Page) =>
  await page
    .locator('[data-results] a[data-result-link]')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** Waits until the search page has finished a search and shows `n` results (or at least one). */
async function results(page: Page, n?: number) {
  const items = page.locator('[data-results] > li');
  await expect(page.locator('[data-results]')).not.toHaveAttribute('aria-busy', 'true');
  if (n === undefined) await expect(items.first()).toBeVisible();
  else await expect(items).toHaveCount(n);
  return resultPaths(page);
}

const slugs = (paths: string[]) => paths.map((p) => p.split('/').filter(Boolean).at(-1));
const data = (e: (typeof fixture.entries)[number]) => e.data as Record<string, unknown>;

/** Whether an entry has a point on the map, read from the content itself (not from the page). */
function hasPoint(path: string): boolean {
  const [first, second, slug] = path.split('/').filter(Boolean);
  const [section, s] = first === 'en' ? [second, slug] : [first, second];
  const find = (list: typeof fixture.entries, x: string | undefined) => list.find((e) => e.slug === x);
  // A destination nobody has pinned yet (no `location`) has no point, and gives none to what refers to it.
  const destination = (x: string) => {
    const d = find(fixture.destinations, x);
    return d && (data(d) as { location?: object }).location ? d : undefined;
  };
  if (section === 'destinasi' || section === 'destinations') return !!destination(s!);
  if (section === 'kecamatan' || section === 'districts') return true;
  if (section === 'acara' || section === 'events') {
    const venue = data(find(fixture.events, s)!).venue as { destination?: string; location?: object };
    return !!(venue.destination ? destination(venue.destination) : venue.location);
  }
  if (section === 'produk' || section === 'products') {
    const p = data(find(fixture.products, s)!) as {
      sellers?: { location?: object }[];
      origin: { destination?: string }[];
      whereToBuy?: { destination?: string }[];
    };
    return (
      !!p.sellers?.some((x) => x.location) ||
      [...p.origin, ...(p.whereToBuy ?? [])].some((r) => r.destination && destination(r.destination))
    );
  }
  return false;
}

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

test('the type filter leaves only events, and its count was right', async ({ page }) => {
  await page.goto('cari/?q=balige');
  await results(page);
  const events = page.getByRole('group', { name: 'Jenis' }).getByRole('checkbox', { name: /^Acara/ });
  const label = page.locator('label', { has: page.locator('input[name="type"][value="event"]') });
  const promised = Number(await label.locator('[data-count]').innerText());
  await events.check();
  await expect(page).toHaveURL(/\?q=balige&type=event$/);
  await expect(page.locator('[data-results]')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'hasil' })).toHaveText(`${promised} hasil untuk “balige”`);
  const paths = await resultPaths(page);
  expect(paths.length).toBeGreaterThan(0);
  for (const p of paths) expect(p).toMatch(/^\/acara\/[^/]+\/$/);
});

test('ticking beach and waterfall shows beaches OR waterfalls, with an empty query', async ({ page }) => {
  const wanted = fixture.destinations.filter((d) => ['beach', 'waterfall'].includes(String(data(d).category))).map((d) => d.slug);
  expect(wanted.length).toBeGreaterThan(2);
  await page.goto('cari/');
  const category = page.getByRole('group', { name: 'Kategori' });
  await category.getByRole('checkbox', { name: /^Pantai/ }).check();
  await category.getByRole('checkbox', { name: /^Air terjun/ }).check();
  await expect(page).toHaveURL(/\?category=beach&category=waterfall$/);
  expect(slugs(await results(page, wanted.length)).sort()).toEqual(wanted.sort());
  // Under OR, each value's count is what it would give on its own.
  const beaches = fixture.destinations.filter((d) => data(d).category === 'beach').length;
  await expect(page.locator('label', { has: page.locator('input[value="beach"]') }).locator('[data-count]')).toHaveText(String(beaches));
});

test('with an empty query the filters browse everything: destinations in Balige', async ({ page }) => {
  const wanted = fixture.destinations.filter((d) => data(d).district === 'balige').map((d) => d.slug);
  await page.goto('cari/?type=destination&district=balige');
  const shown = slugs(await results(page, Math.min(10, wanted.length)));
  for (const s of shown) expect(wanted).toContain(s);
  await expect(page.getByRole('status').filter({ hasText: 'hasil' })).toHaveText(`${wanted.length} hasil`);
});

test('facet counts update as you type', async ({ page }) => {
  await page.goto('cari/');
  const destinations = page.locator('label', { has: page.locator('input[name="type"][value="destination"]') }).locator('[data-count]');
  await expect(destinations).toHaveText(String(fixture.destinations.length));
  await page.locator('#search-q').fill('air terjun');
  await results(page);
  const n = Number(await destinations.innerText());
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(fixture.destinations.length);
  // Product kinds without a match are hidden while the query finds none of them.
  await expect(page.locator('input[name="category"][value="coffee"]')).toBeHidden();
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

test('the search state survives a reload, and back and forward walk it', async ({ page }) => {
  await page.goto('cari/?q=air+terjun&type=destination&category=waterfall');
  const before = await results(page);
  const check = async () => {
    await expect(page.locator('#search-q')).toHaveValue('air terjun');
    await expect(page.locator('input[name="type"][value="destination"]')).toBeChecked();
    await expect(page.locator('input[name="category"][value="waterfall"]')).toBeChecked();
    expect(await results(page, before.length)).toEqual(before);
  };
  await check();
  await page.reload();
  await check();
  await page.locator('input[name="category"][value="waterfall"]').uncheck();
  await expect(page).toHaveURL(/\?q=air\+terjun&type=destination$/);
  await expect(page.locator('input[name="category"][value="waterfall"]')).not.toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/category=waterfall$/);
  await check();
  await page.goForward();
  await expect(page.locator('input[name="category"][value="waterfall"]')).not.toBeChecked();
});

test('load more adds the next results and takes the keyboard to the first new one', async ({ page }) => {
  await page.goto('cari/?type=destination');
  await results(page, 10);
  await expect(page.locator('[data-shown]')).toHaveText(`Menampilkan 10 dari ${fixture.destinations.length}.`);
  await page.locator('[data-more] button').click();
  await results(page, Math.min(20, fixture.destinations.length));
  await expect(page.locator('[data-results] > li').nth(10).locator('a')).toBeFocused();
});

for (const query of ['?type=event', '?type=product']) {
  test(`show on map puts one marker for each listed result that has coordinates (${query})`, async ({ page }) => {
    await page.goto(`cari/${query}`);
    const paths = await results(page, 10);
    const located = paths.filter(hasPoint);
    // The test is only worth something when some results have no point.
    if (query === '?type=product') expect(located.length).toBeLessThan(paths.length);
    await page.getByRole('button', { name: 'Tampilkan di peta' }).click();
    await expect(page.getByRole('button', { name: 'Tampilkan di peta' })).toHaveAttribute('aria-pressed', 'true');
    const markers = page.locator('[data-map] .leaflet-marker-icon');
    await expect(markers).toHaveCount(located.length);
    // Choosing a marker highlights its result. Several events share a venue, so their
    // markers overlap and a pointer reaches only the top one: use the keyboard instead.
    const title = await markers.first().getAttribute('title');
    await markers.first().focus();
    await page.keyboard.press('Enter');
    const chosen = page.locator('[data-results] > li.is-selected');
    await expect(chosen).toHaveCount(1);
    await expect(chosen.locator('h3')).toHaveText(title!);
    await expect(chosen.locator('a')).toBeFocused();
    // Loading more results adds their markers.
    await page.locator('[data-more] button').click();
    const more = await results(page, Math.min(20, query === '?type=event' ? fixture.events.length : fixture.products.length));
    await expect(markers).toHaveCount(more.filter(hasPoint).length);
  });
}

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

const axe = (page: Page) => axeViolations(page);

for (const [lang, prefix, showMap] of [
  ['Indonesian', 'cari/', 'Tampilkan di peta'],
  ['English', 'en/search/', 'Show on map'],
] as const) {
  test(`axe finds no violations on the search page with results, filters and the map, in ${lang}`, async ({ page }) => {
    await page.goto(`${prefix}?q=${lang === 'English' ? 'beach' : 'pantai'}&type=destination`);
    await results(page);
    await page.getByRole('button', { name: showMap }).click();
    await expect(page.locator('[data-map] .leaflet-marker-icon').first()).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });

  test(`axe finds no violations on the search page offering a suggestion, in ${lang}`, async ({ page }) => {
    await page.goto(`${prefix}?q=Situjan`);
    await expect(page.locator('[data-suggest] a').first()).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}

test('axe finds no violations with the header quick results open', async ({ page }) => {
  await page.goto('');
  await page.locator('#site-search').fill('ulos');
  await expect(page.locator('[data-quick] li').first()).toBeVisible();
  expect(await axe(page)).toEqual([]);
});
