/**
 * The offline app's caches, decided in one place: the caches the service
 * worker keeps and their limits, and which request goes to which cache. The
 * service worker (src/client/sw/sw.ts) and the pages that talk to it import this
 * module, so they cannot disagree. Pure: no DOM, no service-worker globals,
 * unit-tested in tests/unit/lib/pwa.test.ts.
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
 *   for a week, bounded in count and in bytes (TILE_CACHE_MAX_BYTES); never
 *   downloaded in bulk (OpenStreetMap's tile policy). Fetched in CORS mode, so
 *   they are readable responses of known size, never opaque ones.
 */

/** Bump when the cache layout changes: caches of other versions are deleted when the worker activates. */
export const CACHE_VERSION = 'v1';

/** Runtime caches. "saved" has no version and no limit: it holds what the visitor chose to keep. */
export const CACHES = {
  pages: `jt-pages-${CACHE_VERSION}`,
  assets: `jt-assets-${CACHE_VERSION}`,
  images: `jt-images-${CACHE_VERSION}`,
  search: `jt-search-${CACHE_VERSION}`,
  data: `jt-data-${CACHE_VERSION}`,
  // A new name when tiles became CORS responses: the old cache of opaque tiles (megabytes of quota each) is
  // deleted as the worker activates (isOutdatedCache), the visitor's other caches are not.
  tiles: `jt-tiles-cors-${CACHE_VERSION}`,
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

/**
 * The most the map tiles may add to the visitor's storage, as `navigator.storage.estimate()` counts it: the
 * rest stays for the pages and photos they save for offline (tests/e2e/tile-cache.spec.ts measures it).
 */
export const TILE_STORAGE_BOUND = 50 * 1024 * 1024;
/**
 * The tile cache's budget, summed from its responses' sizes (src/lib/pwa/byte-budget.ts). Below the bound:
 * the browser's own bookkeeping per stored response comes on top, and it grows with the browser: about 3 MB
 * for 170 tiles in Chromium 150, 5.3 MB for 153 tiles in Chromium 156 (measured by the e2e test). A tenth
 * of the bound is left for it.
 */
export const TILE_CACHE_MAX_BYTES = 40 * 1024 * 1024;

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
