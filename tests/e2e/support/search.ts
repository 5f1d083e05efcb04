/**
 * What the search specs share (search*.spec.ts, on the fixture site): reading the search page's results once
 * a search has finished, and the fixture's entries' data.
 */
import type { Page } from '@playwright/test';
import { expect as baseExpect, fixture } from '../fixtures';

// Searching starts Pagefind's wasm in a web worker and fetches its index: on a
// busy machine a first query takes seconds. These are waits, not time limits
// under test; speed is measured by `npm run bench:search`.
// Each spec also sets `test.describe.configure({ timeout: 120_000 })`.
export const expect = baseExpect.configure({ timeout: 30_000 });

/** The result links on the search page, as paths. */
export const resultPaths = async (page: Page) =>
  await page
    .locator('[data-results] a[data-result-link]')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** Waits until the search page has finished a search and shows `n` results (or at least one). */
export async function results(page: Page, n?: number) {
  const items = page.locator('[data-results] > li');
  await expect(page.locator('[data-results]')).not.toHaveAttribute('aria-busy', 'true');
  if (n === undefined) await expect(items.first()).toBeVisible();
  else await expect(items).toHaveCount(n);
  return resultPaths(page);
}

export const slugs = (paths: string[]) => paths.map((p) => p.split('/').filter(Boolean).at(-1));
export const data = (e: (typeof fixture.entries)[number]) => e.data as Record<string, unknown>;
