/**
 * Event dates in Asia/Jakarta (WIB, UTC+7, no daylight saving). Dates are
 * wall-clock strings (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`) as written in the
 * content; recurrence is expanded with rrule, never by hand.
 */
import rrulePkg from 'rrule';
import type { Lang, Weekday } from './content/vocab';
import { LOCALE } from './i18n';

// rrule ships CommonJS; its named exports are not visible to Node's ESM loader.
const { RRule } = rrulePkg;

import { TIME_ZONE, todayInJakarta } from './today';
export { TIME_ZONE, todayInJakarta };

export type Recurrence = { freq: 'yearly' } | { freq: 'weekly'; weekday: Weekday };

export interface EventDates {
  start: string;
  end?: string | undefined;
  recurrence?: Recurrence | undefined;
}

const dayOf = (value: string) => value.slice(0, 10);
const toUtcDate = (ymd: string) => new Date(`${ymd}T00:00:00Z`);
const fromUtcDate = (d: Date) => d.toISOString().slice(0, 10);

/** Length of an occurrence in whole days (0 for single-day events). */
export function spanDays(e: EventDates): number {
  if (!e.end) return 0;
  return Math.round((toUtcDate(dayOf(e.end)).getTime() - toUtcDate(dayOf(e.start)).getTime()) / 86_400_000);
}

const RRULE_DAYS = { mon: RRule.MO, tue: RRule.TU, wed: RRule.WE, thu: RRule.TH, fri: RRule.FR, sat: RRule.SA, sun: RRule.SU } as const;

/** The rrule for a recurring event, anchored on its start day (dates handled as UTC days). */
export function ruleFor(e: EventDates): InstanceType<typeof RRule> | undefined {
  if (!e.recurrence) return undefined;
  const dtstart = toUtcDate(dayOf(e.start));
  if (e.recurrence.freq === 'yearly') return new RRule({ freq: RRule.YEARLY, dtstart });
  return new RRule({ freq: RRule.WEEKLY, byweekday: [RRULE_DAYS[e.recurrence.weekday]], dtstart });
}

/**
 * The next `count` start days on or after `today` whose occurrence has not
 * ended (an event happening today counts as upcoming).
 */
export function nextOccurrences(e: EventDates, today: string, count = 3): string[] {
  const span = spanDays(e);
  const rule = ruleFor(e);
  if (!rule) {
    const lastDay = e.end ? dayOf(e.end) : dayOf(e.start);
    return lastDay >= today ? [dayOf(e.start)] : [];
  }
  // Look back by the span so a multi-day occurrence that started before today still counts.
  const from = new Date(toUtcDate(today).getTime() - span * 86_400_000);
  const out: string[] = [];
  let cursor = rule.after(from, true);
  while (cursor && out.length < count) {
    out.push(fromUtcDate(cursor));
    cursor = rule.after(cursor, false);
  }
  return out;
}

/** `upcoming` when an occurrence is today or later, else `past`. */
export function eventStatus(e: EventDates, today: string): 'upcoming' | 'past' {
  return nextOccurrences(e, today, 1).length ? 'upcoming' : 'past';
}

/** The day used for sorting: next occurrence if upcoming, otherwise the last start. */
export function sortDay(e: EventDates, today: string): string {
  return nextOccurrences(e, today, 1)[0] ?? dayOf(e.start);
}

const parts = (ymd: string, lang: Lang) => {
  const d = toUtcDate(dayOf(ymd));
  const get = (opts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(LOCALE[lang], { timeZone: 'UTC', ...opts }).format(d);
  return { weekday: get({ weekday: 'long' }), day: String(d.getUTCDate()), month: get({ month: 'long' }), year: String(d.getUTCFullYear()) };
};

/**
 * "Jumat, 5 Desember 2026" / "Friday 5 December 2026". Assembled from parts,
 * because ICU versions disagree on commas and spaces.
 */
export function formatDay(ymd: string, lang: Lang, withWeekday = true): string {
  const p = parts(ymd, lang);
  const date = `${p.day} ${p.month} ${p.year}`;
  if (!withWeekday) return date;
  return lang === 'id' ? `${p.weekday}, ${date}` : `${p.weekday} ${date}`;
}

/** A range that reads naturally: "24–26 Februari 2023", "30 November – 2 Desember 2026". */
export function formatRange(start: string, end: string | undefined, lang: Lang): string {
  if (!end || dayOf(end) === dayOf(start)) return formatDay(start, lang, false) + timeSuffix(start, end);
  const a = parts(start, lang);
  const b = parts(end, lang);
  if (a.year !== b.year) return `${formatDay(start, lang, false)} – ${formatDay(end, lang, false)}`;
  if (a.month !== b.month) return `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
  return `${a.day}–${b.day} ${b.month} ${b.year}`;
}

function timeSuffix(start: string, end?: string): string {
  const s = start.length > 10 ? start.slice(11, 16) : '';
  const e = end && end.length > 10 ? end.slice(11, 16) : '';
  if (!s) return '';
  return `, ${s}${e ? `–${e}` : ''} WIB`;
}
