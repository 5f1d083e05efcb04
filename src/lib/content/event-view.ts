/**
 * Event facts a page shows, computed once from an event entry and "today":
 * status, next dates, the display date, the venue's destination and district.
 */
import { eventStatus, formatDay, formatRange, nextOccurrences, sortDay } from '../events';
import { t } from '../i18n';
import type { Destination, EventEntry } from './load';
import type { Lang } from './vocab';
import { getDistrict, type DistrictSlug } from './districts';

export interface EventView {
  entry: EventEntry;
  status: 'upcoming' | 'past';
  /** Next start days (recurring: up to 3; one-off upcoming: its start). */
  next: string[];
  /** Day used to sort and group. */
  day: string;
  venue?: Destination | undefined;
  district?: DistrictSlug | undefined;
}

export function eventView(entry: EventEntry, destinations: readonly Destination[], today: string): EventView {
  const e = entry.data;
  const v = e.venue;
  const venue = 'destination' in v ? destinations.find((d) => d.slug === v.destination.id) : undefined;
  return {
    entry,
    status: eventStatus(e, today),
    next: nextOccurrences(e, today, 3),
    day: sortDay(e, today),
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

/** The one-line date for cards: next date for recurring events, else the date range. */
export function eventDateLabel(v: EventView, lang: Lang): string {
  const e = v.entry.data;
  const approx = e.dateApproximate ? ` (${t(lang, 'events.approximate').toLowerCase()})` : '';
  if (e.recurrence) {
    const rule = e.recurrence.freq === 'weekly' ? t(lang, 'events.weekly', { weekday: t(lang, `day.${e.recurrence.weekday}`) }) : t(lang, 'events.yearly');
    return v.next[0] ? `${rule} · ${t(lang, 'events.next')}: ${formatDay(v.next[0], lang)}${approx}` : rule;
  }
  return formatRange(e.start, e.end, lang) + approx;
}

/** Group key: `YYYY-MM` for upcoming events, `YYYY` for past ones. */
export const groupKey = (v: EventView) => (v.status === 'upcoming' ? v.day.slice(0, 7) : v.day.slice(0, 4));

export function groupLabel(key: string, lang: Lang): string {
  if (key.length === 4) return key;
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}-01T00:00:00Z`));
}

export const districtName = (slug: string | undefined) => (slug ? getDistrict(slug)?.name : undefined);
