/**
 * Which share image a page uses. Entry and district pages have their own
 * card; every other page uses the card of its route (a filter page uses its
 * index's card); anything else, the home card. The cards themselves are
 * listed in ./share-cards.ts and drawn by ./share-image.ts.
 */
import { parseRoute, type RouteName } from '../routes';

/** Routes whose `/<route>/<slug>/` pages each get a card of their own. */
export const DETAIL_ROUTES = ['destinations', 'events', 'products', 'districts'] as const satisfies readonly RouteName[];

/** The card key of a page, e.g. 'destinations/air-terjun-situmurun', 'events', 'home'. */
export function shareKeyFor(base: string, pathname: string): string {
  const { route, rest } = parseRoute(base, pathname);
  if (!route) return 'home';
  if (rest.length === 1 && (DETAIL_ROUTES as readonly string[]).includes(route)) return `${route}/${rest[0]}`;
  return route;
}

/** Cover-art glyph behind each route's card (see src/lib/cover.ts). */
export const ROUTE_GLYPH: Record<RouteName, string> = {
  home: 'viewpoint',
  destinations: 'beach',
  events: 'event',
  products: 'weaving',
  districts: 'village',
  map: 'nature',
  search: 'viewpoint',
  about: 'culture',
  gettingHere: 'adventure',
  aboutToba: 'history',
  openData: 'craft',
  offline: 'nature',
  saved: 'village',
  brand: 'weaving',
  press: 'culture',
  labels: 'weaving',
  trip: 'adventure',
  itineraries: 'viewpoint',
};
