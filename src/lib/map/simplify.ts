/**
 * Douglas–Peucker simplification of a line or ring in projected metres (./mercator.ts), for the basemap's
 * outlines (./basemap-data.ts). A point is dropped when the line without it stays within `tolerance`
 * metres of it: at 15 m, less than a pixel up to zoom 13, where the map's outlines are meant to be read.
 * The first and last points always stay, so a ring stays closed and lines that meet still meet.
 *
 *   simplify(points, 15) → the points that matter, in order
 */
import { simplifyLine } from '../geo/simplify';
import type { Point } from './mercator';

/** The basemap's points are {x, y}; the one Douglas–Peucker (../geo/simplify.ts, also the locators') takes [x, y]. */
export function simplify(points: readonly Point[], tolerance: number): Point[] {
  return simplifyLine(
    points.map((p) => [p.x, p.y] as const),
    tolerance,
  ).map(([x, y]) => ({ x, y }));
}
