/**
 * The big map's "Trip ideas" layer: one line per itinerary of /data/itineraries.geojson, on the map
 * while the "Trip ideas" box is ticked and the other filters keep it. There are a handful of routes, not
 * thousands of places: no clusters, no slices. Leaflet comes in through the factory, so the bookkeeping
 * is tested without a map (tests/unit/client/map/routes.test.ts). What a route says is in
 * src/lib/map/routes.ts.
 */
import type { MapRoute } from '../../lib/map/routes';

export interface Routes<Line> {
  route(id: string): MapRoute | undefined;
  isShown(id: string): boolean;
  /** The routes on the map. */
  shown(): MapRoute[];
  /** Shows the routes `keep` accepts, and only those. */
  filter(keep: (route: MapRoute) => boolean): void;
  lineOf(id: string): Line | undefined;
}

/** Makes every route's line (`line`: an L.Polyline, in the map); none is on `map` until the first filter. */
export function createRoutes<M, Line extends { addTo(map: M): unknown; remove(): unknown }>(
  map: M,
  routes: readonly MapRoute[],
  line: (route: MapRoute) => Line,
): Routes<Line> {
  const items = new Map(routes.map((r) => [r.id, { route: r, line: line(r) }]));
  let shown = new Set<string>();
  return {
    route: (id) => items.get(id)?.route,
    isShown: (id) => shown.has(id),
    shown: () => [...shown].map((id) => items.get(id)!.route),
    filter(keep) {
      const next = new Set([...items.values()].filter((i) => keep(i.route)).map((i) => i.route.id));
      for (const [id, item] of items) {
        if (shown.has(id) && !next.has(id)) item.line.remove();
        if (!shown.has(id) && next.has(id)) item.line.addTo(map);
      }
      shown = next;
    },
    lineOf: (id) => items.get(id)?.line,
  };
}
