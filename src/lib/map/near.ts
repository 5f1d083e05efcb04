/**
 * "Near me" on the big map, as plain decisions: whether a position is one the
 * map can show (inside the regency), and what the status line says. The
 * browser side (src/client/map/near-me.ts) asks for the position.
 */
import { distanceKm, formatKm, type LatLng } from '../geo';
import type { MapConfig } from './config';
import { fill } from './strings';

/** The map comes at least this close to the visitor (zoom 13 shows the streets around them). */
export const NEAR_ZOOM = 13;

/** Where a located visitor is, for the map: somewhere it shows, or this far from the regency's centre. */
export type Located = { inside: true; here: LatLng } | { inside: false; km: number };

/** Why no position came: the visitor said no, or the device could not tell (GeolocationPositionError's codes). */
export type LocateFailure = 'denied' | 'unavailable';

export function located(here: LatLng, config: Pick<MapConfig, 'bounds' | 'center'>): Located {
  const b = config.bounds;
  const inside = here.lat >= b.south && here.lat <= b.north && here.lng >= b.west && here.lng <= b.east;
  return inside ? { inside, here } : { inside, km: distanceKm(here, config.center) };
}

/** The status line for each step: asking, found (or too far away to show), or failed. */
export function nearStatus(step: 'locating' | Located | LocateFailure, config: Pick<MapConfig, 'lang' | 'strings'>): string {
  const s = config.strings;
  if (step === 'locating') return s['map.locating'] ?? '';
  if (step === 'denied') return s['map.geoDenied'] ?? '';
  if (step === 'unavailable') return s['map.geoUnavailable'] ?? '';
  // Whole kilometres: "about 57 km from Balige" says enough, a decimal would be false precision.
  return step.inside ? (s['map.located'] ?? '') : fill(s['map.geoOutside'], { km: formatKm(Math.round(step.km), config.lang) });
}
