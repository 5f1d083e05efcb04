/**
 * Point-in-polygon and distance-to-outline for the official boundaries and the lake outline, in plain
 * TypeScript: the areas are small (a regency of ~50 km), so a flat-earth projection around the point
 * is accurate to well under a metre at the distances that matter here (tolerances of 50–300 m).
 */
import type { LatLng } from '../geo';

/** A ring of [longitude, latitude] points (GeoJSON order); the last may repeat the first. */
export type Ring = readonly (readonly [number, number])[];
/** A polygon: its outer ring, then its holes. */
export type Polygon = readonly Ring[];

/** One or more polygons with their bounding box, for a quick "surely not inside" test. */
export interface Shape {
  polygons: readonly Polygon[];
  /** west, south, east, north */
  bbox: readonly [number, number, number, number];
}

export function shape(polygons: readonly Polygon[]): Shape {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polygons)
    for (const [x, y] of poly[0] ?? []) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
  return { polygons, bbox: [w, s, e, n] };
}

/** Even-odd rule over all rings of one polygon: inside the outer ring and not inside a hole. */
export function inPolygon(p: LatLng, polygon: Polygon): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > p.lat !== yj > p.lat && p.lng < ((xj - xi) * (p.lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

export function inShape(p: LatLng, s: Shape): boolean {
  const [w, south, e, n] = s.bbox;
  if (p.lng < w || p.lng > e || p.lat < south || p.lat > n) return false;
  return s.polygons.some((poly) => inPolygon(p, poly));
}

const KM_PER_DEGREE = 111.195;

/** Shortest distance in km from a point to the outline (every ring's edges) of a shape. */
export function distanceToOutlineKm(p: LatLng, s: Shape): number {
  const kx = KM_PER_DEGREE * Math.cos((p.lat * Math.PI) / 180);
  let best = Infinity;
  for (const poly of s.polygons)
    for (const ring of poly)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const ax = (ring[j]![0] - p.lng) * kx;
        const ay = (ring[j]![1] - p.lat) * KM_PER_DEGREE;
        const bx = (ring[i]![0] - p.lng) * kx;
        const by = (ring[i]![1] - p.lat) * KM_PER_DEGREE;
        const dx = bx - ax;
        const dy = by - ay;
        const len = dx * dx + dy * dy;
        // Closest point of segment a–b to the origin (the point itself).
        const t = len ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len)) : 0;
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
  return best;
}

/** Distance in km from a point to a shape: 0 inside it. */
export function distanceToShapeKm(p: LatLng, s: Shape): number {
  return inShape(p, s) ? 0 : distanceToOutlineKm(p, s);
}
