/**
 * Events as calendar data: the per-event `.ics` files, the subscribable feed
 * (/data/events.ics, English titles in /data/events.en.ics) and the Google
 * Calendar link, all from the same entries the pages show.
 */
import { site } from '../../config/site';
import { calendarFile, googleCalendarUrl, type CalendarEvent } from '../calendar';
import { t } from '../i18n';
import { eventsFeedUrl, routeUrl } from '../routes';
import { districtName, eventView, buildDay, buildTime } from './event-view';
import { loadSite, summaryOf, titleOf, type Destination, type EventEntry } from './load';
import type { Lang } from './vocab';

const absolute = (path: string) => new URL(path, site.url).href;

/** One event in `lang`, ready for a calendar. */
export function calendarEvent(entry: EventEntry, destinations: readonly Destination[], lang: Lang, base: string): CalendarEvent {
  const e = entry.data;
  const view = eventView(entry, destinations, buildDay());
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
  return ics(calendarFile([calendarEvent(entry, destinations, lang, base)], options(lang)));
}

/** The feed of every event, for subscribing. */
export async function eventsFeed(lang: Lang, base: string): Promise<Response> {
  const { events, destinations } = await loadSite();
  const items = [...events].sort((a, b) => a.slug.localeCompare(b.slug)).map((e) => calendarEvent(e, destinations, lang, base));
  return ics(calendarFile(items, options(lang, absolute(eventsFeedUrl(base, lang)))));
}

/** "Add to Google Calendar" for the event's next occurrence (or its only one). */
export function googleLink(entry: EventEntry, destinations: readonly Destination[], lang: Lang, base: string): string {
  const view = eventView(entry, destinations, buildDay());
  return googleCalendarUrl(calendarEvent(entry, destinations, lang, base), view.next[0]);
}
