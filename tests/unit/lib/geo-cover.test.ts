import { describe, expect, it } from 'vitest';
import { distanceKm, formatKm, nearest, geoUri } from '../../../src/lib/geo';
import { coverSvg, hash, shareCoverSvg, wrapName } from '../../../src/lib/cover';

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
  it('gives the same places as sorting every distance would, ties in the order given', () => {
    // A seeded walk over the regency's box, with repeated points so that distances tie.
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const pts = Array.from({ length: 300 }, (_, i) => ({ key: `p${i}`, location: { lat: 2.1 + rand() * 0.5, lng: 98.9 + rand() * 0.6 } }));
    for (let i = 0; i < 40; i++) pts.push({ key: `twin${i}`, location: { ...pts[i * 3]!.location } });
    const bySort = (origin: (typeof pts)[number], count: number, items = pts) =>
      items
        .filter((p) => p.key !== origin.key)
        .map((item) => ({ item, km: distanceKm(origin.location, item.location) }))
        .sort((a, b) => a.km - b.km)
        .slice(0, count);
    for (const origin of pts.slice(0, 60))
      for (const count of [1, 4, 9]) expect(nearest(origin, pts, count), `${origin.key} ${count}`).toEqual(bySort(origin, count));
    expect(nearest(pts[0]!, pts, 0)).toEqual([]);
    // Fewer places than asked for: all of them, nearest first.
    expect(nearest(pts[0]!, pts.slice(0, 3), 10)).toEqual(bySort(pts[0]!, 10, pts.slice(0, 3)));
    expect(nearest(pts[0]!, pts.slice(0, 3), 10)).toHaveLength(2);
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
  const locator = (box: { width: number; height: number }) => `<rect data-locator width="${box.width}" height="${box.height}"/>`;
  it('is deterministic; the strip is offset by the seed', () => {
    const a = coverSvg({ glyph: 'beach', seed: 'destinations/a', locator, name: 'Pantai A' });
    expect(coverSvg({ glyph: 'beach', seed: 'destinations/a', locator, name: 'Pantai A' })).toBe(a);
    expect(coverSvg({ glyph: 'beach', seed: 'destinations/b', locator, name: 'Pantai A' })).not.toBe(a);
    expect(hash('x')).toBe(hash('x'));
  });
  it('is a decorative SVG with the locator, the glyph, the name and where', () => {
    const svg = coverSvg({ glyph: 'waterfall', seed: 's', locator, name: 'Air Terjun <Uji> & Co', where: 'Kec. Balige' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).toContain('data-glyph="waterfall"');
    expect(svg).toContain('<rect data-locator width="800" height="490"/>');
    // Escaped, and broken between words into lines.
    expect([...svg.matchAll(/<tspan [^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1])).toEqual(['Air Terjun', '&lt;Uji&gt; &amp; Co']);
    expect(svg).toContain('Kec. Balige');
  });
  it('wraps a long name into at most three lines, ending in an ellipsis when it does not fit', () => {
    expect(wrapName('Pantai Lumban Uji', 16, 3)).toEqual(['Pantai Lumban', 'Uji']);
    const lines = wrapName('Aquabike Jetski World Championship 2023 Seri Sirkuit Balige Danau Toba', 16, 3);
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => l.length <= 16)).toBe(true);
    expect(lines[2]).toMatch(/…$/);
    expect(wrapName('Supercalifragilisticexpialidocious', 10, 2)).toEqual(['Supercali…']);
  });
  it('draws a share card background with the locator on the right half and no text', () => {
    const svg = shareCoverSvg({ glyph: 'event', seed: 's', locator: (box) => `<g data-x="${box.x}" data-w="${box.width}"/>` });
    expect(svg).toContain('<g data-x="600" data-w="600"/>');
    expect(svg).not.toMatch(/<text\b/);
  });
});
