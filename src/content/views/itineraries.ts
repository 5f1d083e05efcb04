/**
 * An itinerary as the pages show it: its days with each stop's destination (title, link, point), and
 * the trip plan it becomes with "Use as my plan" (src/lib/trip/). The checker has made sure every stop
 * names a published destination with a point; a stop that still has none is left out, not a crash.
 */
import { titleOf, type Destination, type Itinerary } from '../load';
import { pick } from '../../lib/i18n';
import { routeUrl } from '../../lib/paths';
import { encodePlan, SHARE_PARAM } from '../../lib/trip/codec';
import type { Plan } from '../../lib/trip/plan';
import type { Lang } from '../vocab';

export interface ItineraryStop {
  id: string;
  slug: string;
  name: string;
  url: string;
  lat: number;
  lng: number;
  note?: string | undefined;
}
export interface ItineraryDay {
  title?: string | undefined;
  stops: ItineraryStop[];
}

export function itineraryDays(entry: Itinerary, destinations: readonly Destination[], lang: Lang): ItineraryDay[] {
  const bySlug = new Map(destinations.map((d) => [d.slug, d]));
  return entry.data.days.map((day) => ({
    title: pick(day.title, lang)?.text,
    stops: day.stops.flatMap((s) => {
      const d = bySlug.get(s.destination.id);
      const at = d?.data.location;
      if (!d || !at) return [];
      return [
        {
          id: `destination/${d.slug}`,
          slug: d.slug,
          name: titleOf(d, lang),
          url: routeUrl(lang, 'destinations', d.slug),
          lat: at.lat,
          lng: at.lng,
          note: pick(s.note, lang)?.text,
        },
      ];
    }),
  }));
}

/** The planner's URL with this itinerary as the plan (`#p=…`). */
export function planUrl(entry: Itinerary, days: readonly ItineraryDay[], lang: Lang): string {
  const plan: Plan = { start: entry.data.start, days: days.map((d) => d.stops.map((s) => s.id)) };
  return `${routeUrl(lang, 'trip')}#${SHARE_PARAM}=${encodePlan(plan)}`;
}
