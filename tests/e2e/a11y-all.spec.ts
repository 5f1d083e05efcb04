/**
 * axe on every URL of the site (sitemap and dist/, both languages; the CMS at
 * /admin/ is a third-party app with its own tests). One browser page walks a
 * share of the URLs, so this stays fast at a few hundred pages; every
 * violation on every page is collected before the test fails.
 */
import { test, expect } from './fixtures';
import { axeViolations, withAxe } from './support/axe';
import { allUrls, shards } from './support/urls';

const urls = allUrls();
// Enough parts that both workers stay busy to the end.
const PARTS = 6;

test.beforeEach(async ({ context, page }) => {
  await withAxe(context);
  // Images, fonts and the mini-map iframes change nothing axe checks here (alt text and contrast are read
  // from the DOM and CSS; the mini-map page is a URL of its own in the list), and loading them is most of the time.
  await page.route(/\.(png|jpe?g|webp|avif|gif|svg|woff2?)(\?|$)|\/(peta|map)\/mini\//, (route) => {
    const r = route.request();
    // The page under test itself (the mini-map page is one) always loads.
    return r.isNavigationRequest() && r.frame() === page.mainFrame() ? route.continue() : route.abort('blockedbyclient');
  });
});

shards(urls, PARTS).forEach((part, i) => {
  test(`axe finds no violations on any page of the site (part ${i + 1} of ${PARTS})`, async ({ page }) => {
    // About 1 s a page (load and axe); a busy machine can take several times that.
    test.setTimeout(60_000 + part.length * 6_000);
    expect(part.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const url of part) {
      const res = await page.goto(url);
      expect([200, 404], url).toContain(res?.status());
      for (const v of await axeViolations(page)) found.push(`/${url} ${v}`);
    }
    expect(found).toEqual([]);
  });
});
