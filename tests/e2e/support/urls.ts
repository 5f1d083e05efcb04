/**
 * Every URL of the site: the sitemap's (when the build writes one) together
 * with every HTML page in dist/, so a page left out of the sitemap is still
 * checked. Paths are relative to Playwright's baseURL.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { site } from '../../../src/config/site';
import { DIST, builtPages, isCmsPage, relativeToBase } from './built-site';

/** <loc> entries of a sitemap file, following a sitemap index into its parts. */
function sitemapLocs(file: string): string[] {
  if (!existsSync(file)) return [];
  const xml = readFileSync(file, 'utf8');
  const locs = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!);
  if (!/<sitemapindex/.test(xml)) return locs;
  return locs.flatMap((loc) => sitemapLocs(path.join(DIST, new URL(loc).pathname.split('/').pop()!)));
}

export function allUrls(): string[] {
  const origin = new URL(site.url).origin;
  const fromSitemap = sitemapLocs(path.join(DIST, 'sitemap-index.xml'))
    .filter((loc) => loc.startsWith(origin))
    .map((loc) => new URL(loc).pathname);
  const fromDist = builtPages().map((p) => p.url);
  return [...new Set([...fromSitemap, ...fromDist])]
    .filter((u) => !isCmsPage(u))
    .sort()
    .map(relativeToBase);
}

/** Splits a list into `n` nearly equal parts, so parallel workers share the work. */
export const shards = <T>(items: T[], n: number): T[][] => Array.from({ length: n }, (_, i) => items.filter((_, j) => j % n === i));
