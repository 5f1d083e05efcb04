/** The upcoming/past decision the build and the browser share, and date formatting in both languages. */
import { describe, expect, it } from 'vitest';
import { addDays, dayState, formatMonth, monthName, occurrenceText } from '../../../src/lib/events/dates';

describe('dayState', () => {
  const fridays = ['2026-11-27', '2026-12-04', '2026-12-11', '2026-12-18'];
  it('lists the occurrences not yet ended and the last one that has', () => {
    expect(dayState(fridays, 0, '2026-11-28', true)).toEqual({
      status: 'upcoming',
      next: ['2026-12-04', '2026-12-11', '2026-12-18'],
      previous: '2026-11-27',
    });
  });
  it('counts an occurrence happening today as upcoming', () => {
    expect(dayState(fridays, 0, '2026-12-04', true, 1)).toEqual({ status: 'upcoming', next: ['2026-12-04'], previous: '2026-11-27' });
  });
  it('keeps a multi-day event upcoming until its last day', () => {
    expect(dayState(['2025-08-22'], 2, '2025-08-24').status).toBe('upcoming');
    expect(dayState(['2025-08-22'], 2, '2025-08-25')).toEqual({ status: 'past', next: [], previous: '2025-08-22' });
  });
  it('keeps a recurring event upcoming when its listed days ran out', () => {
    expect(dayState(fridays, 0, '2030-01-01', true)).toEqual({ status: 'upcoming', next: [], previous: '2026-12-18' });
    expect(dayState(fridays, 0, '2030-01-01', false).status).toBe('past');
  });
  it('handles a visitor whose clock is behind the build', () => {
    expect(dayState(['2026-12-04'], 0, '2026-11-01').next).toEqual(['2026-12-04']);
  });
});

describe('date helpers', () => {
  it('add days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });
  it('name months and occurrences in both languages', () => {
    expect(formatMonth('2027-06', 'id')).toBe('Juni 2027');
    expect(formatMonth('2027-06-17', 'en')).toBe('June 2027');
    expect(monthName(8, 'id')).toBe('Agustus');
    expect(monthName(8, 'en')).toBe('August');
    expect(occurrenceText('2027-03-09', 'id')).toBe('Selasa, 9 Maret 2027');
    expect(occurrenceText('2027-03-09', 'en', 'around {date}')).toBe('around 9 March 2027');
  });
});
