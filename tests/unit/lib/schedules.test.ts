/**
 * Every schedule pattern an event can have (src/lib/events/schedule.ts), checked three
 * ways that must agree: the days the pages list, the iCalendar file read back
 * with a real RFC 5545 parser (ical.js), and the JSON-LD. Weekdays are checked
 * over five years, so a rule that drifts (10 July 2027 is a Saturday, 10 July
 * 2028 a Monday) cannot pass.
 */
import { describe, expect, it } from 'vitest';
import { calendarFile, type CalendarEvent } from '../../../src/lib/events/calendar';
import { addDays, toUtcDate } from '../../../src/lib/events/dates';
import { nextOccurrences, rruleText, spanDays, type EventDates } from '../../../src/lib/events/schedule';
import { event as eventLd } from '../../../src/lib/seo/jsonld-events';
import { parseCalendar } from '../../ical-parse';

const SITE = 'https://jelajahtoba.example.id';
const weekday = (day: string) => toUtcDate(day).getUTCDay(); // 0 = Sunday … 6 = Saturday
const month = (day: string) => Number(day.slice(5, 7));
const dayOfMonth = (day: string) => Number(day.slice(8, 10));

function ics(e: EventDates) {
  const ev: CalendarEvent = { ...e, slug: 'uji', title: 'Uji', description: 'Uji', url: `${SITE}/acara/uji/`, approximate: false };
  const text = calendarFile([ev], { siteUrl: SITE, name: 'Uji', stamp: new Date(Date.UTC(2026, 0, 1)), language: 'ID' });
  return { text, parsed: parseCalendar(text).events[0]! };
}

/** The next `n` start days from `today`, as the pages compute them and as a calendar app does; they must agree. */
function days(e: EventDates, today: string, n: number): string[] {
  const pages = nextOccurrences(e, today, n);
  const calendar = ics(e).parsed.occurrences(addDays(today, -spanDays(e)), n);
  expect(calendar, 'the .ics file gives the days the pages show').toEqual(pages);
  return pages;
}

