/** Geographic helpers: great-circle distance, nearest neighbours, and kilometres as the site writes them. */
import { LOCALES, type Lang } from './locales';

export interface LatLng {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle (haversine) distance in kilometres. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The `count` items nearest to `origin` (excluding items at the same key), with distances, nearest first;
 * items at the same distance keep their order in `items`. One pass that keeps only the `count` best: every
 * destination page asks this of every other destination, so a sort of the whole list per page added up.
 */
export function nearest<T extends { key: string; location: LatLng }>(origin: T, items: readonly T[], count = 4): { item: T; km: number }[] {
  const best: { item: T; km: number }[] = [];
  if (count <= 0) return best;
  for (const item of items) {
    if (item.key === origin.key) continue;
    const km = distanceKm(origin.location, item.location);
    if (best.length === count && !(km < best[count - 1]!.km)) continue;
    let i = best.length;
    while (i > 0 && best[i - 1]!.km > km) i--;
    best.splice(i, 0, { item, km });
    if (best.length > count) best.pop();
  }
  return best;
}

/**
 * A distance in kilometres with at most one decimal, in the page's language: "3,2" (id) or "3.2" (en),
 * "1.234,5" / "1,234.5" past a thousand. The site's one kilometre formatter: the map's list and "near me",
 * a destination's "nearby" list, and the content checker's messages all write distances with it.
 * The same output as Intl.NumberFormat with maximumFractionDigits: 1, without it: building the first
 * Intl.NumberFormat loads locale data and took 15–60 ms on a throttled phone CPU, in the map's start-up
 * (docs/benchmarks.md).
 */
export function formatKm(km: number, lang: Lang): string {
  const { group, decimal } = LOCALES[lang].separators;
  const tenths = Math.round(Math.abs(km) * 10);
  const whole = String(Math.floor(tenths / 10)).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const fraction = tenths % 10;
  return `${km < 0 && tenths ? '-' : ''}${whole}${fraction ? `${decimal}${fraction}` : ''}`;
}

/** geo: URI (RFC 5870) for "open in a maps app". */
export const geoUri = (p: LatLng, label?: string) =>
  `geo:${p.lat},${p.lng}${label ? `?q=${p.lat},${p.lng}(${encodeURIComponent(label)})` : ''}`;

/** OpenStreetMap directions to a point. */
export const osmDirectionsUrl = (p: LatLng) => `https://www.openstreetmap.org/directions?to=${p.lat}%2C${p.lng}#map=15/${p.lat}/${p.lng}`;
