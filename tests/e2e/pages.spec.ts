import { test, expect, pageTypes, content } from './fixtures';

// One browser page walks every page type (a new page per type costs more than the checks).
for (const lang of ['id', 'en'] as const) {
  test(`a visitor opens every page type in ${lang === 'id' ? 'Indonesian' : 'English'}`, async ({ page, consoleErrors }) => {
    for (const p of pageTypes()) {
      const res = await page.goto(p[lang]);
      expect.soft(res?.status(), p.type).toBe(200);
      await expect.soft(page.locator('html'), p.type).toHaveAttribute('lang', lang);
      await expect.soft(page.locator('h1'), p.type).toHaveCount(1);
      await expect.soft(page.locator('h1'), p.type).not.toBeEmpty();
      for (const hreflang of ['id', 'en', 'x-default'])
        await expect.soft(page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`), `${p.type} ${hreflang}`).toHaveCount(1);
    }
    expect(consoleErrors).toEqual([]);
  });
}

test('the 404 page answers in both languages', async ({ page }) => {
  const id = await page.goto('tidak-ada-halaman-ini/');
  expect(id?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Halaman tidak ditemukan');
  await page.goto('en/404/');
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('every destination, event and product has a page in both languages', async ({ request }) => {
  const prefixes = {
    destinations: ['destinasi', 'en/destinations'],
    events: ['acara', 'en/events'],
    products: ['produk', 'en/products'],
  } as const;
  for (const e of content.entries) {
    if (!(e.collection in prefixes)) continue;
    for (const prefix of prefixes[e.collection as keyof typeof prefixes]) {
      const res = await request.get(`${prefix}/${e.slug}/`);
      expect(res.status(), `${prefix}/${e.slug}/`).toBe(200);
    }
  }
});

test('a destination page shows its key facts before the story', async ({ page }) => {
  const d = content.destinations.find((x) => x.slug === 'pantai-lumban-bulbul') ?? content.destinations[0]!;
  await page.goto(`destinasi/${d.slug}/`);
  const facts = page.locator('.facts');
  await expect(facts.getByText('Kecamatan', { exact: true })).toBeVisible();
  await expect(facts.getByText(/Lokasi/).first()).toBeVisible();
  const factsBox = await facts.boundingBox();
  const storyBox = await page.locator('.prose').boundingBox();
  expect(factsBox!.y <= storyBox!.y || factsBox!.x < storyBox!.x).toBe(true);
});

test('an entry without photos shows its generated cover art', async ({ page, request }) => {
  const d = content.destinations[0]!;
  await page.goto(`destinasi/${d.slug}/`);
  const src = await page.locator('.entry-media img').getAttribute('src');
  expect(src).toContain(`/cover/destinations/${d.slug}.svg`);
  const svg = await request.get(src!);
  expect(svg.headers()['content-type']).toContain('image/svg');
  expect(await svg.text()).toContain('<svg');
});
