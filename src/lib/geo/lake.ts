/**
 * Is a point on Lake Toba's water? The lake outline (src/data/lake-toba.geo.json, OpenStreetMap via
 * geo-maps, simplified on a ~280 m grid) is coarse: its shore can be a few hundred metres off. So a point
 * counts as "in the lake" only when it is inside the outline and farther than LAKE_TOLERANCE_KM from its
 * edge. (The administrative polygons cannot decide this: they divide the lake among the shore villages.)
 */
import outline from '../../data/lake-toba.geo.json' with { type: 'json' };
import type { LatLng } from '../geo';
import { distanceToOutlineKm, inShape, shape, type Polygon, type Shape } from './polygon';

/** How far inside the coarse outline a point may be and still count as on the shore. */
export const LAKE_TOLERANCE_KM = 1.5;

let lake: Shape | undefined;
const lakeShape = () =>
  (lake ??= shape(
    outline.features.flatMap((f) => (f.geometry.coordinates as unknown as [number, number][][][]).map((rings): Polygon => rings)),
  ));

/** True when a point lies inside the lake outline (on the water, or on a shore the coarse outline covers). */
export const inLakeOutline = (p: LatLng) => inShape(p, lakeShape());

/** How far out on the water a point is, in km (distance to the outline); 0 when it is on land. */
export function lakeDepthKm(p: LatLng): number {
  return inLakeOutline(p) ? distanceToOutlineKm(p, lakeShape()) : 0;
}

/** True when a point lies on open water, beyond the outline's tolerance. */
export const onOpenWater = (p: LatLng) => lakeDepthKm(p) > LAKE_TOLERANCE_KM;
