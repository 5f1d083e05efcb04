/**
 * Douglas–Peucker line simplification on points already projected to the units they are drawn in
 * (pixels of a locator, src/lib/geo/locator.ts), so `tolerance` means "no point moves more than this many
 * pixels off the drawn line". The boundaries hold up to ~640 points per ring (the lake); a 300 px locator
 * needs a fifth of them.
 */

/** A projected point [x, y]. */
export type XY = readonly [number, number];

/** Distance from p to the segment a–b. */
function segmentDistance(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len)) : 0;
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Keeps the first and last point and every point the open line needs within `tolerance`. */
export function simplifyLine(points: readonly XY[], tolerance: number): XY[] {
  if (points.length < 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  // An explicit stack: a 600-point ring would recurse that deep in the worst case.
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let far = 0;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i]!, points[first]!, points[last]!);
      if (d > far) [far, worst] = [d, i];
    }
    if (worst > 0 && far > tolerance) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * A closed ring (the last point may repeat the first), simplified: split at the first point and the point
 * farthest from it, so the two halves are simplified as open lines and the ring keeps its extent. Returns
 * the ring without the repeated closing point; a ring that shrinks below a triangle is dropped (empty).
 */
export function simplifyRing(ring: readonly XY[], tolerance: number): XY[] {
  const pts = ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1] ? ring.slice(0, -1) : [...ring];
  if (pts.length < 4) return pts.length === 3 ? pts : [];
  let far = 0;
  let split = 1;
  pts.forEach((p, i) => {
    const d = Math.hypot(p[0] - pts[0]![0], p[1] - pts[0]![1]);
    if (d > far) [far, split] = [d, i];
  });
  const a = simplifyLine(pts.slice(0, split + 1), tolerance);
  const b = simplifyLine([...pts.slice(split), pts[0]!], tolerance);
  const out = [...a, ...b.slice(1, -1)];
  return out.length >= 3 ? out : [];
}
