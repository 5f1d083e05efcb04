import { describe, expect, it } from 'vitest';
import { distanceKm, formatKm, nearest, geoUri } from '../../../src/lib/geo';
import { coverSvg, hash } from '../../../src/lib/cover';

describe('geo', () => {
  it('measures great-circle distance (Silangit to Balige market is about 11.5 km)', () => {
    expect(distanceKm({ lat: 2.2597, lng: 98.9919 }, { lat: 2.3335, lng: 99.0645 })).toBeCloseTo(11.5, 0);
  });
  it('lists the nearest places, nearest first, without the origin', () => {
    const pts = [
      { key: 'a', location: { lat: 2.3, lng: 99 } },
      { key: 'b', location: { lat: 2.31, lng: 99 } },
      { key: 'c', location: { lat: 2.5, lng: 99 } },
    ];
    expect(nearest(pts[0]!, pts).map((n) => n.item.key)).toEqual(['b', 'c']);
  });
  it('formats kilometres as Intl.NumberFormat does, with one decimal at most', () => {
    for (const km of [0, 0.04, 0.05, 0.96, 1, 3.25, 12.345, 999.96, 1234.5, 98765.43, -2.5]) {
      expect(formatKm(km, 'id'), `id ${km}`).toBe(new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(km));
      expect(formatKm(km, 'en'), `en ${km}`).toBe(new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(km));
    }
    expect(formatKm(3.25, 'id')).toBe('3,3');
    expect(formatKm(1234.5, 'en')).toBe('1,234.5');
  });
  it('writes geo: URIs', () => {
    expect(geoUri({ lat: 2.3, lng: 99.1 })).toBe('geo:2.3,99.1');
  });
});

describe('cover art', () => {
  it('is deterministic and differs between entries', () => {
    const a = coverSvg({ glyph: 'beach', seed: 'destinations/a' });
    expect(coverSvg({ glyph: 'beach', seed: 'destinations/a' })).toBe(a);
    expect(coverSvg({ glyph: 'beach', seed: 'destinations/b' })).not.toBe(a);
    expect(hash('x')).toBe(hash('x'));
  });
  it('is a decorative SVG drawn for its category', () => {
    const svg = coverSvg({ glyph: 'waterfall', seed: 's' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).toContain('data-glyph="waterfall"');
  });
});
