/**
 * Every URL of the site is built here, from explicit route names and slugs,
 * never by string-replacing folder paths. The default language (Indonesian)
 * lives at `/`, every other one under `/<code>/`; the route segments of each
 * language come from the locale table (src/lib/locales.ts), slugs are the same
 * in every language.
 */
import { ALL_LANGS, DEFAULT_LANG, LOCALES, isLang, langPrefix, type Lang } from './locales';

type Segments = (typeof LOCALES)[Lang];
/** Route names, in the order of the locale table. */
export type RouteName = keyof Segments['routes'];
export type FilterName = keyof Segments['filters'];

/** `{ route: { lang: segment } }`, read from the locale table. */
const byRoute = <K extends string>(get: (lang: Lang) => Record<K, string>): Record<K, Record<Lang, string>> => {
  const out = {} as Record<K, Record<Lang, string>>;
  for (const lang of ALL_LANGS)
    for (const [key, segment] of Object.entries(get(lang)) as [K, string][]) (out[key] ??= {} as Record<Lang, string>)[lang] = segment;
  return out;
};

/** Route names and their path segment per language, e.g. ROUTES.destinations.en = 'destinations'. */
export const ROUTES: Record<RouteName, Record<Lang, string>> = byRoute((lang) => LOCALES[lang].routes);

/** Sub-path segments used by the filter pages. */
export const FILTER_SEGMENTS: Record<FilterName, Record<Lang, string>> = byRoute((lang) => LOCALES[lang].filters);

/** The segment before the page number of a listing's later pages: /destinasi/halaman/2/, /en/destinations/page/2/. */
export const PAGE_SEGMENT = Object.fromEntries(ALL_LANGS.map((l) => [l, LOCALES[l].page])) as Record<Lang, string>;

/** Collection → route name of its pages. */
export const COLLECTION_ROUTE = {
  destinations: 'destinations',
  events: 'events',
  products: 'products',
  districts: 'districts',
} as const satisfies Record<string, RouteName>;

/** Content pages (content/pages/<key>) → route. */
export const PAGE_ROUTE = { about: 'about', 'getting-here': 'gettingHere', 'about-toba': 'aboutToba' } as const satisfies Record<
  string,
  RouteName
>;

/** Joins segments into `/a/b/`, with the base path in front. */
export function joinPath(base: string, ...segments: (string | undefined)[]): string {
  // Most segments have no slash at either end; the regex is for those that do (every link of every page comes through here).
  const parts = segments.filter((s): s is string => !!s).map((s) => (s.startsWith('/') || s.endsWith('/') ? s.replace(/^\/+|\/+$/g, '') : s));
  const b = base.endsWith('/') ? base : `${base}/`;
  return parts.length ? `${b}${parts.join('/')}/` : b;
}

/** Path segments of a route (without base), e.g. ['en', 'destinations', 'x']. */
export function routeSegments(lang: Lang, route: RouteName, ...rest: (string | undefined)[]): string[] {
  return [langPrefix(lang), ROUTES[route][lang], ...rest].filter((s): s is string => !!s);
}

/** URL of a route, e.g. routeUrl('/', 'en', 'destinations', 'situmurun') → '/en/destinations/situmurun/'. */
export function routeUrl(base: string, lang: Lang, route: RouteName, ...rest: (string | undefined)[]): string {
  return joinPath(base, ...routeSegments(lang, route, ...rest));
}

/** URL of a filter page, e.g. /destinasi/kategori/beach/. */
export function filterUrl(base: string, lang: Lang, route: RouteName, filter: FilterName, value: string): string {
  return routeUrl(base, lang, route, FILTER_SEGMENTS[filter][lang], value);
}

/**
 * URL of page `page` of a listing whose first page is `listUrl` (an index or
 * filter page URL, ending in /). Page 1 is the listing's own URL, so a listing
 * that fits on one page keeps the URL it always had.
 */
export function pagedUrl(listUrl: string, lang: Lang, page: number): string {
  return page <= 1 ? listUrl : `${listUrl}${PAGE_SEGMENT[lang]}/${page}/`;
}

/** A path taken apart: its language, route and the segments after the route. */
export interface ParsedPath {
  lang: Lang;
  /** Undefined for paths that match no route (they are not pages of the site). */
  route?: RouteName | undefined;
  rest: string[];
}

/** Reads a site path (with the base path in front) back into language, route and segments. */
export function parseRoute(base: string, pathname: string): ParsedPath {
  const b = base.endsWith('/') ? base : `${base}/`;
  const tail = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
  const segs = tail.split('/').filter(Boolean);
  const lang: Lang = segs[0] && segs[0] !== DEFAULT_LANG && isLang(segs[0]) ? segs[0] : DEFAULT_LANG;
  if (lang !== DEFAULT_LANG) segs.shift();
  if (!segs.length) return { lang, route: 'home', rest: [] };
  const entry = Object.entries(ROUTES).find(([name, v]) => name !== 'home' && v[lang] === segs[0]);
  return { lang, route: entry?.[0] as RouteName | undefined, rest: segs.slice(1) };
}

