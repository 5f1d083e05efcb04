/**
 * The big map's "in this view" list, as text: the places inside the map's
 * view, nearest to its centre first, and the status line above them. The
 * browser side (src/client/map/list.ts) turns this into buttons.
 */
import { formatKm, type LatLng } from '../geo';
import type { Lang } from '../../content/vocab';
import { inView, type Bounds, type MapPlace } from './filter';
import { onThisSite } from './popup';
import { routeSize, routesInView, type MapRoute } from './routes';
import { categoryLabel, fill, type Strings } from './strings';

/** The list shows the nearest this many places; more would be a wall of text, not a help. */
export const LIST_LIMIT = 50;

export interface ListEntry {
  /** The place's id (`destination/<slug>`…): what a click on the entry selects. */
  id: string;
  name: string;
  /** "Beach · 1.2 km from the centre", or "… from you" after "Near me"; "Trip idea · 2 days · 5 stops · 0 km …" for a route. */
  meta: string;
  /** A route's page (an itinerary's), linked beside its button: the list is where a keyboard reaches a route. */
  link?: { href: string; text: string } | undefined;
}

export interface ListModel {
  entries: ListEntry[];
  /** "12 places in this view, nearest to the centre first." */
  status: string;
}

/**
 * What the status line says about `total` places in view, of which the list shows at most `limit`;
 * `fromYou`: the list is measured from the visitor's position ("nearest to you first").
 */
export function listStatus(total: number, limit: number, s: Strings, fromYou = false): string {
  const many = fromYou ? s['map.inViewYou'] : s['map.inView'];
  const count = total === 0 ? s['map.inViewNone'] : total === 1 ? s['map.inViewOne'] : fill(many, { count: total });
  return total > limit ? `${count} ${fill(s['map.inViewMore'], { shown: limit })}` : (count ?? '');
}

/**
 * The list for the places shown on the map, within `bounds`, measured from `centre`, or from `you` (the
 * visitor's position, once "Near me" found it): then the distances read "from you", not "from the centre".
 * `routes`: the itineraries shown, listed among the places by the distance to their nearest stop, each
 * with a link to its page (`here`: the page's address, as for the popups' links).
 */
export function listModel(
  places: readonly MapPlace[],
  view: { bounds: Bounds; centre: LatLng; you?: LatLng | undefined },
  { lang, strings }: { lang: Lang; strings: Strings },
  limit = LIST_LIMIT,
  routes?: { shown: readonly MapRoute[]; here: string },
): ListModel {
  const from = view.you ?? view.centre;
  const placesIn = inView(places, view.bounds, from, Infinity).items;
  const routesIn = routes ? routesInView(routes.shown, view.bounds, from) : [];
  const kmFrom = view.you ? strings['map.kmFromYou'] : strings['map.kmFromCentre'];
  const items = [
    ...placesIn.map(({ place, km }) => ({
      km,
      entry: {
        id: place.id,
        name: place.feature.properties.names[lang],
        meta: `${categoryLabel(place.feature.properties, strings)} · ${fill(kmFrom, { km: formatKm(km, lang) })}`,
      } as ListEntry,
    })),
    ...routesIn.map(({ route, km }) => {
      const p = route.feature.properties;
      return {
        km,
        entry: {
          id: route.id,
          name: p.names[lang],
          // Its distance too, as a place's: the list is nearest first, and says from where (the centre, or you).
          meta: `${strings['type.itinerary'] ?? ''} · ${routeSize(p, strings)} · ${fill(kmFrom, { km: formatKm(km, lang) })}`,
          link: { href: onThisSite(p.urls[lang], routes!.here), text: strings['map.openItinerary'] ?? '' },
        },
      };
    }),
  ];
  // Routes after the places at the same distance (a route's nearest stop is often a place in the list).
  const sorted = routesIn.length ? items.sort((a, b) => a.km - b.km) : items;
  const total = sorted.length;
  return { entries: sorted.slice(0, limit).map((i) => i.entry), status: listStatus(total, limit, strings, !!view.you) };
}
