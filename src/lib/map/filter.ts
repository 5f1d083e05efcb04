/**
 * The big map's filters and its "in this view" list, as plain functions over
 * the places of /data/places.geojson. Fast enough for 5,000 places on every
 * keystroke and every pan (see docs/benchmarks-map.md).
 */
import { distanceKm, type LatLng } from '../geo';
import type { PlaceFeature, PlaceType } from '../geojson';

/** What the map's type boxes choose among: the places' types and the itineraries' routes (./routes.ts). */
export type MapType = PlaceType | 'itinerary';

/** What the filters read of a place or a route. */
export interface Filterable {
  type: MapType;
  category: string;
  /** Names (and aliases), normalised, joined by newlines. */
  haystack: string;
  lastDay?: string | undefined;
}

/** Lower-case, accent-free, single-spaced: "Pantai  Lumban Bulbul" → "pantai lumban bulbul". */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A place as the map uses it: the feature plus what filtering needs, computed once. */
export interface MapPlace {
  feature: PlaceFeature;
  id: string;
  type: PlaceType;
  category: string;
  lat: number;
  lng: number;
  /** Names in both languages and aliases, normalised, joined by newlines. */
  haystack: string;
  /** An event held once: its last day (YYYY-MM-DD); after it, the event is past. */
  lastDay?: string | undefined;
}

export function toMapPlace(feature: PlaceFeature): MapPlace {
  const p = feature.properties;
  const [lng, lat] = feature.geometry.coordinates;
  return {
    feature,
    id: p.id,
    type: p.type,
    category: p.category,
    lat,
    lng,
    haystack: [p.names.id, p.names.en, ...p.aliases, p.place?.id ?? ''].map(normalize).join('\n'),
    lastDay: p.lastDay,
  };
}

export interface Filters {
  types: ReadonlySet<MapType>;
  /** Empty: every category. */
  categories: ReadonlySet<string>;
  /** Free text; every word must appear in a name or alias. */
  q: string;
  /** Show events held once whose last day has passed (hidden by default: a visitor plans ahead). */
  past: boolean;
}

/** Whether a place is an event that was held once and is over by `today` (YYYY-MM-DD). */
export const isPast = (p: Pick<Filterable, 'lastDay'>, today: string) => p.lastDay !== undefined && p.lastDay < today;

/**
 * A predicate for the current filters (the query is normalised once, not per place). `today` (YYYY-MM-DD,
 * the visitor's day in WIB) decides which events are past.
 */
export function matcher(f: Filters, today: string): (p: Filterable) => boolean {
  const words = normalize(f.q).split(' ').filter(Boolean);
  return (p) =>
    f.types.has(p.type) &&
    (f.categories.size === 0 || f.categories.has(p.category)) &&
    (f.past || !isPast(p, today)) &&
    words.every((w) => p.haystack.includes(w));
}

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Places inside `bounds`, nearest to `centre` first, with their distance; at most `limit`. */
export function inView(
  places: readonly MapPlace[],
  bounds: Bounds,
  centre: LatLng,
  limit: number,
): { total: number; items: { place: MapPlace; km: number }[] } {
  const inside = places.filter((p) => p.lat >= bounds.south && p.lat <= bounds.north && p.lng >= bounds.west && p.lng <= bounds.east);
  const items = inside
    .map((place) => ({ place, km: distanceKm(centre, place) }))
    // Ties by id in code-unit order (ids are ASCII slugs): localeCompare would build an ICU collator on
    // the first call, tens of milliseconds of a phone's main thread as the map opens.
    .sort((a, b) => a.km - b.km || (a.place.id < b.place.id ? -1 : a.place.id > b.place.id ? 1 : 0));
  return { total: inside.length, items: items.slice(0, limit) };
}

/** Counts per type and per category, for the filter chips. */
export function counts(places: readonly MapPlace[]): { types: Map<PlaceType, number>; categories: Map<string, number> } {
  const types = new Map<PlaceType, number>();
  const categories = new Map<string, number>();
  for (const p of places) {
    types.set(p.type, (types.get(p.type) ?? 0) + 1);
    if (p.type !== 'event') categories.set(p.category, (categories.get(p.category) ?? 0) + 1);
  }
  return { types, categories };
}
