import { describe, expect, it } from 'vitest';
import { distanceToOutlineKm, distanceToShapeKm, inPolygon, inShape, shape } from '../../../../src/lib/geo/polygon';

// A 0.1° square (about 11 km) with a 0.02° square hole in the middle, near the equator like Toba.
const outer: [number, number][] = [
  [99.0, 2.0],
  [99.1, 2.0],
  [99.1, 2.1],
  [99.0, 2.1],
  [99.0, 2.0],
];
const hole: [number, number][] = [
  [99.04, 2.04],
  [99.06, 2.04],
  [99.06, 2.06],
  [99.04, 2.06],
  [99.04, 2.04],
];
const square = shape([[outer, hole]]);

describe('point in polygon', () => {
  it('is inside the outer ring and outside its hole', () => {
    expect(inPolygon({ lat: 2.01, lng: 99.01 }, [outer, hole])).toBe(true);
    expect(inPolygon({ lat: 2.05, lng: 99.05 }, [outer, hole])).toBe(false);
    expect(inPolygon({ lat: 2.2, lng: 99.05 }, [outer, hole])).toBe(false);
  });
  it('uses the bounding box first, and any polygon of a multipolygon', () => {
    const two = shape([[outer], [outer.map(([x, y]) => [x + 1, y] as [number, number])]]);
    expect(two.bbox).toEqual([99.0, 2.0, 100.1, 2.1]);
    expect(inShape({ lat: 2.05, lng: 100.05 }, two)).toBe(true);
    expect(inShape({ lat: 2.05, lng: 99.5 }, two)).toBe(false);
  });
});

describe('distance to an outline', () => {
  it('measures to the nearest edge, holes included, in km', () => {
    // 0.01° of latitude is 1.11 km.
    expect(distanceToOutlineKm({ lat: 2.01, lng: 99.05 }, square)).toBeCloseTo(1.112, 2);
    expect(distanceToOutlineKm({ lat: 2.035, lng: 99.05 }, square)).toBeCloseTo(0.556, 2);
  });
  it('is 0 inside a shape, and the distance to its edge outside', () => {
    expect(distanceToShapeKm({ lat: 2.01, lng: 99.05 }, square)).toBe(0);
    expect(distanceToShapeKm({ lat: 2.12, lng: 99.05 }, square)).toBeCloseTo(2.224, 2);
    // Beyond a corner, the distance is to the corner itself.
    expect(distanceToShapeKm({ lat: 2.13, lng: 99.14 }, square)).toBeCloseTo(5.56, 1);
  });
});
