/**
 * The big map's "Trip ideas" layer as plain data: each itinerary of /data/itineraries.geojson
 * (src/lib/itinerary-geojson.ts) as the map uses it, whether it is in view and how far, and what its
 * list entry and popup say. The browser side draws the lines (src/client/map/routes.ts).
 */
import { distanceKm, type LatLng } from '../geo';
import type { ItineraryFeature, ItineraryProperties } from '../itinerary-geojson';
import type { MapConfig } from './config';
import type { Bounds } from './filter';
import { normalize } from './filter';
import { onThisSite, type PopupModel } from './popup';
import { fill, type Strings } from './strings';

/** An itinerary as the map uses it: the feature plus what filtering and the list need, computed once. */
export interface MapRoute {
  feature: ItineraryFeature;
  id: string;
  type: 'itinerary';
  /** Itineraries have no category: a ticked category hides them, as it hides events. */
  category: 'itinerary';
  /** Names in every language, normalised, joined by newlines (the text filter's haystack). */
  haystack: string;
  /** Its lines' points, day by day, as Leaflet wants them: [lat, lng]. */
  lines: [number, number][][];
  bounds: Bounds;
}

export function toMapRoute(feature: ItineraryFeature): MapRoute {
  const p = feature.properties;
  const [west, south, east, north] = feature.bbox;
  return {
    feature,
    id: p.id,
    type: 'itinerary',
    category: 'itinerary',
    haystack: Object.values(p.names).map(normalize).join('\n'),
    lines: feature.geometry.coordinates.map((line) => line.map(([lng, lat]) => [lat, lng] as [number, number])),
    bounds: { south, west, north, east },
  };
}

/** Whether any part of the route's box is inside `view`. */
export const overlaps = (a: Bounds, b: Bounds) => a.south <= b.north && a.north >= b.south && a.west <= b.east && a.east >= b.west;

/** How far `from` is from the route: the distance to its nearest point (a start or a stop). */
export const routeKm = (route: MapRoute, from: LatLng): number =>
  Math.min(...route.lines.flat().map(([lat, lng]) => distanceKm(from, { lat, lng })));

/** The routes that reach into `bounds`, nearest to `from` first, with their distance. */
export function routesInView(routes: readonly MapRoute[], bounds: Bounds, from: LatLng): { route: MapRoute; km: number }[] {
  return routes
    .filter((r) => overlaps(r.bounds, bounds))
    .map((route) => ({ route, km: routeKm(route, from) }))
    .sort((a, b) => a.km - b.km || (a.route.id < b.route.id ? -1 : 1));
}

/** "2 days · 5 stops" ("1 day · 1 stop"). */
export function routeSize(p: Pick<ItineraryProperties, 'dayCount' | 'stopCount'>, s: Strings): string {
  const days = p.dayCount === 1 ? s['map.routeDayOne'] : fill(s['map.routeDays'], { count: p.dayCount });
  const stops = p.stopCount === 1 ? s['map.routeStopOne'] : fill(s['map.routeStops'], { count: p.stopCount });
  return `${days} · ${stops}`;
}

/** What a route's popup says: its title, "Trip idea · 2 days · 5 stops", its summary and a link to its page. */
export function routePopupModel(p: ItineraryProperties, config: Pick<MapConfig, 'lang' | 'strings'>, here: string): PopupModel {
  const { lang, strings: s } = config;
  return {
    image: p.image ? onThisSite(p.image, here) : undefined,
    name: p.names[lang],
    meta: `${s['type.itinerary'] ?? ''} · ${routeSize(p, s)}`,
    summary: p.summary[lang],
    href: onThisSite(p.urls[lang], here),
    open: s['map.openItinerary'] ?? '',
  };
}
