/**
 * JSON-LD for events: an event at a place with its schedule (schema.org
 * Schedule from the event's recurrence) and its prices.
 */
import { reachProps, sameAsProps } from './jsonld-contact';
import type { Event, Place } from 'schema-dts';
import { type Weekday } from '../../content/vocab';
import type { Location } from '../../content/shared-field-schemas';
import type { EventData } from '../../content/plain';
import { isAnnounced, nextOccurrences, spanDays, weeklyDays, type Recurrence } from '../events/schedule';

import { pageSubject, type Node, type PageContext } from './jsonld';
import { geo, offer, postalAddress, SCHEMA_DAY } from './jsonld-places';

/**
 * A date or date-time as ISO 8601. Times are wall-clock in WIB, so they get
 * +07:00. All-day dates stay dates: adding a midnight time would announce a
 * start time nobody gave.
 */
export function isoWib(value: string): string {
  return value.length > 10 ? `${value.slice(0, 16)}:00+07:00` : value;
}

const addDays = (ymd: string, n: number) => new Date(Date.parse(`${ymd}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Start and end of the occurrence a page is about: the next one for a recurring event, else the event's own. */
export function occurrence(e: Pick<EventData, 'start' | 'end' | 'recurrence'>, today: string): { start: string; end?: string | undefined } {
  const next = e.recurrence ? nextOccurrences(e, today, 1)[0] : undefined;
  // A day announced each year: the month alone (ISO 8601 `2027-12`), never an invented day.
  if (isAnnounced(e)) return { start: (next ?? e.start).slice(0, 7) };
  if (!next) return { start: e.start, end: e.end };
  const shift = (v: string) => next + v.slice(10);
  return { start: shift(e.start), end: e.end ? addDays(next, spanDays(e)) + e.end.slice(10) : undefined };
}

const WEEK_NUMBER = { first: 1, second: 2, third: 3, fourth: 4 } as const;
type DayUrl = 'https://schema.org/Monday';

/** A schedule's repeat frequency, days, month and week of the month, in schema.org's terms. */
function scheduleOf(r: Recurrence): { repeatFrequency: string; byDay?: DayUrl | DayUrl[]; byMonth?: number; byMonthWeek?: number } {
  const day = (d: Weekday) => SCHEMA_DAY[d] as DayUrl;
  switch (r.freq) {
    case 'weekly': {
      const days = weeklyDays(r).map(day);
      return { repeatFrequency: 'P1W', byDay: days.length === 1 ? days[0]! : days };
    }
    case 'monthly':
      // schema.org's byMonthWeek counts from the start of the month only: "last" leaves it out.
      return { repeatFrequency: 'P1M', byDay: day(r.weekday), ...(r.week !== 'last' ? { byMonthWeek: WEEK_NUMBER[r.week] } : {}) };
    case 'yearly-weekday':
      return {
        repeatFrequency: 'P1Y',
        byMonth: r.month,
        byDay: day(r.weekday),
        ...(r.week !== 'last' ? { byMonthWeek: WEEK_NUMBER[r.week] } : {}),
      };
    case 'yearly-announced':
      return { repeatFrequency: 'P1Y', byMonth: r.month };
    case 'yearly':
      return { repeatFrequency: 'P1Y' };
  }
}

/** An event at a place, in person, with its prices when known. */
export function event(
  c: PageContext,
  e: Pick<EventData, 'start' | 'end' | 'recurrence' | 'price' | 'organiser' | 'contact'>,
  venue: { name: string; address?: string | undefined; districtName?: string | undefined; location?: Location | undefined },
  today: string,
): Node<Event> {
  const when = occurrence(e, today);
  const place: Node<Place> = {
    '@type': 'Place',
    name: venue.name,
    address: postalAddress({ street: venue.address ?? venue.name, locality: venue.districtName }),
    ...(venue.location ? { geo: geo(venue.location) } : {}),
  };
  return {
    '@type': 'Event',
    ...pageSubject(c, 'event'),
    startDate: isoWib(when.start),
    ...(when.end ? { endDate: isoWib(when.end) } : {}),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: place,
    // An Event has no telephone in schema.org: the number is the organiser's, so it goes there when one is named.
    ...(e.organiser ? { organizer: { '@type': 'Organization', name: e.organiser, ...reachProps(e.contact) } } : {}),
    ...sameAsProps(e.contact),
    ...(e.price.length ? { offers: e.price.map((p) => offer(c, p)), isAccessibleForFree: e.price.every((p) => p.amount === 0) } : {}),
    ...(e.recurrence
      ? {
          eventSchedule: {
            '@type': 'Schedule',
            ...scheduleOf(e.recurrence),
            startDate: isAnnounced(e) ? e.start.slice(0, 7) : isoWib(e.start),
            scheduleTimezone: 'Asia/Jakarta',
          },
        }
      : {}),
  };
}