describe('schedule patterns', () => {
  it('a single day, and a date range', () => {
    expect(days({ start: '2027-08-17' }, '2027-01-01', 3)).toEqual(['2027-08-17']);
    const range = { start: '2027-08-15', end: '2027-08-17' };
    expect(days(range, '2027-08-16', 3)).toEqual(['2027-08-15']);
    expect(ics(range).text).toContain('DTEND;VALUE=DATE:20270818');
    expect(rruleText(range)).toBeUndefined();
  });

  it('weekly on given weekdays', () => {
    const e: EventDates = { start: '2027-01-05', recurrence: { freq: 'weekly', weekdays: ['tue', 'fri'] } };
    const list = days(e, '2027-01-01', 2 * 52 * 5);
    expect(new Set(list.map(weekday))).toEqual(new Set([2, 5]));
    expect(rruleText(e)).toBe('RRULE:FREQ=WEEKLY;BYDAY=TU,FR');
  });

  it('monthly on the last Friday', () => {
    const e: EventDates = { start: '2027-01-29', recurrence: { freq: 'monthly', week: 'last', weekday: 'fri' } };
    const list = days(e, '2027-01-01', 60);
    for (const d of list) {
      expect(weekday(d), d).toBe(5);
      expect(month(addDays(d, 7)), `${d} is the last Friday`).not.toBe(month(d));
    }
    expect(rruleText(e)).toBe('RRULE:FREQ=MONTHLY;BYDAY=-1FR');
  });

  it('monthly on the first Monday', () => {
    const e: EventDates = { start: '2027-01-04', recurrence: { freq: 'monthly', week: 'first', weekday: 'mon' } };
    for (const d of days(e, '2027-01-01', 60)) expect([weekday(d), dayOfMonth(d) <= 7], d).toEqual([1, true]);
  });

  it('yearly on a fixed date keeps the date, whatever the weekday', () => {
    const e: EventDates = { start: '2027-07-10', recurrence: { freq: 'yearly' } };
    expect(days(e, '2027-01-01', 5)).toEqual(['2027-07-10', '2028-07-10', '2029-07-10', '2030-07-10', '2031-07-10']);
    expect(rruleText(e)).toBe('RRULE:FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=10');
  });

  it('yearly on the second Saturday of July: a Saturday between the 8th and the 14th, five years running', () => {
    const e: EventDates = { start: '2027-07-10', recurrence: { freq: 'yearly-weekday', month: 7, week: 'second', weekday: 'sat' } };
    const list = days(e, '2027-01-01', 5);
    expect(list).toEqual(['2027-07-10', '2028-07-08', '2029-07-14', '2030-07-13', '2031-07-12']);
    for (const d of list) expect([weekday(d), month(d), dayOfMonth(d) >= 8 && dayOfMonth(d) <= 14], d).toEqual([6, 7, true]);
    expect(rruleText(e)).toBe('RRULE:FREQ=YEARLY;BYMONTH=7;BYDAY=2SA');
    expect(ics(e).text).toContain('RRULE:FREQ=YEARLY;BYMONTH=7;BYDAY=2SA');
  });

  it('yearly on the last Sunday of October', () => {
    const e: EventDates = { start: '2027-10-31', recurrence: { freq: 'yearly-weekday', month: 10, week: 'last', weekday: 'sun' } };
    for (const d of days(e, '2027-01-01', 5)) expect([weekday(d), month(d), dayOfMonth(d) >= 25], d).toEqual([0, 10, true]);
  });

  it('yearly, date announced: the whole month, never a day', () => {
    const e: EventDates = { start: '2021-12-28', recurrence: { freq: 'yearly-announced', month: 12 } };
    expect(days(e, '2027-03-01', 3)).toEqual(['2027-12-01', '2028-12-01', '2029-12-01']);
    // Still "on" until the month is over.
    expect(nextOccurrences(e, '2027-12-31', 1)).toEqual(['2027-12-01']);
    const { text, parsed } = ics(e);
    expect(parsed.allDay).toBe(true);
    expect(parsed.status).toBe('TENTATIVE');
    expect(text).toContain('DTSTART;VALUE=DATE:20211201');
    expect(text).toContain('DTEND;VALUE=DATE:20220101');
    const ld = eventLd(
      { url: `${SITE}/acara/uji/`, name: 'Uji', description: 'Uji', lang: 'id', base: '/', site: SITE } as never,
      { ...e, price: [], organiser: undefined },
      { name: 'Balige' },
      '2027-03-01',
    );
    expect(ld.startDate).toBe('2027-12');
    expect(ld).not.toHaveProperty('endDate');
    expect(ld.eventSchedule).toMatchObject({ repeatFrequency: 'P1Y', byMonth: 12 });
  });

  it('a cancelled day and a one-off move: EXDATE and RDATE, the same days on the pages', () => {
    const e: EventDates = {
      start: '2027-07-10',
      recurrence: {
        freq: 'yearly-weekday',
        month: 7,
        week: 'second',
        weekday: 'sat',
        except: ['2028-07-08'],
        moved: [{ from: '2029-07-14', to: '2029-07-21' }],
      },
    };
    expect(days(e, '2027-01-01', 4)).toEqual(['2027-07-10', '2029-07-21', '2030-07-13', '2031-07-12']);
    const { text } = ics(e);
    expect(text).toContain('EXDATE;VALUE=DATE:20280708,20290714');
    expect(text).toContain('RDATE;VALUE=DATE:20290721');
  });

  it('a timed weekly market with a cancelled day writes Jakarta times', () => {
    const e: EventDates = {
      start: '2027-01-01T07:00',
      end: '2027-01-01T12:00',
      recurrence: { freq: 'weekly', weekday: 'fri', except: ['2027-01-08'] },
    };
    expect(days(e, '2027-01-01', 3)).toEqual(['2027-01-01', '2027-01-15', '2027-01-22']);
    expect(ics(e).text).toContain('EXDATE;TZID=Asia/Jakarta:20270108T070000');
  });
});
