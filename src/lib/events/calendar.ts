/**
 * Calendar files (iCalendar, RFC 5545) and Google Calendar links for events.
 * The files are written by ical-generator, never by string templates; the
 * recurrence rule is the same rrule object the pages compute dates with.
 *
 * - All-day events use `VALUE=DATE` with an exclusive end day, as RFC 5545 asks.
 * - Timed events are wall-clock times in Asia/Jakarta (`TZID=Asia/Jakarta`),
 *   with the zone's VTIMEZONE included.
 * - The UID is derived from the entry's slug and the site's host name only, so
 *   it is the same in every build and in both languages: a calendar that
 *   imports the file again updates the event instead of duplicating it.
 */
import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalEventData } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { addDays, dayOf, TIME_ZONE, toUtcDate } from './dates';
import { firstDay, isAnnounced, isTimed, rruleText, scheduleChanges, spanDays, type EventDates } from './schedule';

/** What a calendar needs to know about one event, in one language. */
export interface CalendarEvent extends EventDates {
  /** The entry's slug: the stable part of the UID. */
  slug: string;
  title: string;
  /** Plain text: summary, notes and the page address. */
  description: string;
  /** Absolute address of the event's page. */
  url: string;
  /** The date is only roughly known: marked TENTATIVE. */
  approximate: boolean;
  location?: { name: string; address?: string | undefined; lat?: number | undefined; lng?: number | undefined } | undefined;
}

export interface CalendarOptions {
  /** Absolute site URL; its host name goes into every UID. */
  siteUrl: string;
  /** Calendar name shown by calendar apps. */
  name: string;
  description?: string | undefined;
  /** Absolute address of this file, for subscribers. */
  source?: string | undefined;
  /** `DTSTAMP`: when the file was made (the build time). */
  stamp: Date;
  /** Language of the texts, e.g. `ID` or `EN` (goes into PRODID). */
  language: string;
  /** A feed to subscribe to (asks apps to refresh daily), rather than a file to import once. */
  feed?: boolean | undefined;
}

const compact = (value: string) => value.replace(/[-:]/g, '');

/** Stable across builds and languages: `event-<slug>@<host>`. */
export const eventUid = (slug: string, siteUrl: string) => `event-${slug}@${new URL(siteUrl).hostname}`;

/** A wall-clock WIB date-time as a zoned date, so ical-generator writes it in Jakarta time whatever the build machine's zone. */
function jakartaTime(value: string): TZDate {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [hh, mm] = value.slice(11, 16).split(':').map(Number) as [number, number];
  return new TZDate(y, m - 1, d, hh, mm, TIME_ZONE);
}

/** Start and end of the first occurrence, as ical-generator wants them. */
function when(e: EventDates): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone'> {
  const first = firstDay(e);
  if (!isTimed(e)) return { start: toUtcDate(first), end: toUtcDate(addDays(first, spanDays(e) + 1)), allDay: true };
  const shift = (value: string) => `${addDays(first, spanDays({ start: e.start, end: value }))}${value.slice(10)}`;
  return { start: jakartaTime(shift(e.start)), end: e.end ? jakartaTime(shift(e.end)) : null, allDay: false, timezone: TIME_ZONE };
}

/**
 * The recurrence lines of a VEVENT: the RRULE (e.g. `FREQ=YEARLY;BYMONTH=7;BYDAY=2SA`), then EXDATE for
 * cancelled and moved-away days and RDATE for the days they moved to, as dates for an all-day event and
 * as Jakarta wall-clock times for a timed one. The same days the pages leave out and add (./schedule.ts).
 */
function recurrenceLines(e: EventDates): string | null {
  const rrule = rruleText(e);
  if (!rrule) return null;
  const { removed, added } = scheduleChanges(e);
  const timed = isTimed(e);
  const value = (day: string) => (timed ? `${compact(day)}T${compact(e.start.slice(11, 16))}00` : compact(day));
  const param = timed ? `;TZID=${TIME_ZONE}` : ';VALUE=DATE';
  return [
    rrule,
    ...(removed.length ? [`EXDATE${param}:${removed.map(value).join(',')}`] : []),
    ...(added.length ? [`RDATE${param}:${added.map(value).join(',')}`] : []),
  ].join('\n');
}

/** The VTIMEZONE block of a zone (the library answers with a message string for unknown zones). */
function vtimezone(tz: string): string | null {
  const block = tzlib_get_ical_block(tz);
  return Array.isArray(block) ? (block[0] ?? null) : null;
}

/** One iCalendar file holding `events` (a single event's file or the whole feed). */
export function calendarFile(events: readonly CalendarEvent[], opts: CalendarOptions): string {
  const cal = ical({
    name: opts.name,
    description: opts.description ?? null,
    source: opts.source ?? null,
    prodId: { company: 'Jelajah Toba', product: 'Acara Kabupaten Toba', language: opts.language },
    method: ICalCalendarMethod.PUBLISH,
    // Subscribers refresh once a day (REFRESH-INTERVAL and X-PUBLISHED-TTL).
    ttl: opts.feed ? 86_400 : null,
    // Only events name a zone: a calendar-wide zone would write DTSTAMP in local time, which RFC 5545 forbids.
    timezone: { name: null, generator: vtimezone },
  });
  for (const e of events) {
    const loc = e.location;
    cal.createEvent({
      id: eventUid(e.slug, opts.siteUrl),
      stamp: opts.stamp,
      ...when(e),
      repeating: recurrenceLines(e),
      summary: e.title,
      description: e.description,
      url: e.url,
      // An announced event's month is certain, its day is not: TENTATIVE, like an approximate date.
      status: e.approximate || isAnnounced(e) ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      location: loc
        ? {
            title: loc.name,
            ...(loc.address ? { address: loc.address } : {}),
            ...(loc.lat !== undefined && loc.lng !== undefined ? { geo: { lat: loc.lat, lon: loc.lng } } : {}),
          }
        : null,
    });
  }
  return cal.toString();
}

/**
 * An "add to Google Calendar" link for the occurrence starting on `day`
 * (the next one, for a recurring event), repeating by the event's rule.
 */
export function googleCalendarUrl(e: CalendarEvent, day: string = firstDay(e)): string {
  const span = spanDays(e);
  const dates = isTimed(e)
    ? `${compact(day)}T${compact(e.start.slice(11, 16))}00/${compact(addDays(day, span))}T${compact((e.end ?? e.start).slice(11, 16))}00`
    : `${compact(day)}/${compact(addDays(dayOf(day), span + 1))}`;
  const params = new URLSearchParams({ action: 'TEMPLATE', text: e.title, dates, ctz: TIME_ZONE, details: e.description });
  if (e.location) params.set('location', [e.location.name, e.location.address].filter(Boolean).join(', '));
  const recur = rruleText(e);
  if (recur) params.set('recur', recur);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/** The same feed address for calendar apps: `webcal://…` opens the subscribe dialog. */
export const webcalUrl = (absolute: string) => absolute.replace(/^https?:/, 'webcal:');

/** Subscribes Google Calendar to a feed (Google fetches it from then on). */
export const googleSubscribeUrl = (absolute: string) =>
  `https://calendar.google.com/calendar/render?${new URLSearchParams({ cid: webcalUrl(absolute) }).toString()}`;
