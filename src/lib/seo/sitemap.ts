/**
 * Sitemap and robots.txt. @astrojs/sitemap writes the sitemap; its i18n option
 * pairs pages whose paths are equal after the locale prefix, but our English
 * paths translate the route segment (/destinasi/x/ ↔ /en/destinations/x/), so
 * `serialize` replaces its alternates with ours from routes.ts.
 */
import { alternatePath, isExcludedFromSitemap, joinPath } from '../routes';
import { LOCALES } from '../locales';
import { site } from '../../config/site';

export const SITEMAP_INDEX = 'sitemap-index.xml';

/** hreflang alternates of a sitemap URL: each published language and x-default (Indonesian). */
export function sitemapLinks(url: string, base: string): { url: string; lang: string }[] {
  const u = new URL(url);
  const links = site.locales.map((lang) => ({ url: new URL(alternatePath(base, u.pathname, lang), u).href, lang: LOCALES[lang].hreflang }));
  return [...links, { url: links[0]!.url, lang: 'x-default' }];
}

/** Only pages (paths ending in /) go in the sitemap: not feeds, data files, images, the 404 page or the CMS at /admin/. */
export function inSitemap(url: string): boolean {
  const path = new URL(url).pathname;
  return path.endsWith('/') && !isExcludedFromSitemap(path, process.env.BASE_PATH ?? '/');
}

export function robotsTxt(siteUrl: string, base: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL(`${joinPath(base)}${SITEMAP_INDEX}`, siteUrl).href}`, ''].join('\n');
}
