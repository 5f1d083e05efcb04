/**
 * axe-core for the accessibility checks, run in the page itself.
 *
 * @axe-core/playwright's AxeBuilder (no longer used) injects axe into the
 * page on every call and, by default, opens a blank page to finish each run: about 2.5 s a page
 * on these machines, which for every URL of the site would take most of the
 * test budget. Here axe is added once per browser context as an init script
 * (so it is already in every page and frame the context opens, the mini-map
 * iframes included) and `axe.run` is called directly: about 0.6 s a page,
 * with the same rules and results.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from '@playwright/test';

/** The axe rule sets every accessibility check uses: WCAG 2.1 A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Makes axe available in every page of `context` (call before opening pages). */
export const withAxe = (context: BrowserContext) => context.addInitScript({ content: source });

interface AxeViolation {
  id: string;
  nodes: { target: string[] }[];
}

/** The violations on the current page, one readable line each: `rule: selector, selector`. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Pages opened before withAxe() (or in a context without it) get axe now, in the main frame.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
  }, AXE_TAGS);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
