import { test, expect, pageTypes } from './fixtures';

// Runs in the "phone" project. 320 px is the narrowest phone we support.
test.use({ viewport: { width: 320, height: 640 } });

// One browser page walks every page type (a new page per type costs more than the check).
for (const lang of ['id', 'en'] as const) {
  test(`every page type in ${lang === 'id' ? 'Indonesian' : 'English'} fits a 320 px wide phone without sideways scrolling`, async ({
    page,
  }) => {
    const tooWide: string[] = [];
    for (const p of pageTypes()) {
      await page.goto(p[lang]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) tooWide.push(`${p.type} (/${p[lang]}): ${overflow} px too wide`);
    }
    expect(tooWide).toEqual([]);
  });
}
