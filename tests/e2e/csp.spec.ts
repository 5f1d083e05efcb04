/**
 * Every page type, served with the headers of dist/_headers as a static host
 * would: it answers 200 in its language with one heading and its hreflang
 * alternates, runs under the Content Security Policy without a violation, and
 * no console error appears (the fixtures fail the test on any). Search, which
 * runs WebAssembly in a worker, keeps working under the CSP.
 */
import { test, expect, content, pageTypes } from './fixtures';
import { recordCspViolations, serveWithHeaders } from './static-host';

test.beforeEach(async ({ page }) => {
  await serveWithHeaders(page);
});
// Lazy images may still be in flight through the route when a test ends.
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

// One browser page walks every page type: a new page per type costs more than the check.
for (const lang of ['id', 'en'] as const) {
  test(`every page type in ${lang === 'id' ? 'Indonesian' : 'English'} opens in its language and runs under the CSP without a violation`, async ({
    page,
    consoleErrors,
  }) => {
    test.setTimeout(180_000);
    const violations = await recordCspViolations(page);
    const found: string[] = [];
    for (const p of pageTypes()) {
      const res = await page.goto(p[lang]);
      expect.soft(res?.status(), p.type).toBe(200);
      expect.soft(res?.headers()['content-security-policy'], p.type).toContain("script-src 'self'");
      await expect.soft(page.locator('html'), p.type).toHaveAttribute('lang', lang);
      await expect.soft(page.locator('h1'), p.type).toHaveCount(1);
      await expect.soft(page.locator('h1'), p.type).not.toBeEmpty();
      for (const hreflang of ['id', 'en', 'x-default'])
        await expect.soft(page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`), `${p.type} ${hreflang}`).toHaveCount(1);
      await expect.soft(page.locator('meta[http-equiv="content-security-policy"]'), p.type).toHaveCount(1);
      // The map starts when the visitor reaches for it: start it, so Leaflet runs under the CSP too.
      const start = page.locator('[data-map-start]');
      if (await start.count()) {
        await start.click();
        await expect.soft(page.locator('jt-map'), p.type).toHaveAttribute('data-ready', '', { timeout: 45_000 });
      }
      // Scroll to the end, so scripts that start when their element is on screen (mini-maps) run too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      found.push(...(await violations()).map((v) => `${p[lang]}: ${v}`));
    }
    expect(found).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}

test('a tourist searches under the CSP and finds a destination by its name', async ({ page, consoleErrors }) => {
  // Any destination will do: the subject comes from whatever content/ holds, never a named entry.
  const d = content.destinations[0]!;
  const title = (d.data as { title: string }).title;
  const violations = await recordCspViolations(page);
  await page.goto(`cari/?q=${encodeURIComponent(title)}`);
  // A wait, not a time limit: Pagefind compiles its WebAssembly first, which takes long on a busy machine
  // (the search specs wait as long: tests/e2e/support/search.ts).
  await expect(page.locator(`[data-results] a[href$="/destinasi/${d.slug}/"]`).first()).toBeVisible({ timeout: 60_000 });
  expect(await violations()).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('the CSP blocks a script injected into a page', async ({ page, consoleErrors }) => {
  const violations = await recordCspViolations(page);
  await page.goto('');
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
  // The browser also reports the block as a console error.
  expect(consoleErrors.some((e) => /Content Security Policy/.test(e))).toBe(true);
});

test('the site sends HSTS, nosniff, a referrer policy and geolocation for itself only', async ({ page }) => {
  const res = await page.goto('');
  const h = res!.headers();
  expect(h['strict-transport-security']).toMatch(/max-age=\d+/);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('geolocation=(self)');
  expect(h['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(h['content-security-policy']).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
});
