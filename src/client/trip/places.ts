/** The places a plan can hold, read from /data/places.geojson (the map's file; the service worker keeps it for offline use). */
import type { PlaceCollection, PlaceType, Precision } from '../../lib/geojson';
import type { Lang } from '../../lib/locales';

export interface TripPlace {
  id: string;
  name: string;
  /** The place's page in the page's language, absolute. */
  url: string;
  lat: number;
  lng: number;
  type: PlaceType;
  category: string;
  precision: Precision;
  /** Pathnames of the place's page in every language, to match the Saved list's entries. */
  paths: string[];
}

export async function loadPlaces(url: string, lang: Lang): Promise<Map<string, TripPlace>> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  const data = (await res.json()) as PlaceCollection;
  const out = new Map<string, TripPlace>();
  for (const f of data.features) {
    const p = f.properties;
    const [lng, lat] = f.geometry.coordinates;
    const own = p.urls[lang] ?? Object.values(p.urls)[0] ?? '';
    out.set(p.id, {
      id: p.id,
      name: p.names[lang] ?? Object.values(p.names)[0] ?? p.id,
      // The file's URLs are absolute on the published origin; a copy served elsewhere (a preview) keeps its own.
      url: new URL(new URL(own, location.href).pathname, location.href).href,
      lat,
      lng,
      type: p.type,
      category: p.category,
      precision: p.precision,
      paths: Object.values(p.urls).map((u) => new URL(u, location.href).pathname),
    });
  }
  return out;
}
