/**
 * Where the big map looks: its first view, and how close a place chosen from
 * the list brings it. Plain numbers; the browser side hands them to Leaflet.
 */
import type { LatLng } from '../geo';
import type { MapConfig } from './config';
import type { Bounds } from './filter';
import type { MapState } from './state';

/** Zoom a list click brings a place to, unless the map is already closer. */
export const FOCUS_ZOOM = 15;

export type FirstView = { centre: LatLng; zoom: number } | { fit: Bounds };

/** The smallest box around `points`, or undefined for none. */
export function boundsOf(points: readonly LatLng[]): Bounds | undefined {
  if (!points.length) return undefined;
  // A loop, not Math.min(...all): spreading tens of thousands of arguments can overflow the stack.
  const b = { south: Infinity, west: Infinity, north: -Infinity, east: -Infinity };
  for (const { lat, lng } of points) {
    b.south = Math.min(b.south, lat);
    b.north = Math.max(b.north, lat);
    b.west = Math.min(b.west, lng);
    b.east = Math.max(b.east, lng);
  }
  return b;
}

/**
 * The view a map opens on: the one its link names, else the place its link names, else the route (an
 * itinerary's, `routes`) its link names, whole, else around every place, else the regency's centre.
 */
export function firstView(
  state: Pick<MapState, 'view' | 'place'>,
  places: readonly (LatLng & { id: string })[],
  config: Pick<MapConfig, 'center'>,
  routes: readonly { id: string; bounds: Bounds }[] = [],
): FirstView {
  if (state.view) return { centre: { lat: state.view.lat, lng: state.view.lng }, zoom: state.view.zoom };
  const linked = state.place ? places.find((p) => p.id === state.place) : undefined;
  if (linked) return { centre: { lat: linked.lat, lng: linked.lng }, zoom: FOCUS_ZOOM };
  const route = state.place ? routes.find((r) => r.id === state.place) : undefined;
  if (route) return { fit: route.bounds };
  const fit = boundsOf(places);
  return fit ? { fit } : { centre: { lat: config.center.lat, lng: config.center.lng }, zoom: config.center.zoom };
}

/**
 * The zoom that brings a place chosen from the list into focus, or undefined when the map already shows it
 * closely enough (`visible`: the place is inside the current view).
 */
export function focusZoom(zoom: number, visible: boolean): number | undefined {
  return zoom < FOCUS_ZOOM || !visible ? Math.max(zoom, FOCUS_ZOOM) : undefined;
}
