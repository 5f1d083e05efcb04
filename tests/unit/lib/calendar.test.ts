/**
 * Calendar files are parsed back with ical.js (a real RFC 5545 parser, not a
 * regex): all-day and timed events, recurrence expanding to the dates the site
 * shows, stable UIDs, and every real event in content/ in both languages.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  calendarFile,
  eventUid,
  googleCalendarUrl,
  googleSubscribeUrl,
  webcalUrl,
  type CalendarEvent,
} from '../../../src/lib/events/calendar';
import { nextOccurrences, spanDays, type Recurrence } from '../../../src/lib/events/schedule';
import { addDays } from '../../../src/lib/events/dates';
import { checkContent } from '../../../src/content/validate';
import { parseCalendar } from '../../ical-parse';
import { site } from '../../../src/config/site';

const SITE = 'https://jelajahtoba.example.id';
const options = { siteUrl: SITE, name: 'Uji', stamp: new Date('2026-11-28T01:00:00Z'), language: 'ID' };
const event = (over: Partial<CalendarEvent>): CalendarEvent => ({
  slug: 'acara-uji',
  title: 'Acara uji',
  description: 'Uji.',
  url: `${SITE}/acara/acara-uji/`,
  approximate: false,
  start: '2026-12-04',
  ...over,
});

describe('calendar files', () => {
  it('writes all-day events as VALUE=DATE with the day after the last as end', () => {
    const text = calendarFile([event({ start: '2023-02-24', end: '2023-02-26' })], options);
    expect(text).toContain('DTSTART;VALUE=DATE:20230224');
    const [e] = parseCalendar(text).events;
    expect(e!.allDay).toBe(true);
    expect(e!.start).toBe('2023-02-24');
    expect(e!.end).toBe('2023-02-27');
    expect(e!.rrule).toBeUndefined();
  });

  it('writes timed events in Asia/Jakarta with its VTIMEZONE, whatever the machine zone', () => {
    const text = calendarFile([event({ start: '2026-06-17T06:00', end: '2026-06-17T09:30' })], options);
    const { calendar, events } = parseCalendar(text);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Jakarta');
    expect(text).toContain('DTSTART;TZID=Asia/Jakarta:20260617T060000');
    // 06:00 WIB is 23:00 UTC the day before: a zone mix-up would show here.
    expect(events[0]!.startInstant.toISOString()).toBe('2026-06-16T23:00:00.000Z');
    expect(events[0]!.end).toBe('2026-06-17T09:30:00');
  });

  it('keeps an early-morning weekly event on its weekday in Jakarta (06:00 WIB Friday is Thursday in UTC)', () => {
    const [e] = parseCalendar(
      calendarFile([event({ start: '2026-12-04T06:00', recurrence: { freq: 'weekly', weekday: 'fri' } })], options),
    ).events;
    expect(e!.occurrences('2026-12-05', 2)).toEqual(['2026-12-11', '2026-12-18']);
  });

  it('expands a weekly rule to the next Fridays, across the year end', () => {
    const market = event({ start: '2011-02-04', recurrence: { freq: 'weekly', weekday: 'fri' } });
    const [e] = parseCalendar(calendarFile([market], options)).events;
    expect(e!.rrule).toBe('FREQ=WEEKLY;BYDAY=FR');
    expect(e!.occurrences('2026-12-19', 3)).toEqual(['2026-12-25', '2027-01-01', '2027-01-08']);
  });

  it('starts a weekly event on its weekday even when the written start is another day', () => {
    const [e] = parseCalendar(
      calendarFile([event({ start: '2026-12-01', recurrence: { freq: 'weekly', weekday: 'fri' } })], options),
    ).events;
    expect(e!.start).toBe('2026-12-04');
  });

  it('keeps a leap-day rule on 29 February, skipping other years', () => {
    const [e] = parseCalendar(calendarFile([event({ start: '2024-02-29', recurrence: { freq: 'yearly' } })], options)).events;
    expect(e!.occurrences('2025-01-01', 2)).toEqual(['2028-02-29', '2032-02-29']);
  });

  it('marks approximate dates as tentative and carries the page URL and the venue geo', () => {
    const text = calendarFile(
      [event({ approximate: true, location: { name: 'Lapangan', address: 'Balige', lat: 2.337, lng: 99.065 } })],
      options,
    );
    const [e] = parseCalendar(text).events;
    expect(e!.status).toBe('TENTATIVE');
    expect(e!.url).toBe(`${SITE}/acara/acara-uji/`);
    expect(e!.geo).toEqual([2.337, 99.065]);
  });

  it('gives the same UIDs in every build, whatever the build time and the order', () => {
    const a = event({ slug: 'a' });
    const b = event({ slug: 'b', recurrence: { freq: 'yearly' } });
    const first = parseCalendar(calendarFile([a, b], options)).events.map((e) => e.uid);
    const later = parseCalendar(calendarFile([b, a], { ...options, stamp: new Date('2027-03-01T00:00:00Z'), language: 'EN' })).events.map(
      (e) => e.uid,
    );
    expect(first).toEqual(['event-a@jelajahtoba.example.id', 'event-b@jelajahtoba.example.id']);
    expect([...later].sort()).toEqual(first);
    expect(eventUid('a', SITE)).toBe(first[0]);
  });

  it('asks subscribers to refresh daily only in the feed', () => {
    expect(calendarFile([event({})], { ...options, feed: true })).toContain('REFRESH-INTERVAL;VALUE=DURATION:P1D');
    expect(calendarFile([event({})], options)).not.toContain('REFRESH-INTERVAL');
  });
});

describe('Google Calendar links', () => {
  it('add an all-day occurrence with its rule, in Jakarta time', () => {
    const url = new URL(googleCalendarUrl(event({ start: '2019-06-17', recurrence: { freq: 'yearly' } }), '2027-06-17'));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('dates')).toBe('20270617/20270618');
    expect(url.searchParams.get('recur')).toBe('RRULE:FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=17');
    expect(url.searchParams.get('ctz')).toBe('Asia/Jakarta');
  });
  it('add a timed occurrence with wall-clock times', () => {
    const url = new URL(googleCalendarUrl(event({ start: '2026-06-17T09:00', end: '2026-06-17T11:00' })));
    expect(url.searchParams.get('dates')).toBe('20260617T090000/20260617T110000');
    expect(url.searchParams.get('recur')).toBeNull();
  });
  it('subscribe to the feed through webcal', () => {
    expect(webcalUrl(`${SITE}/data/events.ics`)).toBe('webcal://jelajahtoba.example.id/data/events.ics');
    expect(new URL(googleSubscribeUrl(`${SITE}/data/events.ics`)).searchParams.get('cid')).toBe(
      'webcal://jelajahtoba.example.id/data/events.ics',
    );
  });
});

describe('the events of the content folder', () => {
  const events = checkContent(path.resolve(site.contentDir)).entries.filter((e) => e.collection === 'events');
  const asCalendar = (lang: 'id' | 'en') =>
    events.map((e) => {
      const d = e.data as { title: string; start: string; end?: string; recurrence?: Recurrence; dateApproximate: boolean };
      return event({
        slug: e.slug,
        title: lang === 'en' ? (e.en?.title ?? d.title) : d.title,
        start: d.start,
        end: d.end,
        recurrence: d.recurrence,
        approximate: d.dateApproximate,
      });
    });

  it('all parse, in both languages, one VEVENT each with a unique UID', () => {
    for (const lang of ['id', 'en'] as const) {
      const parsed = parseCalendar(calendarFile(asCalendar(lang), { ...options, feed: true })).events;
      expect(parsed).toHaveLength(events.length);
      expect(new Set(parsed.map((e) => e.uid)).size).toBe(events.length);
    }
  });

  it('expand to the same next dates the pages show', () => {
    const parsed = parseCalendar(calendarFile(asCalendar('id'), options)).events;
    const recurring = asCalendar('id').filter((e) => e.recurrence);
    for (const today of ['2026-11-28', '2027-03-01', '2027-12-31']) {
      for (const e of recurring) {
        const ics = parsed.find((p) => p.uid === eventUid(e.slug, SITE))!;
        // An occurrence that started before today but has not ended is still next (a multi-day one, or a whole announced month).
        const from = addDays(today, -spanDays(e));
        expect(ics.occurrences(from, 3), `${e.slug} from ${today}`).toEqual(nextOccurrences(e, today, 3));
      }
    }
  });
});
