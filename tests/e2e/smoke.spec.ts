/**
 * Smoke tests that hold under any base path. CI runs them twice: on the
 * normal build, and on a build served under /wisata/ (scripts/test-base-path.mjs),
 * where a link, asset, search bundle or share image that ignores the base
 * path shows up as a request outside it or as a 404.
 */
import { test, expect, content, pageTypes } from './fixtures';

const base = process.env.BASE_PATH ?? '/';

for (const p of pageTypes()) {
  test(`the ${p.type} page loads every link, script, style, image and data file from under the base path`, async ({
    page,
    consoleErrors,
  }) => {
    const broken: string[] = [];
    const outside: string[] = [];
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (!/^(127\.0\.0\.1|localhost)$/.test(url.hostname)) return;
      if (r.status() >= 400) broken.push(`${r.status()} ${url.pathname}`);
      if (!url.pathname.startsWith(base)) outside.push(url.pathname);
    });
    await page.goto(p.id);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(broken).toEqual([]);
    expect(outside).toEqual([]);
    const hrefs = await page
      .locator('a[href^="/"], link[href^="/"], img[src^="/"], script[src^="/"], source[srcset^="/"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('srcset') ?? ''));
    expect(hrefs.filter((h) => !h.startsWith(base))).toEqual([]);
    // The stylesheet arrived: the body uses the site's font.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Source Sans 3');
    expect(consoleErrors).toEqual([]);
  });
}

test('every link on the home page leads to a page that exists', async ({ page, request }) => {
  await page.goto('');
  const hrefs = [
    ...new Set(await page.locator('a[href^="/"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!.split('#')[0]!))),
  ];
  expect(hrefs.length).toBeGreaterThan(15);
  for (const href of hrefs) {
    expect(href.startsWith(base), href).toBe(true);
    expect((await request.get(href.slice(base.length))).status(), href).toBe(200);
  }
});

test('a tourist searches for a product and opens a result under the base path', async ({ page }) => {
  // Any product's name will do: the subject comes from whatever content/ holds.
  const title = (content.products[0]!.data as { title: string }).title;
  await page.goto(`cari/?q=${encodeURIComponent(title)}`);
  // A wait, not a time limit: Pagefind compiles its WebAssembly first, slow on a busy machine.
  const first = page.locator('[data-results] a').first();
  await expect(first).toBeVisible({ timeout: 60_000 });
  expect(await first.getAttribute('href')).toMatch(new RegExp(`^${base}[a-z]`));
  await first.click();
  expect(new URL(page.url()).pathname.startsWith(base)).toBe(true);
  await expect(page.locator('h1')).not.toBeEmpty();
});

test('share images, feeds and open data point under the base path', async ({ page, request }) => {
  const slug = content.destinations[0]!.slug;
  await page.goto(`destinasi/${slug}/`);
  const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
  expect(image.pathname).toBe(`${base}share/id/destinations/${slug}.png`);
  expect((await request.get(image.pathname.slice(base.length))).status()).toBe(200);
  const feed = (await page.locator('link[type="application/rss+xml"]').getAttribute('href'))!;
  expect(feed).toBe(`${base}feed.xml`);
  const data = await (await request.get('data/destinations.json')).json();
  expect(new URL(data.items[0].urls.id).pathname.startsWith(base)).toBe(true);
  expect(new URL(data.$schema).pathname).toBe(`${base}data/schema/destinations.schema.json`);
});
