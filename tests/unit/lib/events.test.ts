import { describe, expect, it } from 'vitest';
import {
  eventStatus,
  firstDay,
  monthsOf,
  nextOccurrences,
  occurrenceDays,
  rruleText,
  touchesMonth,
  windowDays,
} from '../../../src/lib/events/schedule';
import { formatDay, formatRange, todayInJakarta } from '../../../src/lib/events/dates';

const friday = { start: '2011-02-04', recurrence: { freq: 'weekly', weekday: 'fri' } as const };
const june17 = { start: '2019-06-17', recurrence: { freq: 'yearly' } as const };

describe('recurrence', () => {
  it('finds the next Friday market day', () => {
    expect(nextOccurrences(friday, '2026-11-28', 2)).toEqual(['2026-12-04', '2026-12-11']);
  });
  it('counts an event happening today as upcoming', () => {
    expect(nextOccurrences(friday, '2026-12-04', 1)).toEqual(['2026-12-04']);
    expect(nextOccurrences(june17, '2027-06-17', 1)).toEqual(['2027-06-17']);
  });
  it('rolls over the end of the year', () => {
    expect(nextOccurrences(june17, '2026-12-31', 1)).toEqual(['2027-06-17']);
    expect(nextOccurrences({ start: '2021-12-28', recurrence: { freq: 'yearly' } }, '2026-12-29', 1)).toEqual(['2027-12-28']);
  });
  it('handles a leap day rule by skipping non-leap years', () => {
    expect(nextOccurrences({ start: '2024-02-29', recurrence: { freq: 'yearly' } }, '2025-01-01', 1)).toEqual(['2028-02-29']);
  });
  it('treats one-off events as upcoming until their last day', () => {
    const f1 = { start: '2025-08-22', end: '2025-08-24' };
    expect(eventStatus(f1, '2025-08-24')).toBe('upcoming');
    expect(eventStatus(f1, '2025-08-25')).toBe('past');
    expect(eventStatus(june17, '2027-03-01')).toBe('upcoming');
  });
});

describe('date formatting', () => {
  it('writes days in both languages', () => {
    expect(formatDay('2026-12-05', 'id')).toBe('Sabtu, 5 Desember 2026');
    expect(formatDay('2026-12-04', 'en')).toBe('Friday 4 December 2026');
  });
  it('writes ranges naturally', () => {
    expect(formatRange('2023-02-24', '2023-02-26', 'id')).toBe('24–26 Februari 2023');
    expect(formatRange('2023-02-24', '2023-02-26', 'en')).toBe('24–26 February 2023');
    expect(formatRange('2026-11-30', '2026-12-02', 'id')).toMatch(/^30 November – 2 Desember 2026$/);
    expect(formatRange('2026-06-17 09:00', undefined, 'en')).toBe('17 June 2026, 09:00 WIB');
  });
  it("takes today's date in Jakarta, not UTC", () => {
    expect(todayInJakarta(new Date('2026-11-27T18:30:00Z'))).toBe('2026-11-28');
    expect(todayInJakarta(new Date('2026-11-27T16:30:00Z'))).toBe('2026-11-27');
  });
});

describe('days listed for the browser', () => {
  it('lists a window of occurrences, one-off events keeping their single day', () => {
    const days = occurrenceDays(june17, '2026-01-01', '2028-12-31');
    expect(days).toEqual(['2026-06-17', '2027-06-17', '2028-06-17']);
    expect(occurrenceDays({ start: '2023-02-24', end: '2023-02-26' }, '2026-01-01', '2027-01-01')).toEqual(['2023-02-24']);
  });
  it('covers a year back and three ahead, so a yearly event shows three next dates', () => {
    const days = windowDays(june17, '2026-11-28');
    expect(days[0]).toBe('2026-06-17');
    expect(days.filter((d) => d >= '2026-11-28')).toHaveLength(3);
  });
  it('knows the months an event happens in', () => {
    expect(monthsOf(friday)).toHaveLength(12);
    expect(monthsOf(june17)).toEqual([6]);
    expect(monthsOf({ start: '2026-11-30', end: '2026-12-02' })).toEqual([11, 12]);
    expect(touchesMonth('2026-11-30', 2, 12)).toBe(true);
    expect(touchesMonth('2026-11-30', 0, 12)).toBe(false);
    // A multi-day event that runs into a third month.
    expect(monthsOf({ start: '2026-01-30', end: '2026-03-01' })).toEqual([1, 2, 3]);
    // Kept per event, but each caller gets its own copy.
    monthsOf(june17).push(99);
    expect(monthsOf(june17)).toEqual([6]);
  });
  it('anchors a weekly rule on its first real occurrence and writes its RRULE', () => {
    expect(firstDay({ start: '2026-12-01', recurrence: { freq: 'weekly', weekday: 'fri' } })).toBe('2026-12-04');
    expect(rruleText(friday)).toBe('RRULE:FREQ=WEEKLY;BYDAY=FR');
    expect(rruleText(june17)).toBe('RRULE:FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=17');
    expect(rruleText({ start: '2026-01-01' })).toBeUndefined();
  });
});
