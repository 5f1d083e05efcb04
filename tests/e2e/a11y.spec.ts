import AxeBuilder from '@axe-core/playwright';
import { test, expect, pageTypes } from './fixtures';
import { AXE_TAGS } from './support/axe';

for (const p of pageTypes()) {
  for (const lang of ['id', 'en'] as const) {
    test(`axe finds no violations on the ${p.type} page in ${lang === 'id' ? 'Indonesian' : 'English'}`, async ({ page }) => {
      await page.goto(p[lang]);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
