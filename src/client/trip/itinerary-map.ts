/**
 * The map of an itinerary page: its numbered stops and straight legs (./trip-map.ts), drawn once the
 * map comes near the screen, so the page loads no Leaflet until then.
 */
import { fill } from '../../lib/text';
import { TripMap, type MapStop } from './trip-map';
import type { LatLng } from '../../lib/geo';

for (const el of document.querySelectorAll<HTMLElement>('[data-itinerary-map]')) {
  const stops = JSON.parse(el.dataset.stops ?? '[]') as MapStop[];
  const start = el.dataset.start ? (JSON.parse(el.dataset.start) as LatLng) : undefined;
  const seen = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      void new TripMap(el).draw(start, stops, (n, s) => fill(el.dataset.label, { n, name: s.name }));
    },
    { rootMargin: '200px' },
  );
  seen.observe(el);
}
