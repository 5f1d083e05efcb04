/**
 * The built site in dist/, for the checks that read files instead of driving
 * a browser (budgets, links, HTML validation) and for the URL lists of the
 * browser checks. Same output folder and base path as the build and preview.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { listPages, pageUrl } from '../../../src/build/built-files';
import { routeUrl, type RouteName } from '../../../src/lib/routes';
import { site } from '../../../src/config/site';

export const DIST = path.resolve(process.env.JELAJAH_OUT_DIR ?? 'dist');
export const BASE = process.env.BASE_PATH ?? '/';

export interface BuiltPage {
  file: string;
  /** Path on the site, base included: /en/map/. */
  url: string;
}

/** Every HTML page of the build. Throws when there is no build, so nothing passes on an empty folder. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error(`No build in ${DIST}: run npm run build first.`);
  return listPages(DIST).map((file) => ({ file, url: pageUrl(DIST, file, BASE) }));
}

/**
 * The CMS at /admin/ (Sveltia CMS, for editors): a third-party app, not a page
 * of the public site. It is kept out of the page budgets and the axe run; its
 * own tests are in admin.spec.ts.
 */
export const isCmsPage = (url: string) => url.startsWith(`${BASE}admin/`);

/** The URLs of a route in every published language, e.g. the map → /peta/ and /en/map/. */
export const routeUrls = (route: RouteName): string[] => site.locales.map((lang) => routeUrl(BASE, lang, route));

/** A URL relative to Playwright's baseURL (which already ends in the base path). */
export const relativeToBase = (url: string): string => url.slice((BASE.endsWith('/') ? BASE : `${BASE}/`).length);
