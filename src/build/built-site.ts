/**
 * The built site as the post-build steps see it: every HTML page read once,
 * with what several steps look up (its URL, its CSP <meta> policy, its share
 * image). Steps read pages from here, never from dist/ again; a step that
 * changes a page (the CMS page's policy) changes it here and on disk.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listPages, pageUrl } from './built-files';
import { metaCsp } from '../lib/security/csp';

export interface BuiltPage {
  /** Absolute path of the file. */
  file: string;
  /** Path relative to dist/, with forward slashes, e.g. en/map/index.html. */
  rel: string;
  /** URL path the page is served at, base included, e.g. /en/map/. */
  url: string;
  html: string;
  /** The CMS at /admin/: its own policy, never searched, cached or shared. */
  admin: boolean;
}

export interface BuiltSite {
  /** dist/, absolute. */
  dir: string;
  /** The base path, ending in "/". */
  base: string;
  pages: BuiltPage[];
}

/** Reads every page of a build once. */
export function readBuiltSite(dir: string, base: string): BuiltSite {
  const b = base.endsWith('/') ? base : `${base}/`;
  const pages = listPages(dir).map((file) => {
    const rel = path.relative(dir, file).split(path.sep).join('/');
    const url = pageUrl(dir, file, b);
    return { file, rel, url, html: readFileSync(file, 'utf8'), admin: rel.startsWith('admin/') };
  });
  return { dir, base: b, pages };
}

/** Changes a page, in the model and on disk. */
export function rewritePage(page: BuiltPage, html: string): void {
  if (html === page.html) return;
  page.html = html;
  writeFileSync(page.file, html);
}

/** The site's pages (the CMS's left out). */
export const publicPages = (site: BuiltSite) => site.pages.filter((p) => !p.admin);

/** The CSP of every public page, read from its <meta> tag; throws when a page has none. */
export function pagePolicies(site: BuiltSite): string[] {
  const pages = publicPages(site);
  const policies = pages.map((p) => metaCsp(p.html));
  const missing = pages.filter((_, i) => !policies[i]);
  if (missing.length)
    throw new Error(
      `${missing.length} built page(s) have no Content-Security-Policy <meta> tag (${missing
        .slice(0, 3)
        .map((p) => p.url)
        .join(', ')}); is security.csp enabled?`,
    );
  return policies as string[];
}

/** The og:image URL of a page, as written (absolute). */
export function ogImage(html: string): string | undefined {
  return /<meta[^>]+property="og:image"[^>]+content="([^"]+)"/i.exec(html)?.[1];
}
