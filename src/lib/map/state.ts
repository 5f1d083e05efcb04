/**
 * What the big map shows, kept in its URL query so a copied link reopens the
 * same map and Back/Forward step through it:
 *
 *   /peta/?zoom=13&lat=2.33412&lng=99.06421&type=destination,event&category=beach&q=bulbul&past=1&place=destination/pantai-lumban-bulbul
 *
 * `type` names the places' types and `itinerary` (the "Trip ideas" routes); `place` may name a route
 * (`itinerary/<slug>`) as well as a place.
 *
 * Every parameter is optional. No `type` means every type; `type=` (empty)
 * means none. No `category` means every category. `past=1` shows the events
 * held once that are over; without it they are hidden.
 */
import type { PlaceType } from '../geojson';
import type { MapType } from './filter';

export const PLACE_TYPES: readonly PlaceType[] = ['destination', 'event', 'product'];
/** Every type box of the map: the places' types and the itineraries' routes ("Trip ideas"). */
export const MAP_TYPES: readonly MapType[] = [...PLACE_TYPES, 'itinerary'];

/** The query parameters a state is written in: a link with any of them names a map state (src/client/map/element.ts). */
export const STATE_PARAMS = ['zoom', 'lat', 'lng', 'type', 'category', 'q', 'past', 'place'] as const;

export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

export interface MapState {
  view?: MapView | undefined;
  types: ReadonlySet<MapType>;
  categories: ReadonlySet<string>;
  q: string;
  past: boolean;
  place?: string | undefined;
}

export const defaultState = (): MapState => ({ types: new Set(MAP_TYPES), categories: new Set(), q: '', past: false });

const list = (v: string | null) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const finite = (v: string | null) => (v !== null && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);

/** Reads the state from a query string; anything malformed is ignored, never thrown. */
export function parseState(search: string): MapState {
  const p = new URLSearchParams(search);
  const zoom = finite(p.get('zoom'));
  const lat = finite(p.get('lat'));
  const lng = finite(p.get('lng'));
  const view =
    zoom !== undefined && lat !== undefined && lng !== undefined && Math.abs(lat) <= 90 && Math.abs(lng) <= 180
      ? { zoom: Math.round(zoom), lat, lng }
      : undefined;
  const types = p.has('type')
    ? new Set(list(p.get('type')).filter((t): t is MapType => (MAP_TYPES as string[]).includes(t)))
    : new Set(MAP_TYPES);
  return {
    view,
    types,
    categories: new Set(list(p.get('category'))),
    q: p.get('q')?.trim() ?? '',
    past: ['1', 'true', 'on'].includes(p.get('past') ?? ''),
    place: p.get('place') || undefined,
  };
}

/** Writes the state as a query string (with `?`, or '' when there is nothing to say), in a fixed order. */
export function serializeState(s: MapState): string {
  const p = new URLSearchParams();
  if (s.view) {
    p.set('zoom', String(s.view.zoom));
    // Five decimals is about a metre: finer than any screen, and short.
    p.set('lat', s.view.lat.toFixed(5));
    p.set('lng', s.view.lng.toFixed(5));
  }
  if (MAP_TYPES.some((t) => !s.types.has(t))) p.set('type', MAP_TYPES.filter((t) => s.types.has(t)).join(','));
  if (s.categories.size) p.set('category', [...s.categories].sort().join(','));
  if (s.q) p.set('q', s.q);
  if (s.past) p.set('past', '1');
  if (s.place) p.set('place', s.place);
  // Commas and slashes read better unescaped, and are legal in a query.
  const query = p.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return query ? `?${query}` : '';
}

/** True when two states differ in what a history entry should record (filters or selection, not the view). */
export function differsInFilters(a: MapState, b: MapState): boolean {
  const same = (x: ReadonlySet<string>, y: ReadonlySet<string>) => x.size === y.size && [...x].every((v) => y.has(v));
  return !same(a.types, b.types) || !same(a.categories, b.categories) || a.q !== b.q || a.past !== b.past || a.place !== b.place;
}

/**
 * How many filters differ from the default, for the filter panel's button ("Filters · 2 active"): each
 * ticked category, the text, past events shown, and the types when not all are shown.
 */
export function activeFilters(s: Pick<MapState, 'types' | 'categories' | 'q' | 'past'>): number {
  const types = MAP_TYPES.some((t) => !s.types.has(t)) ? 1 : 0;
  return types + s.categories.size + (s.q ? 1 : 0) + (s.past ? 1 : 0);
}
