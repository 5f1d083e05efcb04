/**
 * Douglas–Peucker simplification of a line or ring in projected metres (./mercator.ts), for the basemap's
 * outlines (./basemap-data.ts). A point is dropped when the line without it stays within `tolerance`
 * metres of it: at 15 m, less than a pixel up to zoom 13, where the map's outlines are meant to be read.
 * The first and last points always stay, so a ring stays closed and lines that meet still meet.
 *
 *   simplify(points, 15) → the points that matter, in order
 */
import type { Point } from './mercator';

/** Distance from p to the segment a–b. */
function offset(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len)) : 0;
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

export function simplify(points: readonly Point[], tolerance: number): Point[] {
  if (points.length < 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  // An explicit stack, not recursion: a long shore line would otherwise recurse thousands deep.
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let worst = 0;
    let at = -1;
    for (let i = first + 1; i < last; i++) {
      const d = offset(points[i]!, points[first]!, points[last]!);
      if (d > worst) [worst, at] = [d, i];
    }
    if (at >= 0 && worst > tolerance) {
      keep[at] = 1;
      stack.push([first, at], [at, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}
