/**
 * A cache bounded in bytes, not only in entries: which entries to delete so
 * that the sizes of the responses kept add up to at most a budget. The
 * service worker (src/client/sw/tile-budget.ts) applies it to the map tiles
 * after every tile it stores. Pure; unit-tested in tests/unit/lib/pwa/byte-budget.test.ts.
 *
 * Why bytes: a count alone says nothing about what the cache weighs. Tiles
 * fetched without CORS are opaque, and the browser counts each opaque
 * response as megabytes of quota (padding, so a page cannot learn a foreign
 * file's size): 72 tiles once counted as about 500 MB in
 * `navigator.storage.estimate()`, enough to make "Save for offline" fail.
 * Tiles are now fetched in CORS mode, so their real sizes are known, and this
 * policy keeps them under the budget.
 */

/** The response header in which the service worker records a cached response's size in bytes. */
export const BYTES_HEADER = 'x-jt-bytes';

export interface SizedEntry {
  /** The cache key (the request's URL). */
  url: string;
  /** The response body's size in bytes. */
  bytes: number;
}

/**
 * The entries to delete, oldest first, so that what stays adds up to at most `maxBytes`. `entries` are in
 * the cache's order (oldest stored first, as Cache.keys() gives them). The newest entry is kept whenever it
 * fits the budget alone; one larger than the whole budget is deleted too.
 */
export function evictions(entries: readonly SizedEntry[], maxBytes: number): string[] {
  let total = entries.reduce((sum, e) => sum + sizeOf(e.bytes), 0);
  const out: string[] = [];
  for (const e of entries) {
    if (total <= maxBytes) break;
    out.push(e.url);
    total -= sizeOf(e.bytes);
  }
  return out;
}

/** A size as recorded in the header; an unreadable one counts as nothing would: the entry is trimmed first by age. */
const sizeOf = (bytes: number) => (Number.isFinite(bytes) && bytes > 0 ? bytes : 0);

/**
 * The size a cached response declares: our header, else Content-Length, else undefined (the caller then
 * reads the body). Opaque responses declare nothing, and are never kept in a byte-bounded cache.
 */
export function declaredBytes(headers: { get(name: string): string | null }): number | undefined {
  for (const name of [BYTES_HEADER, 'content-length']) {
    const v = headers.get(name);
    if (v !== null && /^\d+$/.test(v.trim())) return Number(v);
  }
  return undefined;
}

/** Whether a response may enter a byte-bounded cache: a readable (CORS or same-origin) 200, never an opaque one. */
export const measurable = (r: { type: string; status: number }) => r.status === 200 && r.type !== 'opaque' && r.type !== 'opaqueredirect';
