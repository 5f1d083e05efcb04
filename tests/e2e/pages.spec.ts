import { test, expect, content } from './fixtures';

// Every page type's status, language, heading and hreflang alternates are checked in csp.spec.ts, on its walk of every page type.

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
  // Any destination with a pin (its facts then name its location); the office's content decides which.
  const d = content.destinations.find((x) => (x.data as { location?: unknown }).location)!;
  expect(d, 'a destination with a location in content/').toBeDefined();
  await page.goto(`destinasi/${d.slug}/`);
  const facts = page.locator('.facts');
  await expect(facts.getByText('Kecamatan', { exact: true })).toBeVisible();
  await expect(facts.getByText(/Lokasi/).first()).toBeVisible();
  const factsBox = await facts.boundingBox();
  const storyBox = await page.locator('.prose').boundingBox();
  expect(factsBox!.y <= storyBox!.y || factsBox!.x < storyBox!.x).toBe(true);
});

test('an entry without photos shows its generated cover art, whole and without filling the first screen', async ({ page, request }) => {
  const d = content.destinations.find((x) => !(x.data as { photos?: unknown[] }).photos?.length);
  test.skip(!d, 'every destination has a photo');
  await page.goto(`destinasi/${d!.slug}/`);
  const img = page.locator('.entry-media img');
  const src = await img.getAttribute('src');
  expect(src).toContain(`/cover/destinations/${d!.slug}.svg`);
  const svg = await request.get(src!);
  expect(svg.headers()['content-type']).toContain('image/svg');
  expect(await svg.text()).toContain('<svg');
  // Shown at its own 8:5 (a locator cropped to a 16:7 band would lose the regency), and at most about a
  // third of the screen tall: on a desktop the 16:7 band of a photo was 490 px of an 800 px screen.
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
    { width: 320, height: 640 },
  ]) {
    await page.setViewportSize(viewport);
    const box = (await img.boundingBox())!;
    expect(box.width / box.height, `${viewport.width} px`).toBeCloseTo(1.6, 1);
    expect(box.height, `${viewport.width} px`).toBeLessThanOrEqual(Math.max(viewport.height * 0.34, 180));
  }
});
