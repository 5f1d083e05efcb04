/**
 * The offline app, decided in one place: the web app manifest, the caches the
 * service worker keeps and their limits, and which request goes to which
 * cache. The service worker (src/sw/sw.ts), the build step that writes it
 * (src/integrations/pwa.ts) and the pages that list saved entries all import
 * this module, so they cannot disagree. Pure: no DOM, no service-worker
 * globals, unit-tested in tests/unit/lib/pwa.test.ts.
 *
 * Strategy
 * - HTML: network first (a page is never stale while there is signal), the
 *   cached copy when the network fails, then the offline page.
 * - Hashed build assets (/_astro/): cache first; they never change under a name.
 * - Search index chunks (hashed names): cache first; Pagefind's entry file and
 *   its unhashed library: network first.
 * - Photos and cover art: cache first, bounded.
 * - Open data (/data/places.geojson): network first.
 * - Map tiles: only those the visitor has actually looked at, cache first
 *   for a week, bounded; never downloaded in bulk (OpenStreetMap's tile policy).
 */
import { isExcludedFromSitemap, parseRoute, routeUrl } from './routes';
import type { Lang } from './content/vocab';

/** Bump when the cache layout changes: caches of other versions are deleted when the worker activates. */
export const CACHE_VERSION = 'v1';

/** Runtime caches. "saved" has no version and no limit: it holds what the visitor chose to keep. */
export const CACHES = {
  pages: `jt-pages-${CACHE_VERSION}`,
  assets: `jt-assets-${CACHE_VERSION}`,
  images: `jt-images-${CACHE_VERSION}`,
  search: `jt-search-${CACHE_VERSION}`,
  data: `jt-data-${CACHE_VERSION}`,
  tiles: `jt-tiles-${CACHE_VERSION}`,
  saved: 'jt-saved',
} as const;
export type CacheKind = keyof typeof CACHES;

/** How much each bounded cache keeps (least recently used goes first). */
export const CACHE_LIMITS = {
  pages: { maxEntries: 50 },
  assets: { maxEntries: 120 },
  images: { maxEntries: 100 },
  search: { maxEntries: 150 },
  data: { maxEntries: 10 },
  // OpenStreetMap asks that tiles be kept at least 7 days and never pre-fetched; 200 tiles is a few map views.
  tiles: { maxEntries: 200, maxAgeSeconds: 7 * 24 * 60 * 60 },
} as const satisfies Partial<Record<CacheKind, { maxEntries: number; maxAgeSeconds?: number }>>;

/** Seconds to wait for the network before a page comes from the cache (weak signal by the lake). */
export const NETWORK_TIMEOUT_SECONDS = 6;

/** Is this cache one of ours but not of the current version (to delete on activate)? */
export function isOutdatedCache(name: string): boolean {
  if (!name.startsWith('jt-')) return false;
  return !(Object.values(CACHES) as string[]).includes(name);
}

export interface RequestFacts {
  /** The request's URL. */
  url: URL;
  /** The service worker's scope, e.g. https://example.id/wisata/. */
  scope: URL;
  /** request.mode */
  mode: string;
  /** request.destination */
  destination: string;
  /** Origin of the tile server, from site config. */
  tileOrigin: string;
}

/** Which cache (and so which strategy) a GET request belongs to; undefined: leave it to the network. */
export function cacheFor(r: RequestFacts): CacheKind | undefined {
  const { url, scope } = r;
  if (url.origin === r.tileOrigin || (r.tileOrigin.includes('*.') && url.hostname.endsWith(r.tileOrigin.split('*.')[1]!))) {
    return r.destination === 'image' || /\.(png|jpe?g|webp)$/.test(url.pathname) ? 'tiles' : undefined;
  }
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return undefined;
  const path = url.pathname.slice(scope.pathname.length);
  // The CMS talks to the file system or GitHub; never cache it.
  if (path.startsWith('admin/')) return undefined;
  if (r.mode === 'navigate') return 'pages';
  if (path.startsWith('_astro/')) return /\.(js|css|woff2?)$/.test(path) ? 'assets' : 'images';
  if (path.startsWith('pagefind/')) return 'search';
  if (path.startsWith('data/') && /\.(geo)?json$/.test(path)) return 'data';
  if (r.destination === 'image' || path.startsWith('cover/') || /\.(svg|png|jpe?g|webp|avif)$/.test(path)) return 'images';
  return undefined;
}

