/**
 * A first pin for a new entry that names its desa but gives no point: a point on land inside that desa,
 * nearest its label point. (Label points are not always inside their desa, and the desa of the lake
 * shore reach far out over the water.) The editor replaces it; it only has to pass the checker.
 */
import type { LatLng } from '../geo';
import { placePoint, type Area } from './boundaries';
import { onOpenWater } from './lake';

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** A point (4 decimals) inside `area`, on land by the lake outline's tolerance, nearest its label; undefined if none is found. */
export function pointInVillage(area: Area, steps = 24): LatLng | undefined {
  const ok = (p: LatLng) => placePoint(p).village?.code === area.code && !onOpenWater(p);
  const label = { lat: round4(area.label.lat), lng: round4(area.label.lng) };
  if (ok(label)) return label;
  const [w, s, e, n] = area.shape.bbox;
  let best: LatLng | undefined;
  let bestD = Infinity;
  for (let i = 0; i <= steps; i++)
    for (let j = 0; j <= steps; j++) {
      const p = { lat: round4(s + ((n - s) * i) / steps), lng: round4(w + ((e - w) * j) / steps) };
      const d = (p.lat - area.label.lat) ** 2 + (p.lng - area.label.lng) ** 2;
      if (d < bestD && ok(p)) [best, bestD] = [p, d];
    }
  return best;
}
