/**
 * getStaticPaths helpers, so route files stay a few lines long. Each returns
 * the paths of one page type in one language.
 */
import { loadSite, type Destination, type EntryCollection, type EventEntry, type Product } from './load';
import { facetValueOf } from './facets';
import { buildDay, eventView, sortEvents, type EventView } from './event-view';
import { filterPaths, filtered, pagedPaths, type FilterProps } from '../listing';
import { FILTER_SEGMENTS } from '../routes';
import { monthsOf } from '../events';
import { site } from '../../config/site';
import type { Lang } from './vocab';

/** Detail pages: one per entry, the entry passed as a prop. */
export async function entryPaths<C extends EntryCollection>(
  collection: C,
): Promise<{ params: { slug: string }; props: { entry: ByCollection[C] } }[]> {
  const content = await loadSite();
  const entries = content[collection] as unknown as ByCollection[C][];
  return entries.map((entry) => ({ params: { slug: entry.slug }, props: { entry } }));
}

interface ByCollection {
  destinations: Destination;
  events: EventEntry;
  products: Product;
}

/** Index pages of destinations or products with their static filter pages, each split into pages. */
export async function indexPaths(collection: 'destinations' | 'products', lang: Lang) {
  const content = await loadSite();
  const all = content[collection] as readonly (Destination | Product)[];
  const valueOf = facetValueOf(content.destinations);
  return pagedPaths(filterPaths(collection, lang, all, valueOf), lang, (props) => filtered(all, props, valueOf), site.lists.pageSize);
}

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
  // A month page lists the events with an occurrence in that month.
  const itemsOf = (p: FilterProps) =>
    p.facet === 'month' ? byMonth.get(p.value!)!.filter((v) => v.days.length > 0) : filtered(all, p, (v) => v.district);
  return pagedPaths(paths, lang, itemsOf, site.lists.pageSize);
}