/**
 * Pagefind files whose names carry a content hash (index, fragment and filter
 * chunks, the pf_meta file) never change: cache first. The rest of Pagefind
 * (pagefind.js, the wasm, pagefind-entry.json) is looked up network first.
 */
export const isHashedSearchFile = (path: string) => /\/pagefind\/(index|fragment|filter)\/|\.pf_meta$/.test(path);

/**
 * A page's question to the service worker: how many search-index files it asked for could be neither found
 * in the cache nor fetched (offline, never stored). Pagefind then answers with fewer results or none without
 * saying so; the page asks before and after a search, and says why. The worker counts a failure before it
 * fails the request, so a question sent after the search has finished always sees it.
 */
export const SEARCH_PARTS_MISSING = 'jt-search-parts-missing';

/**
 * Files the worker installs with itself (relative to dist/), besides the app
 * shell: the scripts, styles and fonts the public pages use, which the build
 * finds by reading the pages (src/integrations/pwa.ts; never the CMS's).
 */
export const PRECACHE_GLOBS = [
  'luring/index.html',
  'en/offline/index.html',
  'tersimpan/index.html',
  'en/saved/index.html',
  'favicon.svg',
  'icons/*.png',
  'manifest.webmanifest',
  'en/manifest.webmanifest',
];

/** The CMS is for editors only; it stays out of the precache. */
export const PRECACHE_IGNORES = ['admin/**'];

/** The offline page of a language, and the language of a path (routes.ts: English under /en/, …). */
export const offlineUrl = (base: string, lang: Lang) => routeUrl(base, lang, 'offline');
export const savedUrl = (base: string, lang: Lang) => routeUrl(base, lang, 'saved');
export const langOfPath = (base: string, pathname: string): Lang => parseRoute(base, pathname).lang;

/** One saved entry, as the device remembers it (localStorage, SAVED_KEY). */
export interface SavedEntry {
  /** Page path, e.g. /destinasi/air-terjun-situmurun/. */
  url: string;
  title: string;
  /** Type label as the page showed it (Destinasi, Event, …). */
  kind: string;
  lang: Lang;
  /** When it was saved, ISO 8601. */
  savedAt: string;
  /** The page's images, cached with it. */
  images: string[];
}

export const SAVED_KEY = 'jt-saved';

/** Reads the saved list, ignoring anything malformed (a hand-edited or older store never breaks the page). */
export function parseSaved(raw: string | null): SavedEntry[] {
  if (!raw) return [];
  try {
    const list: unknown = JSON.parse(raw);
    if (!Array.isArray(list)) return [];
    return list.filter(
      (e): e is SavedEntry =>
        !!e && typeof e === 'object' && typeof e.url === 'string' && typeof e.title === 'string' && Array.isArray(e.images),
    );
  } catch {
    return [];
  }
}

/** The list with `entry` added, replacing an older save of the same page; newest first. */
export const withSaved = (list: readonly SavedEntry[], entry: SavedEntry): SavedEntry[] => [
  entry,
  ...list.filter((e) => e.url !== entry.url),
];

/** The list without `url`. */
export const withoutSaved = (list: readonly SavedEntry[], url: string): SavedEntry[] => list.filter((e) => e.url !== url);

/** Images still used by another saved entry must stay in the cache when one entry is removed. */
export function orphanedImages(list: readonly SavedEntry[], removed: SavedEntry): string[] {
  const kept = new Set(list.filter((e) => e.url !== removed.url).flatMap((e) => e.images));
  return removed.images.filter((i) => !kept.has(i));
}

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
