/// <reference lib="webworker" />
/**
 * The service worker: Workbox's precaching, routing, strategies and
 * expiration, wired to the rules in src/lib/pwa/. Bundled and given its
 * precache manifest by src/build/steps/service-worker.ts after every production build
 * (dist/sw.js); never registered in `npm run dev`.
 *
 * - Pages: network first, the cached copy when the network fails or stalls,
 *   then a saved copy, then the offline page of the page's language.
 * - A page the visitor saved is refreshed in the saved cache whenever it is
 *   fetched from the network again, so "saved" never means "stale".
 * - A new version waits until the page asks it to take over (the update
 *   banner, src/client/pwa/register.ts); on activation it deletes the caches
 *   of other versions and the outdated precache.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import type { WorkboxPlugin } from 'workbox-core';
import {
  CACHES,
  CACHE_LIMITS,
  NETWORK_TIMEOUT_SECONDS,
  cacheFor,
  isHashedSearchFile,
  isOutdatedCache,
  SEARCH_PARTS_MISSING,
  TILE_CACHE_MAX_BYTES,
  type CacheKind,
} from '../../lib/pwa/caches';
import { byteBudget } from './tile-budget';
import { langOfPath, offlineUrl } from '../../lib/pwa/offline-pages';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };
/** Origin of the tile server (site config), set by the build. */
declare const __TILE_ORIGIN__: string;

const scope = new URL(self.registration.scope);
const base = scope.pathname;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

/** A cache miss is answered from the visitor's saved pages and images before giving up. */
const fromSaved: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) =>
    cachedResponse ?? (await (await caches.open(CACHES.saved)).match(request, { ignoreSearch: true })) ?? undefined,
};

/** A saved page fetched again from the network replaces its saved copy. */
const refreshSaved: WorkboxPlugin = {
  fetchDidSucceed: async ({ request, response }) => {
    if (response.ok) {
      const saved = await caches.open(CACHES.saved);
      if (await saved.match(request, { ignoreSearch: true })) await saved.put(request.url.split('?')[0]!, response.clone());
    }
    return response;
  },
};

// Workbox's plugin classes declare optional callbacks without `| undefined`, which the
// project's exactOptionalPropertyTypes rejects as WorkboxPlugin; they are plugins all the same.
const plugin = (p: ExpirationPlugin | CacheableResponsePlugin) => p as unknown as WorkboxPlugin;
const limit = (kind: keyof typeof CACHE_LIMITS) => plugin(new ExpirationPlugin({ ...CACHE_LIMITS[kind], purgeOnQuotaError: true }));
const ok = plugin(new CacheableResponsePlugin({ statuses: [200] }));
const tileBytes = byteBudget(CACHES.tiles, TILE_CACHE_MAX_BYTES);

const strategies: Record<Exclude<CacheKind, 'saved'>, (url: URL) => CacheFirst | NetworkFirst> = {
  // The site is static: a query string never changes a page's HTML (search and the mini-map read it in the
  // browser), so /cari/?q=kopi offline is the cached /cari/.
  pages: () =>
    new NetworkFirst({
      cacheName: CACHES.pages,
      networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
      matchOptions: { ignoreSearch: true },
      plugins: [ok, limit('pages'), refreshSaved, fromSaved],
    }),
  assets: () => new CacheFirst({ cacheName: CACHES.assets, plugins: [ok, limit('assets')] }),
  images: () => new CacheFirst({ cacheName: CACHES.images, plugins: [ok, limit('images'), fromSaved] }),
  search: (url) =>
    isHashedSearchFile(url.pathname)
      ? new CacheFirst({ cacheName: CACHES.search, plugins: [ok, limit('search')] })
      : new NetworkFirst({ cacheName: CACHES.search, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, plugins: [ok, limit('search')] }),
  data: () => new NetworkFirst({ cacheName: CACHES.data, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, plugins: [ok, limit('data')] }),
  // Tiles load as CORS images (crossOrigin on the Leaflet tile layer): only those the visitor viewed, only
  // readable 200 responses (an opaque one counts as megabytes of quota), within a budget in bytes.
  tiles: () => new CacheFirst({ cacheName: CACHES.tiles, plugins: [ok, limit('tiles'), tileBytes] }),
};

const kindOf = (request: Request, url: URL) =>
  request.method === 'GET'
    ? cacheFor({ url, scope, mode: request.mode, destination: request.destination, tileOrigin: __TILE_ORIGIN__ })
    : undefined;

registerRoute(
  ({ request, url }) => {
    const kind = kindOf(request, url);
    return kind && kind !== 'saved' ? kind : false;
  },
  (options) => {
    const kind = kindOf(options.request, options.url) as Exclude<CacheKind, 'saved'>;
    return strategies[kind](options.url).handle(options);
  },
);

// Nothing cached and no network: a page gets the offline page of its language; anything else fails as usual.
// A search-index file that fails is also counted for the page that asked for it, which asks for the count
// (SEARCH_PARTS_MISSING, src/client/search/offline-parts.ts) to know that its search ran on part of the index.
const missingSearchParts = new Map<string, number>();
/** Forgets the counts of pages that have closed: one worker can outlive many visits. */
async function forgetClosedPages() {
  const open = new Set((await self.clients.matchAll({ includeUncontrolled: true })).map((c) => c.id));
  for (const id of missingSearchParts.keys()) if (!open.has(id)) missingSearchParts.delete(id);
}
setCatchHandler(async ({ request, url, event }) => {
  if (request.mode === 'navigate') {
    const page = await matchPrecache(offlineUrl(base, langOfPath(base, url.pathname)));
    if (page) return page;
  }
  if (kindOf(request, url) === 'search' && event instanceof FetchEvent) {
    missingSearchParts.set(event.clientId, (missingSearchParts.get(event.clientId) ?? 0) + 1);
    void forgetClosedPages();
  }
  return Response.error();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter(isOutdatedCache).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

// The update banner's "Reload": take over now, then the page reloads itself.
self.addEventListener('message', (event) => {
  const type = (event.data as { type?: string } | null)?.type;
  if (type === SEARCH_PARTS_MISSING && event.source && 'id' in event.source)
    event.ports[0]?.postMessage(missingSearchParts.get(event.source.id) ?? 0);
  if (type === 'SKIP_WAITING') void self.skipWaiting();
});
