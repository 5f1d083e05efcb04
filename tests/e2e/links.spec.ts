/**
 * Link check of the built site: no broken internal links, #anchors, images,
 * scripts or stylesheets on any page (tests/support/quality/links.ts). No browser.
 */
import { test, expect } from '@playwright/test';
import { checkLinks } from '../support/quality/links';
import { site } from '../../src/config/site';
import { BASE, DIST, builtPages } from './support/built-site';

test('no page of the built site has a broken internal link, anchor or image', () => {
  const pages = builtPages().length;
  const result = checkLinks(DIST, { base: BASE, origin: site.url });
  expect(result.pages).toBe(pages);
  // Thousands of references; far fewer would mean the checker stopped finding them.
  expect(result.checked).toBeGreaterThan(pages * 10);
  expect(result.broken.map((b) => `${b.from} ${b.where} → ${b.url} (${b.reason})`)).toEqual([]);
});
