import { describe, expect, it } from 'vitest';
import { BYTES_HEADER, declaredBytes, evictions, measurable } from '../../../../src/lib/pwa/byte-budget';
import { CACHES, TILE_CACHE_MAX_BYTES, TILE_STORAGE_BOUND, isOutdatedCache } from '../../../../src/lib/pwa/caches';

const tile = (n: number, bytes: number) => ({ url: `https://tile.example/${n}.png`, bytes });

describe('evictions', () => {
  it('keeps everything while the sizes add up to the budget', () => {
    expect(evictions([tile(1, 40), tile(2, 60)], 100)).toEqual([]);
    expect(evictions([], 100)).toEqual([]);
  });
  it('deletes the oldest first until what stays fits', () => {
    expect(evictions([tile(1, 40), tile(2, 30), tile(3, 50)], 100)).toEqual(['https://tile.example/1.png']);
    expect(evictions([tile(1, 10), tile(2, 10), tile(3, 95)], 100)).toEqual(['https://tile.example/1.png', 'https://tile.example/2.png']);
  });
  it('deletes an entry larger than the whole budget, and counts unreadable sizes as nothing', () => {
    expect(evictions([tile(1, 150)], 100)).toEqual(['https://tile.example/1.png']);
    expect(evictions([tile(1, Number.NaN), tile(2, 80)], 100)).toEqual([]);
  });
  it('bounds a cache of many tiles in bytes, whatever their count', () => {
    const tiles = Array.from({ length: 300 }, (_, i) => tile(i, 300_000));
    const gone = new Set(evictions(tiles, TILE_CACHE_MAX_BYTES));
    const kept = tiles.filter((t) => !gone.has(t.url));
    expect(kept.reduce((s, t) => s + t.bytes, 0)).toBeLessThanOrEqual(TILE_CACHE_MAX_BYTES);
    // The newest stay.
    expect(kept.at(-1)).toEqual(tiles.at(-1));
    expect(kept.length).toBe(Math.floor(TILE_CACHE_MAX_BYTES / 300_000));
  });
});

describe('declaredBytes and measurable', () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  it('reads our header first, then Content-Length', () => {
    expect(declaredBytes(headers({ [BYTES_HEADER]: '1234', 'content-length': '99' }))).toBe(1234);
    expect(declaredBytes(headers({ 'content-length': '99' }))).toBe(99);
    expect(declaredBytes(headers({}))).toBeUndefined();
    expect(declaredBytes(headers({ 'content-length': 'lots' }))).toBeUndefined();
  });
  it('refuses opaque responses and anything but a 200', () => {
    expect(measurable({ type: 'cors', status: 200 })).toBe(true);
    expect(measurable({ type: 'basic', status: 200 })).toBe(true);
    expect(measurable({ type: 'opaque', status: 0 })).toBe(false);
    expect(measurable({ type: 'cors', status: 404 })).toBe(false);
  });
  it('renamed the tile cache, so the old cache of opaque tiles is deleted on activation', () => {
    expect(isOutdatedCache('jt-tiles-v1')).toBe(true);
    expect(isOutdatedCache(CACHES.tiles)).toBe(false);
    expect(TILE_STORAGE_BOUND).toBeLessThanOrEqual(50 * 1024 * 1024);
    // Room under the bound for the browser's bookkeeping of each stored response.
    expect(TILE_CACHE_MAX_BYTES).toBeLessThan(TILE_STORAGE_BOUND);
  });
});
