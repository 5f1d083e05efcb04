/**
 * The locator (src/lib/geo/locator.ts): projection, simplification, pins and determinism, on invented
 * geometry and on the official outlines of Toba (src/lib/geo/toba-locator.ts).
 */
import { describe, expect, it } from 'vitest';
import { drawLocator, fitProjection, locatorSvg, polygonPath, prepareLocator, type Box } from '../../../../src/lib/geo/locator';
import { simplifyLine, simplifyRing, type XY } from '../../../../src/lib/geo/simplify';
import { tobaBBox, tobaLayers, tobaLocator } from '../../../../src/lib/geo/toba-locator';
import { DISTRICTS } from '../../../../src/content/districts';
import { pointInVillage } from '../../../../src/lib/geo/pin';
import { villagesOf } from '../../../../src/lib/geo/boundaries';

const box: Box = { x: 0, y: 0, width: 400, height: 300 };

/** Absolute points of path data written as `M x y l dx dy … z` rings. */
function pathPoints(d: string): XY[][] {
  return [...d.matchAll(/M([^l]+)l([^z]*)z/g)].map((m) => {
    const nums = (s: string) => (s.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    const [x0, y0] = nums(m[1]!) as [number, number];
    const steps = nums(m[2]!);
    const pts: XY[] = [[x0, y0]];
    for (let i = 0; i < steps.length; i += 2) pts.push([pts.at(-1)![0] + steps[i]!, pts.at(-1)![1] + steps[i + 1]!]);
    return pts;
  });
}
const boxOf = (pts: readonly XY[]) => {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
};

describe('projection', () => {
  it('fits the whole box of degrees into the box, centred, north up and east right', () => {
    const p = fitProjection([99, 2, 99.5, 2.25], box);
    const [wx, sy] = p.xy({ lat: 2, lng: 99 });
    const [ex, ny] = p.xy({ lat: 2.25, lng: 99.5 });
    expect(ex).toBeGreaterThan(wx);
    expect(ny).toBeLessThan(sy);
    // Width-limited (0.5° wide, 0.25° tall into 400×300): it spans the width and is centred vertically.
    expect(wx).toBeCloseTo(0, 6);
    expect(ex).toBeCloseTo(400, 6);
    expect((sy + ny) / 2).toBeCloseTo(150, 6);
    // Near the equator Mercator keeps shapes: 0.25° of latitude is about half the 400 px of 0.5° of longitude.
    expect(sy - ny).toBeCloseTo(200, 0);
  });

  it('fits into another box when told, so the map can be shifted aside for a caption', () => {
    const p = fitProjection([99, 2, 99.5, 2.25], { x: 100, y: 0, width: 400, height: 300 });
    expect(p.xy({ lat: 2, lng: 99 })[0]).toBeCloseTo(100, 6);
  });
});

describe('simplification', () => {
  it('drops points within the tolerance of the line and keeps the ends', () => {
    const line: XY[] = [
      [0, 0],
      [1, 0.2],
      [2, -0.2],
      [3, 0],
      [4, 5],
      [5, 0],
    ];
    expect(simplifyLine(line, 0.5)).toEqual([
      [0, 0],
      [3, 0],
      [4, 5],
      [5, 0],
    ]);
    expect(simplifyLine(line, 0.1)).toEqual(line);
  });

  it('keeps a ring within tolerance and its extent, and drops a ring smaller than the tolerance', () => {
    const ring: XY[] = Array.from({ length: 200 }, (_, i) => {
      const a = (i / 200) * 2 * Math.PI;
      return [100 + 50 * Math.cos(a), 100 + 50 * Math.sin(a)];
    });
    const simple = simplifyRing([...ring, ring[0]!], 1);
    expect(simple.length).toBeLessThan(40);
    expect(simple.length).toBeGreaterThan(8);
    // Every original point lies within the tolerance of the simplified outline.
    const toSegment = (p: XY, a: XY, b: XY) => {
      const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
      const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
      return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
    };
    for (const p of ring) {
      const d = Math.min(...simple.map((a, i) => toSegment(p, a, simple[(i + 1) % simple.length]!)));
      expect(d).toBeLessThanOrEqual(1 + 1e-9);
    }
    const b = boxOf(simple);
    expect(b.maxX - b.minX).toBeGreaterThan(98);
    const tiny: XY[] = [
      [0, 0],
      [0.2, 0],
      [0.2, 0.2],
      [0, 0.2],
      [0, 0.1],
    ];
    expect(simplifyRing(tiny, 1)).toEqual([]);
  });

  it('writes rings as whole units with relative steps that add up exactly', () => {
    const p = fitProjection([99, 2, 99.5, 2.25], box);
    const square = [
      [
        [
          [99.1, 2.05],
          [99.4, 2.05],
          [99.4, 2.2],
          [99.1, 2.2],
          [99.1, 2.05],
        ],
      ],
    ] as const;
    const d = polygonPath(square, p, 0.5);
    expect(d).toMatch(/^M\d+ \d+l[-\d ]+z$/);
    const [pts] = pathPoints(d);
    expect(pts!.map(([x, y]) => [x, y])).toEqual(square[0][0].slice(0, 4).map(([lng, lat]) => p.xy({ lat, lng }).map(Math.round)));
  });
});

describe('drawing', () => {
  const layers = {
    region: [
      [
        [
          [99, 2],
          [99.5, 2],
          [99.5, 2.25],
          [99, 2.25],
        ],
      ],
    ],
    parts: {
      west: [
        [
          [
            [99, 2],
            [99.25, 2],
            [99.25, 2.25],
            [99, 2.25],
          ],
        ],
      ],
      east: [
        [
          [
            [99.25, 2],
            [99.5, 2],
            [99.5, 2.25],
            [99.25, 2.25],
          ],
        ],
      ],
    },
    water: [],
  } as const;

  it('is deterministic: the same input gives the same bytes', () => {
    const focus = { parts: ['west'], pins: [{ lat: 2.1, lng: 99.1, approximate: false }] };
    const options = { bbox: [99, 2, 99.5, 2.25] as const, box };
    expect(locatorSvg(layers, focus, options)).toBe(locatorSvg(layers, focus, options));
    expect(locatorSvg(layers, focus, options)).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 400 300"/);
  });

  it('draws an exact pin as a pin and an approximate one as a circle, never as a pin', () => {
    const prepared = prepareLocator(layers, { bbox: [99, 2, 99.5, 2.25], box });
    const exact = drawLocator(prepared, { pins: [{ lat: 2.1, lng: 99.1, approximate: false }] });
    const rough = drawLocator(prepared, { pins: [{ lat: 2.1, lng: 99.1, approximate: true }] });
    const none = drawLocator(prepared, {});
    const [x, y] = prepared.projection.xy({ lat: 2.1, lng: 99.1 }).map(Math.round);
    // The pin's tip is the spot.
    expect(exact).toContain(`<path d="M${x} ${y}c`);
    expect(exact).not.toContain('stroke-dasharray');
    expect(rough).toMatch(new RegExp(`<circle cx="${x}" cy="${y}" r="[\\d.]+"[^>]*stroke-dasharray`));
    expect(rough).not.toContain(`M${x} ${y}c`);
    expect(none).not.toContain('<circle');
    expect(none).not.toContain('stroke-dasharray');
  });

  it('fills only the parts in focus', () => {
    const prepared = prepareLocator(layers, { bbox: [99, 2, 99.5, 2.25], box });
    const west = drawLocator(prepared, { parts: ['west'] });
    expect(west).toContain(`<path d="${prepared.parts.west}" fill="#b3261e"`);
    expect(west).not.toContain(`<path d="${prepared.parts.east}" fill="#b3261e"`);
    expect(drawLocator(prepared, {})).not.toContain('fill="#b3261e"');
    // Unknown keys are ignored, not drawn as an empty path.
    expect(drawLocator(prepared, { parts: ['nowhere'] })).toBe(drawLocator(prepared, {}));
  });
});

describe("Toba's locator", () => {
  const cover: Box = { x: 0, y: 0, width: 800, height: 490 };

  it('shows the whole regency and the whole lake inside the box', () => {
    const prepared = prepareLocator(tobaLayers(), { bbox: tobaBBox(), box: cover });
    for (const d of [prepared.region, prepared.water, prepared.allParts]) {
      const b = boxOf(pathPoints(d).flat());
      expect(b.minX).toBeGreaterThanOrEqual(0);
      expect(b.maxX).toBeLessThanOrEqual(800);
      expect(b.minY).toBeGreaterThanOrEqual(0);
      expect(b.maxY).toBeLessThanOrEqual(490);
    }
    expect(Object.keys(prepared.parts).sort()).toEqual(DISTRICTS.map((d) => d.slug).sort());
  });

  it.each(DISTRICTS.map((d) => [d.slug]))('draws a pin in %s inside the box of its kecamatan as drawn', (slug) => {
    // A point on land inside one of the kecamatan's desa, as `npm run new` would place it.
    const village = villagesOf(DISTRICTS.find((d) => d.slug === slug)!)[0]!;
    const at = pointInVillage(village)!;
    const svg = tobaLocator({ parts: [slug], pins: [{ ...at, approximate: true }] }, cover);
    const drawn = /<path d="([^"]+)" fill="#b3261e"/.exec(svg)![1]!;
    const b = boxOf(pathPoints(drawn).flat());
    const [, cx, cy] = /<circle cx="([\d.-]+)" cy="([\d.-]+)"/.exec(svg)!.map(Number) as [number, number, number];
    expect(cx).toBeGreaterThanOrEqual(b.minX);
    expect(cx).toBeLessThanOrEqual(b.maxX);
    expect(cy).toBeGreaterThanOrEqual(b.minY);
    expect(cy).toBeLessThanOrEqual(b.maxY);
  });

  it('is small: the whole map of a cover stays under 4 KB', () => {
    expect(tobaLocator({ parts: ['balige'], pins: [{ lat: 2.33, lng: 99.06, approximate: false }] }, cover).length).toBeLessThan(4096);
  });

  it('gives the same bytes on every call, whatever was drawn before', () => {
    const focus = { parts: ['porsea'], pins: [{ lat: 2.445, lng: 99.158, approximate: true }] };
    const first = tobaLocator(focus, cover);
    tobaLocator({ parts: ['ajibata'] }, { x: 0, y: 0, width: 300, height: 300 });
    expect(tobaLocator(focus, cover)).toBe(first);
  });
});
