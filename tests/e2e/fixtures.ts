/**
 * Shared Playwright fixtures: every test blocks map-tile requests (these
 * machines are offline, and the site must work without tiles) and fails on
 * console errors. Also exposes the content the site was built from.
 */
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { checkContent } from '../../src/content/validate';
import { site } from '../../src/config/site';

export const TILE_PATTERN = /tile\.openstreetmap\.org|\{z\}/;

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page, context }, use) => {
      const errors: string[] = [];
      // On the context, so tiles requested by the mini-map's iframe are blocked too.
      await context.route(TILE_PATTERN, (route) => route.abort('internetdisconnected'));
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !/Failed to load resource.*(tile|ERR_INTERNET_DISCONNECTED)/.test(msg.text()))
          errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use(errors);
    },
    { auto: true },
  ],
});
export { expect };

/** The published entries of a content folder, read with the same checker as the build. */
function corpus(dir: string) {
  const { entries } = checkContent(path.resolve(dir));
  const of = (c: string) => entries.filter((e) => e.collection === c);
  return { destinations: of('destinations'), events: of('events'), products: of('products'), entries };
}

/**
 * What content/ holds: the live build's specs may derive their subjects from it (the first destination,
 * every entry), but never assert particular entries or counts of it (it belongs to the office).
 */
export const content = corpus(site.contentDir);

/**
 * The fixture corpus (tests/fixtures/site/) that the `fixture` project's site is built from
 * (playwright.config.ts, FIXTURE_SPECS): the specs that need particular entries use it.
 */
export const fixture = corpus('tests/fixtures/site');

/** A page of each type, in Indonesian and English, built from the real content. */
export function pageTypes() {
  const d = content.destinations[0]!;
  const e = content.events[0]!;
  const p = content.products[0]!;
  const cat = (d.data as { category: string }).category;
  return [
    { type: 'home', id: '', en: 'en/' },
    { type: 'destination index', id: 'destinasi/', en: 'en/destinations/' },
    { type: 'destination category', id: `destinasi/kategori/${cat}/`, en: `en/destinations/category/${cat}/` },
    { type: 'destination district', id: 'destinasi/kecamatan/balige/', en: 'en/destinations/district/balige/' },
    { type: 'destination', id: `destinasi/${d.slug}/`, en: `en/destinations/${d.slug}/` },
    { type: 'event index', id: 'acara/', en: 'en/events/' },
    { type: 'event', id: `acara/${e.slug}/`, en: `en/events/${e.slug}/` },
    { type: 'product index', id: 'produk/', en: 'en/products/' },
    { type: 'product', id: `produk/${p.slug}/`, en: `en/products/${p.slug}/` },
    { type: 'district index', id: 'kecamatan/', en: 'en/districts/' },
    { type: 'district', id: 'kecamatan/balige/', en: 'en/districts/balige/' },
    { type: 'map', id: 'peta/', en: 'en/map/' },
    { type: 'search', id: 'cari/', en: 'en/search/' },
    { type: 'about', id: 'tentang/', en: 'en/about/' },
    { type: 'getting here', id: 'cara-ke-toba/', en: 'en/getting-here/' },
    { type: 'about Toba', id: 'tentang-toba/', en: 'en/about-toba/' },
    { type: 'open data', id: 'data-terbuka/', en: 'en/open-data/' },
  ];
}

/** Reads the h1 text of the current page. */
export const h1 = (page: Page) => page.locator('h1').first().innerText();
