/**
 * Event dates in Asia/Jakarta (WIB, UTC+7, no daylight saving). Dates are
 * wall-clock strings (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`) as written in the
 * content; recurrence is expanded with rrule, never by hand. Formatting and
 * the upcoming/past decision live in ./dates.ts, which the browser shares.
 * The flow is one way: dates → schedule → view (./view.ts) → calendar files (./calendar.ts, ./site.ts).
 */
import rrulePkg from 'rrule';
import type { Week, Weekday } from '../../content/vocab';
import { addDays, dayOf, fromUtcDate, toUtcDate, daysBetween } from './dates';

// rrule ships CommonJS; its named exports are not visible to Node's ESM loader.
const { RRule, RRuleSet } = rrulePkg;
type Rule = InstanceType<typeof RRule> | InstanceType<typeof RRuleSet>;

const NTH: Record<Week, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };

/** Dates a rule skips (`except`, cancelled) or moves (`moved`, one occurrence held on another day). */
export interface ScheduleChanges {
  except?: string[] | undefined;
  moved?: { from: string; to: string }[] | undefined;
}

/**
 * How an event repeats (see schema.ts for what editors write):
 * - `yearly`: every year on the month and day of `start`;
 * - `yearly-weekday`: every year on the nth or last weekday of `month` (2nd Saturday of July);
 * - `yearly-announced`: every year in `month`, on a day announced each year: only the month is known;
 * - `weekly`: every week on `weekday` (or on each of `weekdays`);
 * - `monthly`: every month on the nth or last weekday.
 */
export type Recurrence = ScheduleChanges &
  (
    | { freq: 'yearly' }
    | { freq: 'yearly-weekday'; month: number; week: Week; weekday: Weekday }
    | { freq: 'yearly-announced'; month: number }
    | { freq: 'weekly'; weekday?: Weekday | undefined; weekdays?: Weekday[] | undefined }
    | { freq: 'monthly'; week: Week; weekday: Weekday }
  );

export interface EventDates {
  start: string;
  end?: string | undefined;
  recurrence?: Recurrence | undefined;
}

/** True for "every year in this month, day announced each year": the site shows the month and never a day. */
export const isAnnounced = (e: EventDates): boolean => e.recurrence?.freq === 'yearly-announced';

/** Days in month 1–12 of a common year: an announced event is "on" for the whole month. */
const monthLength = (month: number) => new Date(Date.UTC(2001, month, 0)).getUTCDate();

/** Length of an occurrence in whole days (0 for single-day events; the month's length for an announced one). */
export function spanDays(e: EventDates): number {
  if (e.recurrence?.freq === 'yearly-announced') return monthLength(e.recurrence.month) - 1;
  return e.end ? daysBetween(e.start, e.end) : 0;
}

const RRULE_DAYS = { mon: RRule.MO, tue: RRule.TU, wed: RRule.WE, thu: RRule.TH, fri: RRule.FR, sat: RRule.SA, sun: RRule.SU } as const;

/** The weekdays of a weekly rule: `weekdays`, else `weekday`. */
export const weeklyDays = (r: { weekday?: Weekday | undefined; weekdays?: Weekday[] | undefined }): Weekday[] =>
  r.weekdays?.length ? r.weekdays : r.weekday ? [r.weekday] : [];

/** The plain rule, before exceptions and moves. */
function baseRule(e: EventDates): InstanceType<typeof RRule> | undefined {
  const r = e.recurrence;
  if (!r) return undefined;
  const dtstart = toUtcDate(dayOf(e.start));
  switch (r.freq) {
    case 'yearly':
      return new RRule({ freq: RRule.YEARLY, bymonth: dtstart.getUTCMonth() + 1, bymonthday: dtstart.getUTCDate(), dtstart });
    case 'yearly-weekday':
      return new RRule({ freq: RRule.YEARLY, bymonth: r.month, byweekday: [RRULE_DAYS[r.weekday].nth(NTH[r.week])], dtstart });
    case 'yearly-announced':
      // The whole month, from its first day: never a day nobody announced.
      return new RRule({ freq: RRule.YEARLY, bymonth: r.month, bymonthday: 1, dtstart: toUtcDate(`${dayOf(e.start).slice(0, 7)}-01`) });
    case 'monthly':
      return new RRule({ freq: RRule.MONTHLY, byweekday: [RRULE_DAYS[r.weekday].nth(NTH[r.week])], dtstart });
    case 'weekly':
      return new RRule({ freq: RRule.WEEKLY, byweekday: weeklyDays(r).map((d) => RRULE_DAYS[d]), dtstart });
  }
}

/**
 * The rrule for a recurring event, anchored on its start day (dates handled as
 * UTC days). A yearly rule names its month and day: calendar apps then agree
 * that one started on 29 February happens only in leap years (with a bare
 * FREQ=YEARLY some move it to 1 March). Cancelled days (`except`) and moved
 * ones (`moved`) make it an rrule set with EXDATE and RDATE, the same ones
 * the calendar files carry.
 */
