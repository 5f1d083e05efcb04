/**
 * Narrowing and browsing on the search page, on the fixture site: the type and category filters and their
 * counts, browsing with an empty query, the state in the URL (reload, Back, Forward), "load more", and the
 * results shown on the map.
 */
import { test, fixture } from './fixtures';
import { data, expect, resultPaths, results, slugs } from './support/search';

// A first search is slow on a busy machine (support/search.ts).
test.describe.configure({ timeout: 120_000 });

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
  const beaches = fixture.destinations.filter((d) => data(d).category === 'beach').map((d) => d.slug);
  await category.getByRole('checkbox', { name: /^Pantai/ }).check();
  // The beaches first, as a visitor sees them. When they arrive, the values of the other filters that no beach
  // has (the type "Acara", above) are hidden and the list moves up: a click aimed while it moves can land on
  // another box (seen once in ten runs on a loaded machine).
  await expect(page).toHaveURL(/\?category=beach$/);
  expect(slugs(await results(page, beaches.length)).sort()).toEqual([...beaches].sort());
  await category.getByRole('checkbox', { name: /^Air terjun/ }).check();
  await expect(page).toHaveURL(/\?category=beach&category=waterfall$/);
  expect(slugs(await results(page, wanted.length)).sort()).toEqual(wanted.sort());
  // Under OR, each value's count is what it would give on its own.
  await expect(page.locator('label', { has: page.locator('input[value="beach"]') }).locator('[data-count]')).toHaveText(
    String(beaches.length),
  );
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