/**
 * The same page in another language: maps the path's route segment across.
 * Works for every route in ROUTES; unknown paths go to the other home page.
 */
export function alternatePath(base: string, pathname: string, to: Lang): string {
  const { lang: from, route, rest } = parseRoute(base, pathname);
  if (!route) return routeUrl(base, to, 'home');
  const tail = [...rest];
  const filter = Object.values(FILTER_SEGMENTS).find((f) => f[from] === tail[0]);
  if (filter) tail[0] = filter[to];
  // A listing's later page: …/halaman/2/ ↔ …/page/2/ (the same page number in both languages: both list the same entries).
  const page = tail.length - 2;
  if (page >= 0 && tail[page] === PAGE_SEGMENT[from] && /^\d+$/.test(tail[page + 1]!)) tail[page] = PAGE_SEGMENT[to];
  return routeUrl(base, to, route, ...tail);
}

/** URL of an entry's generated cover art (src/pages/cover/[collection]/[slug].svg.ts). */
export function coverUrl(base: string, collection: string, slug: string): string {
  return `${joinPath(base, 'cover', collection)}${slug}.svg`;
}

/** A file beside a route's pages, e.g. routeFileUrl('/', 'en', 'events', 'onan-balige.ics') → '/en/events/onan-balige.ics'. */
export function routeFileUrl(base: string, lang: Lang, route: RouteName, file: string): string {
  return `${routeUrl(base, lang, route)}${file}`;
}

/** The subscribable calendar of all events: /data/events.ics, with English titles at /data/events.en.ics (each language: events.<code>.ics). */
export function eventsFeedUrl(base: string, lang: Lang): string {
  return dataUrl(base, eventsFeedFile(lang));
}

/** The file name of a language's calendar of all events in /data/. */
export const eventsFeedFile = (lang: Lang): string => (lang === DEFAULT_LANG ? 'events.ics' : `events.${lang}.ics`);

/**
 * URL of a generated 1200×630 share image (drawn after the build by src/build/steps/share-images.ts),
 * e.g. shareImageUrl('/', 'en', 'destinations/situmurun') → '/share/en/destinations/situmurun.png'.
 */
export function shareImageUrl(base: string, lang: Lang, card: string): string {
  return `${joinPath(base, 'share', lang)}${card}.png`;
}

/** The open data files, the same in both languages: /data/destinations.json, /data/places.geojson, … */
export function dataUrl(base: string, file: string): string {
  return `${joinPath(base, 'data')}${file}`;
}

/** The RSS feed of each language: /feed.xml and /en/feed.xml. */
export function feedUrl(base: string, lang: Lang): string {
  return `${joinPath(base, langPrefix(lang))}feed.xml`;
}

/** Where the CMS lives (src/pages/admin/): for editors only, never indexed. */
export const ADMIN_SEGMENT = 'admin';

/**
 * True for paths that must stay out of the sitemap (and search engines): the
 * CMS at /admin/, the 404 page, the mini-map page, and the offline, saved and trip
 * pages (their content is the visitor's own device). `path` is a site path with or without the
 * base, e.g. `/admin/`, `/wisata/admin/config.yml`, `/404.html`.
 */
export function isExcludedFromSitemap(path: string, base = '/'): boolean {
  const b = base.endsWith('/') ? base : `${base}/`;
  const { lang } = parseRoute(base, path.startsWith(b) ? path : `${b}${path.replace(/^\//, '')}`);
  const full = path.startsWith(b) ? path.slice(b.length) : path.replace(/^\//, '');
  const rest = lang === DEFAULT_LANG ? full : full.slice(lang.length + 1);
  const first = rest.split('/')[0] ?? '';
  const personal = [ROUTES.offline[lang], ROUTES.saved[lang], ROUTES.trip[lang]];
  // The mini-map page lives inside other pages' iframes (noindex).
  const miniMap = rest === `${ROUTES.map[lang]}/mini/`;
  return first === ADMIN_SEGMENT || personal.includes(first) || miniMap || /^404(\.html|\/)?$/.test(rest);
}

/** Paper sizes of the printable posters. */
export type PosterSize = 'a4' | 'a5';
/** Shapes of the social-media templates: 1080×1080 and 1080×1920. */
export type SocialFormat = 'square' | 'story';

/**
 * A destination's printable poster (drawn after the build by src/build/steps/print-kit.ts),
 * e.g. posterUrl('/', 'situmurun', 'a4', 'pdf') → '/poster/situmurun-a4.pdf'.
 */
export function posterUrl(base: string, slug: string, size: PosterSize, ext: 'svg' | 'pdf'): string {
  return `${joinPath(base, 'poster')}${slug}-${size}.${ext}`;
}

/** An entry's social-media template, e.g. socialUrl('/', 'events', 'onan', 'story') → '/social/events/onan-story.jpg'. */
export function socialUrl(base: string, collection: 'destinations' | 'events', slug: string, format: SocialFormat): string {
  return `${joinPath(base, 'social', collection)}${slug}-${format}.jpg`;
}