export function ruleFor(e: EventDates): Rule | undefined {
  const rule = baseRule(e);
  const r = e.recurrence;
  if (!rule || !r || (!r.except?.length && !r.moved?.length)) return rule;
  const set = new RRuleSet();
  set.rrule(rule);
  const { removed, added } = scheduleChanges(e);
  for (const day of removed) set.exdate(toUtcDate(day));
  for (const day of added) set.rdate(toUtcDate(day));
  return set;
}

/** The occurrence a written day means: itself, or for an announced event the first day of its month. */
export const anchorDay = (e: EventDates, day: string) => (isAnnounced(e) ? `${dayOf(day).slice(0, 7)}-01` : dayOf(day));

/** Days taken out of the rule (cancelled, or moved away), and days added (moved to). */
export function scheduleChanges(e: EventDates): { removed: string[]; added: string[] } {
  const r = e.recurrence;
  return {
    removed: [...(r?.except ?? []), ...(r?.moved ?? []).map((m) => m.from)].map((d) => anchorDay(e, d)).sort(),
    added: (r?.moved ?? []).map((m) => dayOf(m.to)).sort(),
  };
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
  const from = toUtcDate(addDays(today, -span));
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

/**
 * How far around the build day pages list a recurring event's days, so the
 * browser can re-decide without rrule: a year back (for "last held" and for a
 * visitor whose clock is behind), three years ahead (a static site is read
 * for months between builds, and a yearly event shows its next three dates).
 */
export const DAY_WINDOW = { before: 366, after: 1096 } as const;

/**
 * Start days of the occurrences that overlap [from, to]. A one-off event has
 * its single start day whatever the window, so past events keep their date.
 */
export function occurrenceDays(e: EventDates, from: string, to: string): string[] {
  const rule = ruleFor(e);
  if (!rule) return [dayOf(e.start)];
  return rule.between(toUtcDate(addDays(from, -spanDays(e))), toUtcDate(to), true).map(fromUtcDate);
}

const windows = new WeakMap<EventDates, Map<string, string[]>>();
/**
 * The days a page lists for an event built on `today` (see DAY_WINDOW). Kept per event and day, because a
 * build lists each event on several pages and expanding a weekly rule over the window is the costly part
 * (about 1 s of a 1,000-entry build). Callers get a copy.
 */
export function windowDays(e: EventDates, today: string): string[] {
  let byDay = windows.get(e);
  if (!byDay) windows.set(e, (byDay = new Map()));
  let days = byDay.get(today);
  if (!days) byDay.set(today, (days = occurrenceDays(e, addDays(today, -DAY_WINDOW.before), addDays(today, DAY_WINDOW.after))));
  return [...days];
}

/** The first occurrence on or after the written start: the DTSTART a calendar file needs. */
export function firstDay(e: EventDates): string {
  const rule = ruleFor(e);
  const from = isAnnounced(e) ? `${dayOf(e.start).slice(0, 7)}-01` : e.start;
  const first = rule?.after(toUtcDate(from), true);
  return first ? fromUtcDate(first) : dayOf(e.start);
}

/** True when an occurrence starting on `day` touches month 1–12 (multi-day ones may touch two). */
export function touchesMonth(day: string, span: number, month: number): boolean {
  for (let i = 0; i <= span; i++) if (Number(addDays(day, i).slice(5, 7)) === month) return true;
  return false;
}

const monthsCache = new WeakMap<EventDates, number[]>();
/**
 * The months 1–12 in which an event ever happens: every month for a weekly event. Kept per event: every
 * events listing page counts the months of every event for its month filter. Callers get a copy.
 */
export function monthsOf(e: EventDates): number[] {
  let months = monthsCache.get(e);
  if (!months) {
    const span = spanDays(e);
    const r = e.recurrence;
    // A rule within the year repeats every year: one year of it shows all its months.
    const year =
      r?.freq === 'weekly' || r?.freq === 'monthly'
        ? occurrenceDays(e, e.start, addDays(e.start, 400))
        : r?.freq === 'yearly-weekday' || r?.freq === 'yearly-announced'
          ? occurrenceDays(e, e.start, addDays(e.start, 366)).slice(0, 1)
          : [dayOf(e.start)];
    const found = new Set<number>();
    for (const d of year) for (let i = 0; i <= span; i++) found.add(Number(addDays(d, i).slice(5, 7)));
    monthsCache.set(e, (months = [...found].sort((a, b) => a - b)));
  }
  return [...months];
}

/** True when the event has a time of day (both ends, when it has an end); otherwise it is all-day. */
export const isTimed = (e: EventDates) => !isAnnounced(e) && e.start.length > 10 && (!e.end || e.end.length > 10);

/** The RRULE of a recurring event, e.g. `RRULE:FREQ=WEEKLY;BYDAY=FR`, as rrule writes it. */
export function rruleText(e: EventDates): string | undefined {
  return (
    ruleFor(e)
      ?.toString()
      .split('\n')
      .find((line) => line.startsWith('RRULE:'))
      // rrule writes `BYDAY=+2SA`; `2SA` is the same (RFC 5545) and the form calendar apps' own files use.
      ?.replace(/([=,])\+(\d)/g, '$1$2')
  );
}
