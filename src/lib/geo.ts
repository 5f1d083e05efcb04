/** Geographic helpers: great-circle distance and nearest neighbours. */

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

/** The `count` items nearest to `origin` (excluding items at the same key), with distances. */
export function nearest<T extends { key: string; location: LatLng }>(origin: T, items: readonly T[], count = 4): { item: T; km: number }[] {
  return items
    .filter((i) => i.key !== origin.key)
    .map((item) => ({ item, km: distanceKm(origin.location, item.location) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, count);
}

/** geo: URI (RFC 5870) for "open in a maps app". */
export const geoUri = (p: LatLng, label?: string) =>
  `geo:${p.lat},${p.lng}${label ? `?q=${p.lat},${p.lng}(${encodeURIComponent(label)})` : ''}`;

/** OpenStreetMap directions to a point. */
export const osmDirectionsUrl = (p: LatLng) => `https://www.openstreetmap.org/directions?to=${p.lat}%2C${p.lng}#map=15/${p.lat}/${p.lng}`;
