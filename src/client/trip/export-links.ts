/**
 * Points the planner's ".ics" and ".gpx" links at files made from the current plan (object URLs), so
 * they are ordinary downloads. The writers (src/lib/trip/exports.ts, with ical-generator) load only
 * once a plan has stops.
 */
import { fill } from '../../lib/text';
import type { Lang } from '../../lib/locales';
import type { TripPlace } from './places';
import type { Strings } from './view';

const made = new WeakMap<HTMLElement, string[]>();

export async function exportLinks(
  root: HTMLElement,
  days: TripPlace[][],
  o: { strings: Strings; lang: Lang; firstDay: string; link: string; host: string },
): Promise<void> {
  const { tripCalendar, tripGpx } = await import('../../lib/trip/exports');
  const s = o.strings;
  const ics = tripCalendar(days, {
    firstDay: o.firstDay,
    name: s['trip.calendarName'] ?? 'Toba',
    dayTitle: (n, stops) => `${fill(s['trip.day'], { n })}: ${stops.map((p) => p.name).join(' – ')}`,
    language: o.lang.toUpperCase(),
    host: o.host,
    stamp: new Date(),
    planUrl: o.link,
  });
  const gpx = tripGpx(days, { name: s['trip.calendarName'] ?? 'Toba', dayLabel: (n) => fill(s['trip.day'], { n }) });
  for (const url of made.get(root) ?? []) URL.revokeObjectURL(url);
  const urls = [
    URL.createObjectURL(new Blob([ics], { type: 'text/calendar' })),
    URL.createObjectURL(new Blob([gpx], { type: 'application/gpx+xml' })),
  ];
  made.set(root, urls);
  root.querySelector<HTMLAnchorElement>('[data-ics]')!.href = urls[0]!;
  root.querySelector<HTMLAnchorElement>('[data-gpx]')!.href = urls[1]!;
}
