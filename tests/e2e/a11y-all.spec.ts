/**
 * axe on every URL of the site (sitemap and dist/), both languages. One
 * browser page walks a share of the URLs, so this stays fast at a few hundred
 * pages; every violation on every page is collected before the test fails.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { AXE_TAGS } from './support/axe';
import { allUrls, shards } from './support/urls';

const urls = allUrls();
// Enough parts that both workers stay busy and a slow machine does not hit one long test's timeout.
const PARTS = 12;

shards(urls, PARTS).forEach((part, i) => {
  test(`axe finds no violations on any page of the site (part ${i + 1} of ${PARTS})`, async ({ page }) => {
    // About 1.5 s of CPU per page; a busy machine can take ten times that.
    test.setTimeout(60_000 + part.length * 30_000);
    expect(part.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const url of part) {
      const res = await page.goto(url);
      expect([200, 404], url).toContain(res?.status());
      // Only violations: axe skips collecting details of what passed, which is most of its time.
      const { violations } = await new AxeBuilder({ page })
        .withTags(AXE_TAGS)
        .options({ resultTypes: ['violations'] })
        .analyze();
      for (const v of violations) found.push(`/${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    expect(found).toEqual([]);
  });
});
