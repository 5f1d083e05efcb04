/**
 * Event facts a page shows, computed once from an event entry and "today":
 * status, next dates, the display date, the venue's destination and district.
 * Status comes from `dayState` (./dates.ts), the same function the
 * browser script runs against the visitor's date.
 */
import { dayState, formatMonth, formatRange, monthName, occurrenceText, todayInJakarta } from './dates';
import { isAnnounced, spanDays, touchesMonth, weeklyDays, windowDays } from './schedule';
import { t } from '../i18n';
import type { Destination, EventEntry } from '../../content/load';
import type { Lang, Weekday } from '../../content/vocab';
import { getDistrict, type DistrictSlug } from '../../content/districts';

export interface EventView {
  entry: EventEntry;
  status: 'upcoming' | 'past';
  /** Next start days (recurring: up to 3; one-off upcoming: its start). */
  next: string[];
  /** Start day of the last occurrence that has ended (recurring events: "last held"). */
  previous?: string | undefined;
  /** Day used to sort and group. */
  day: string;
  /** Start days listed on the page for the browser to re-decide (see DAY_WINDOW). */
  days: string[];
  /** Days each occurrence lasts after its start. */
  span: number;
  venue?: Destination | undefined;
  district?: DistrictSlug | undefined;
}

let built: Date | undefined;

/**
 * When this build happened, fixed once so every page and calendar file agrees.
 * Honours SOURCE_DATE_EPOCH (the reproducible-builds convention), which also
 * lets anyone preview what the site says on another day.
 */
export function buildTime(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  built ??= Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
  return built;
}

let day: string | undefined;

/** The day this build speaks for, in WIB: what "upcoming" and "past" are decided against. Fixed with buildTime(). */
export const buildDay = () => (day ??= todayInJakarta(buildTime()));

/** `month` (1–12) limits the occurrences to that month, for the month filter pages. */
export function eventView(entry: EventEntry, destinations: readonly Destination[], today: string, month?: number): EventView {
  const e = entry.data;
  const v = e.venue;
  const venue = 'destination' in v ? destinations.find((d) => d.slug === v.destination.id) : undefined;
  const span = spanDays(e);
  const days = windowDays(e, today).filter((d) => month === undefined || touchesMonth(d, span, month));
  const state = dayState(days, span, today, !!e.recurrence);
  return {
    entry,
    ...state,
    // The window reaches three years ahead, so a recurring event always has a next day here.
    day: state.next[0] ?? days.at(-1) ?? e.start.slice(0, 10),
    days,
    span,
    venue,
    district: 'district' in v ? v.district : venue?.data.district,
  };
}

/** Upcoming first (soonest first), then past (most recent first). */
export function sortEvents(views: EventView[]): EventView[] {
  const up = views.filter((v) => v.status === 'upcoming').sort((a, b) => a.day.localeCompare(b.day));
  const past = views.filter((v) => v.status === 'past').sort((a, b) => b.day.localeCompare(a.day));
  return [...up, ...past];
}

/** "Selasa dan Jumat" / "Tuesday and Friday". */
const dayList = (days: readonly Weekday[], lang: Lang) => {
  const names = days.map((d) => t(lang, `day.${d}`));
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${t(lang, 'events.and')} ${names.at(-1)}` : (names[0] ?? '');
};

/** "Setiap Jumat", "Setiap tahun, Sabtu kedua bulan Juli", "Setiap tahun pada bulan Desember; …": how a recurring event repeats. */
export function ruleLabel(v: EventView, lang: Lang): string {
  const r = v.entry.data.recurrence;
  if (!r) return '';
  switch (r.freq) {
    case 'weekly': {
      const days = weeklyDays(r);
      return days.length > 1
        ? t(lang, 'events.weeklyMany', { weekdays: dayList(days, lang) })
        : t(lang, 'events.weekly', { weekday: dayList(days, lang) });
    }
    case 'monthly':
      return t(lang, 'events.monthly', { weekday: t(lang, `day.${r.weekday}`), week: t(lang, `week.${r.week}`) });
    case 'yearly-weekday':
      return t(lang, 'events.yearlyWeekday', {
        weekday: t(lang, `day.${r.weekday}`),
        week: t(lang, `week.${r.week}`),
        month: monthName(r.month, lang),
      });
    case 'yearly-announced':
      return t(lang, 'events.announced', { month: monthName(r.month, lang) });
    case 'yearly':
      return t(lang, 'events.yearly');
  }
}

/** "sekitar {date}" for an event whose date is approximate: its dates are then written without a weekday. */
const aroundOf = (v: EventView, lang: Lang) => (v.entry.data.dateApproximate ? t(lang, 'events.around') : undefined);

/**
 * One occurrence's date: "Jumat, 4 Desember 2026", "sekitar 9 Maret 2027" when approximate, or only
 * "Desember 2027" when the day is announced each year.
 */
export const occurrenceLabel = (v: EventView, day: string, lang: Lang) =>
  occurrenceText(day, lang, aroundOf(v, lang), isAnnounced(v.entry.data));

/**
 * The card line of a recurring event with `{date}` where its next date goes,
 * so the browser can put in another date; one-off events get no template.
 */
export function eventDateTemplate(v: EventView, lang: Lang): string | undefined {
  if (!v.entry.data.recurrence) return undefined;
  return `${ruleLabel(v, lang)} · ${t(lang, 'events.next')}: {date}`;
}

/** The one-line date for cards: next date for recurring events, else the date range. */
export function eventDateLabel(v: EventView, lang: Lang): string {
  const e = v.entry.data;
  const template = eventDateTemplate(v, lang);
  if (template) return v.next[0] ? template.replace('{date}', occurrenceLabel(v, v.next[0], lang)) : ruleLabel(v, lang);
  const approx = e.dateApproximate ? ` (${t(lang, 'events.approximate').toLowerCase()})` : '';
  return formatRange(e.start, e.end, lang) + approx;
}

/**
 * Attributes the browser script reads to re-decide an event against the
 * visitor's date (src/client/events/dates.ts documents each one).
 */
export function eventDateAttrs(v: EventView, lang: Lang): Record<string, string | undefined> {
  const e = v.entry.data;
  return {
    'data-days': v.days.join(' '),
    'data-span': String(v.span),
    'data-status': v.status,
    'data-recurring': e.recurrence ? '' : undefined,
    'data-around': aroundOf(v, lang),
    'data-template': eventDateTemplate(v, lang),
    'data-rule': e.recurrence ? ruleLabel(v, lang) : undefined,
    'data-precision': isAnnounced(e) ? 'month' : undefined,
  };
}

/** Group key: `YYYY-MM` for upcoming events, `YYYY` for past ones. */
export const groupKey = (v: Pick<EventView, 'status' | 'day'>) => (v.status === 'upcoming' ? v.day.slice(0, 7) : v.day.slice(0, 4));

export function groupLabel(key: string, lang: Lang): string {
  return key.length === 4 ? key : formatMonth(key, lang);
}

export const districtName = (slug: string | undefined) => (slug ? getDistrict(slug)?.name : undefined);

/** Events of one status, in page order, grouped by month (upcoming) or year (past). */
export function groupEvents(views: EventView[], status: EventView['status']): [string, EventView[]][] {
  const groups = new Map<string, EventView[]>();
  for (const v of sortEvents(views).filter((x) => x.status === status)) groups.set(groupKey(v), [...(groups.get(groupKey(v)) ?? []), v]);
  return [...groups];
}
