/**
 * The offline and saved pages: where they are in each language (the worker
 * falls back to the offline page when a page is neither online nor cached) and
 * which cached pages the offline page lists, under which title.
 */
import { isExcludedFromSitemap, parseRoute, routeUrl } from '../routes';
import type { Lang } from '../../content/vocab';

/** The offline page of a language, and the one for a path (English under /en/). */
export const offlineUrl = (base: string, lang: Lang) => routeUrl(base, lang, 'offline');
export const savedUrl = (base: string, lang: Lang) => routeUrl(base, lang, 'saved');
export const langOfPath = (base: string, pathname: string): Lang => parseRoute(base, pathname).lang;

/**
 * Cached pages that the offline page lists: real pages of the site, which are
 * exactly those the sitemap lists (not the offline and saved pages, the
 * mini-map page, the CMS or the 404 page).
 */
export function listablePage(base: string, pathname: string): boolean {
  const b = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(b) && pathname.endsWith('/') && !isExcludedFromSitemap(pathname, b);
}

/** The <title> of a cached page, without the site name. */
export function titleOfHtml(html: string): string | undefined {
  const m = /<title>([^<]*)<\/title>/i.exec(html);
  if (!m) return undefined;
  const text = m[1]!
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
  return text.split(' · ')[0]!.trim();
}
