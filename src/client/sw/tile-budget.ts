/// <reference lib="webworker" />
/**
 * A Workbox plugin that keeps a cache within a budget in bytes (the map
 * tiles: TILE_CACHE_MAX_BYTES in src/lib/pwa/caches.ts). Each response is
 * stored with its size in a header (BYTES_HEADER); after each store the sizes
 * are summed and the oldest entries deleted until the sum fits
 * (src/lib/pwa/byte-budget.ts). Opaque responses are refused: their size
 * cannot be read, and the browser counts each as megabytes of quota.
 */
import type { WorkboxPlugin } from 'workbox-core';
import { BYTES_HEADER, declaredBytes, evictions, measurable } from '../../lib/pwa/byte-budget';

export function byteBudget(cacheName: string, maxBytes: number): WorkboxPlugin {
  // One trim at a time: two tiles stored together must not both read the cache before either deletes.
  let trimming: Promise<void> = Promise.resolve();
  const trim = async () => {
    const cache = await caches.open(cacheName);
    const keys = await cache.keys();
    const entries = await Promise.all(
      keys.map(async (request) => {
        const r = await cache.match(request);
        const bytes = r ? (declaredBytes(r.headers) ?? (await r.blob()).size) : 0;
        return { url: request.url, bytes };
      }),
    );
    await Promise.all(evictions(entries, maxBytes).map((url) => cache.delete(url)));
  };
  return {
    cacheWillUpdate: async ({ response }) => {
      if (!measurable(response)) return null;
      const body = await response.arrayBuffer();
      if (body.byteLength > maxBytes) return null;
      const headers = new Headers(response.headers);
      headers.set(BYTES_HEADER, String(body.byteLength));
      return new Response(body, { status: response.status, statusText: response.statusText, headers });
    },
    cacheDidUpdate: async () => {
      trimming = trimming.then(trim, trim);
      await trimming;
    },
  };
}
