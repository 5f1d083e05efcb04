import { describe, expect, it } from 'vitest';
import { simplify } from '../../../../src/lib/map/simplify';

const line = (...xy: number[]) => Array.from({ length: xy.length / 2 }, (_, i) => ({ x: xy[2 * i]!, y: xy[2 * i + 1]! }));

describe('simplify (Douglas–Peucker, metres)', () => {
  it('drops points within the tolerance and keeps the ends', () => {
    const wobbly = line(0, 0, 10, 3, 20, -4, 30, 2, 40, 0);
    expect(simplify(wobbly, 5)).toEqual(line(0, 0, 40, 0));
  });

  it('keeps a corner farther than the tolerance', () => {
    const corner = line(0, 0, 50, 1, 100, 0, 100, 100);
    expect(simplify(corner, 5)).toEqual(line(0, 0, 100, 0, 100, 100));
  });

  it('keeps a closed ring closed', () => {
    const ring = line(0, 0, 100, 0, 100, 100, 50, 101, 0, 100, 0, 0);
    const out = simplify(ring, 5);
    expect(out[0]).toEqual(out.at(-1));
    expect(out).toHaveLength(5);
  });

  it('leaves short lines alone and handles thousands of points without recursion', () => {
    expect(simplify(line(0, 0, 1, 1), 10)).toHaveLength(2);
    // A convex curve splits one point at a time: thousands deep, were it recursive.
    const curve = Array.from({ length: 4000 }, (_, i) => ({ x: i, y: i * i }));
    const out = simplify(curve, 0.01);
    expect(out.length).toBeGreaterThan(100);
    expect([out[0], out.at(-1)]).toEqual([curve[0], curve.at(-1)]);
  });
});
