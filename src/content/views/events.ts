/**
 * The site's events (Astro side: reads the content once per build). Every
 * event goes one way: entry → view (./view.ts, decided once against the build
 * day) → listing paths, or → calendar event → iCalendar file or Google
 * Calendar link (./calendar.ts). The per-event `.ics` files, the subscribable
 * feed (/data/events.ics, English titles in /data/events.en.ics) and the
 * events index's static paths all start from the same views the pages show.
 */
import { site } from '../../config/site';
import { calendarFile, googleCalendarUrl, type CalendarEvent } from '../../lib/events/calendar';
import { monthsOf } from '../../lib/events/schedule';
import { buildDay, buildTime, districtName, eventView, sortEvents, type EventView } from '../../lib/events/view';
import { t } from '../../lib/i18n';
import { eventsFeedUrl, FILTER_SEGMENTS, routeUrl } from '../../lib/routes';
import { filterPaths, filtered, pagedPaths, type FilterProps } from '../../lib/listing';
import { loadSite, summaryOf, titleOf, type Destination, type EventEntry } from '../load';
import type { Lang } from '../vocab';

const absolute = (path: string) => new URL(path, site.url).href;

/** Two-digit month, the value of a month filter page (`/acara/bulan/06/`). */
export const monthValue = (month: number) => String(month).padStart(2, '0');

const views = new Map<number | undefined, Promise<EventView[]>>();

/**
 * Every event as seen on the build day, in page order (upcoming soonest
 * first, then past most recent first); with `month`, only its occurrences in
 * that month. Computed once per build and month: every page of the events
 * index needs them (its facet counts too), and there are many at scale.
 */
export function eventViews(month?: number): Promise<EventView[]> {
  if (!views.has(month)) {
    const today = buildDay();
    views.set(
      month,
      loadSite().then(({ events, destinations }) => sortEvents(events.map((e) => eventView(e, destinations, today, month)))),
    );
  }
  return views.get(month)!;
}

/**
 * The events index with its district pages and one page per calendar month
 * in which some event happens ("what is on in June?"), each split into pages.
 * Months are not a facet of listing.ts because an event can happen in several (a weekly one in all).
 */
export async function eventIndexPaths(lang: Lang) {
  const { events } = await loadSite();
  const all = await eventViews();
  const months = [...new Set(events.flatMap((e) => monthsOf(e.data)))].sort((a, b) => a - b);
  const byMonth = new Map(await Promise.all(months.map(async (m) => [monthValue(m), await eventViews(m)] as const)));
  const paths = [
    ...filterPaths('events', lang, all, (v) => v.district),
    ...months.map((m) => ({
      params: { filter: `${FILTER_SEGMENTS.month[lang]}/${monthValue(m)}` },
      props: { facet: 'month', value: monthValue(m) } satisfies FilterProps,
    })),
  ];
  const itemsOf = (p: FilterProps) =>
    p.facet === 'month' ? byMonth.get(p.value!)!.filter((v) => v.days.length > 0) : filtered(all, p, (v) => v.district);
  return pagedPaths(paths, lang, itemsOf, site.lists.pageSize);
}

/** One event in `lang`, ready for a calendar, from its view (venue and district already found). */
export function calendarEvent(view: EventView, lang: Lang, base: string): CalendarEvent {
  const entry = view.entry;
  const e = entry.data;
  const url = absolute(routeUrl(base, lang, 'events', entry.slug));
  const where = view.venue?.data.location ?? ('location' in e.venue ? e.venue.location : undefined);
  const notes = [
    summaryOf(entry, lang),
    e.dateApproximate ? t(lang, 'events.calendarApproximate') : undefined,
    e.organiser ? `${t(lang, 'events.organiser')}: ${e.organiser}` : undefined,
    url,
  ];
  return {
    slug: entry.slug,
    title: titleOf(entry, lang),
    description: notes.filter(Boolean).join('\n\n'),
    url,
    start: e.start,
    end: e.end,
    recurrence: e.recurrence,
    approximate: e.dateApproximate,
    location: {
      name: view.venue ? titleOf(view.venue, lang) : 'name' in e.venue ? e.venue.name : '',
      address: [districtName(view.district), t(lang, 'events.region')].filter(Boolean).join(', '),
      lat: where?.lat,
      lng: where?.lng,
    },
  };
}

const ics = (body: string) => new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });

const options = (lang: Lang, source?: string) => ({
  feed: source !== undefined,
  siteUrl: site.url,
  name: `${site.name}: ${t(lang, 'events.calendarName')}`,
  description: t(lang, 'events.intro'),
  source,
  stamp: buildTime(),
  language: lang.toUpperCase(),
});

/** The `.ics` file of one event. */
export async function eventIcs(entry: EventEntry, lang: Lang, base: string): Promise<Response> {
  const { destinations } = await loadSite();
  return ics(calendarFile([calendarEvent(eventView(entry, destinations, buildDay()), lang, base)], options(lang)));
}

/** The feed of every event, for subscribing. */
export async function eventsFeed(lang: Lang, base: string): Promise<Response> {
  const items = [...(await eventViews())].sort((a, b) => a.entry.slug.localeCompare(b.entry.slug)).map((v) => calendarEvent(v, lang, base));
  return ics(calendarFile(items, options(lang, absolute(eventsFeedUrl(base, lang)))));
}

/** "Add to Google Calendar" for the event's next occurrence (or its only one). */
export function googleLink(entry: EventEntry, destinations: readonly Destination[], lang: Lang, base: string): string {
  const view = eventView(entry, destinations, buildDay());
  return googleCalendarUrl(calendarEvent(view, lang, base), view.next[0]);
}
