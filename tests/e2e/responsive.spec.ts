import { test, expect, pageTypes } from './fixtures';

// Runs in the "phone" project too. 320 px is the narrowest phone we support.
test.use({ viewport: { width: 320, height: 640 } });

for (const p of pageTypes()) {
  test(`the ${p.type} page fits a 320 px wide phone without sideways scrolling`, async ({ page }) => {
    await page.goto(p.id);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
