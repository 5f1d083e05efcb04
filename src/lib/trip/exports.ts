/**
 * The plan as files to take away: an iCalendar file with one all-day event per day listing its
 * stops and their pages (written by ical-generator, as the events' calendars are in
 * ../events/calendar.ts, so escaping and line folding follow RFC 5545), and a GPX 1.1 file with
 * one waypoint per stop, for map and GPS apps.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { addDays, toUtcDate } from '../events/dates';

/** A stop as the exports need it, in the page's language. */
export interface ExportStop {
  id: string;
  name: string;
  /** Absolute address of the place's page. */
  url: string;
  lat: number;
  lng: number;
}

export interface TripCalendarOptions {
  /** The first day, YYYY-MM-DD. */
  firstDay: string;
  /** Calendar name, e.g. "Rencana perjalanan Toba". */
  name: string;
  /** "Day {n}" in the page's language; {n} is the day number, {stops} the stops' names. */
  dayTitle: (n: number, stops: readonly ExportStop[]) => string;
  /** Language of the texts, e.g. `ID` (goes into PRODID). */
  language: string;
  /** The site's host, for the UIDs. */
  host: string;
  /** When the file was made. */
  stamp: Date;
  /** A link back to the plan, put at the end of each day's description. */
  planUrl?: string | undefined;
}

/** One all-day VEVENT per day that has stops. */
export function tripCalendar(days: readonly (readonly ExportStop[])[], opts: TripCalendarOptions): string {
  const cal = ical({
    name: opts.name,
    prodId: { company: 'Jelajah Toba', product: 'Rencana perjalanan', language: opts.language },
    method: ICalCalendarMethod.PUBLISH,
  });
  // One UID per trip and day: importing the same plan again updates the days instead of duplicating them.
  const key = hash(days.map((d) => d.map((s) => s.id).join(',')).join('~'));
  days.forEach((stops, i) => {
    if (!stops.length) return;
    const day = addDays(opts.firstDay, i);
    cal.createEvent({
      id: `trip-${key}-day-${i + 1}@${opts.host}`,
      stamp: opts.stamp,
      start: toUtcDate(day),
      end: toUtcDate(addDays(day, 1)),
      allDay: true,
      summary: opts.dayTitle(i + 1, stops),
      description: [...stops.map((s, j) => `${j + 1}. ${s.name}: ${s.url}`), ...(opts.planUrl ? ['', opts.planUrl] : [])].join('\n'),
      location: { title: stops[0]!.name, geo: { lat: stops[0]!.lat, lon: stops[0]!.lng } },
    });
  });
  return cal.toString();
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/** GPX 1.1: one waypoint per stop, named "1. Onan Balerong" in trip order, with the day and a link. */
export function tripGpx(days: readonly (readonly ExportStop[])[], opts: { name: string; dayLabel: (n: number) => string }): string {
  let n = 0;
  const points = days.flatMap((stops, d) =>
    stops.map((s) => {
      n += 1;
      return [
        `  <wpt lat="${s.lat.toFixed(6)}" lon="${s.lng.toFixed(6)}">`,
        `    <name>${xml(`${n}. ${s.name}`)}</name>`,
        `    <desc>${xml(opts.dayLabel(d + 1))}</desc>`,
        `    <link href="${xml(s.url)}"><text>${xml(s.name)}</text></link>`,
        '  </wpt>',
      ].join('\n');
    }),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="Jelajah Toba" xmlns="http://www.topografix.com/GPX/1/1">',
    `  <metadata><name>${xml(opts.name)}</name></metadata>`,
    ...points,
    '</gpx>',
    '',
  ].join('\n');
}

/** A short stable hash (FNV-1a, base 36): enough to tell plans apart in a UID, not a secret. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}
