/**
 * Reads iCalendar text with ical.js, a real RFC 5545 parser (the unit and
 * end-to-end tests share it): every event with its UID, dates and its
 * recurrence expanded, so tests check what a calendar app would show.
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  url: string | undefined;
  geo: [number, number] | undefined;
  status: string | undefined;
  /** DTSTART as written: `YYYY-MM-DD` for all-day, else the local date-time. */
  start: string;
  end: string | undefined;
  allDay: boolean;
  /** DTSTART as an instant (timed events are resolved through their TZID). */
  startInstant: Date;
  rrule: string | undefined;
  /** Start days (`YYYY-MM-DD`, in the event's zone) of the first `count` occurrences on or after `from`. */
  occurrences(from: string, count: number): string[];
}

export function parseCalendar(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const ev = new ICAL.Event(vevent);
    const geo = vevent.getFirstPropertyValue('geo') as number[] | null;
    const rrule = vevent.getFirstPropertyValue('rrule');
    return {
      uid: ev.uid,
      summary: ev.summary,
      url: (vevent.getFirstPropertyValue('url') as string | null) ?? undefined,
      geo: geo ? ([geo[0], geo[1]] as [number, number]) : undefined,
      status: (vevent.getFirstPropertyValue('status') as string | null) ?? undefined,
      start: ev.startDate.toString(),
      end: ev.endDate?.toString(),
      allDay: ev.startDate.isDate,
      startInstant: ev.startDate.toJSDate(),
      rrule: rrule ? String(rrule) : undefined,
      occurrences(from: string, count: number): string[] {
        const out: string[] = [];
        const it = ev.iterator();
        // Bounded: at most about 30 years of weekly occurrences.
        for (let next = it.next(), n = 0; next && out.length < count && n < 2000; next = it.next(), n++) {
          const day = next.toString().slice(0, 10);
          if (day >= from) out.push(day);
          if (!ev.isRecurring()) break;
        }
        return out;
      },
    };
  });
  return { calendar, events };
}
