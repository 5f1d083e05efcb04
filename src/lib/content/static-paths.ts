/**
 * getStaticPaths helpers, so route files stay a few lines long. Each returns
 * the paths of one page type in one language.
 */
import { loadSite, type Destination, type EntryCollection, type EventEntry, type Product } from './load';
import { facetValueOf } from './facets';
import { filterPaths, type FilterProps, type ListCollection } from '../listing';
import { FILTER_SEGMENTS } from '../routes';
import { monthsOf } from '../events';
import type { Lang } from './vocab';

/** Detail pages: one per entry, the entry passed as a prop. */
export async function entryPaths<C extends EntryCollection>(collection: C): Promise<{ params: { slug: string }; props: { entry: ByCollection[C] } }[]> {
  const content = await loadSite();
  const entries = content[collection] as unknown as ByCollection[C][];
  return entries.map((entry) => ({ params: { slug: entry.slug }, props: { entry } }));
}

interface ByCollection {
  destinations: Destination;
  events: EventEntry;
  products: Product;
}

/** Index pages with their static filter pages. */
export async function indexPaths(collection: ListCollection, lang: Lang) {
  const content = await loadSite();
  return filterPaths(collection, lang, content[collection], facetValueOf(content.destinations));
}

/** Two-digit month, the value of a month filter page (`/acara/bulan/06/`). */
export const monthValue = (month: number) => String(month).padStart(2, '0');

/**
 * The events index with its district pages and one page per calendar month
 * in which some event happens ("what is on in June?"). Months are not a
 * facet of listing.ts because an event can happen in several (a weekly one in all).
 */
export async function eventIndexPaths(lang: Lang) {
  const { events } = await loadSite();
  const months = [...new Set(events.flatMap((e) => monthsOf(e.data)))].sort((a, b) => a - b);
  const byMonth = months.map((m) => ({
    params: { filter: `${FILTER_SEGMENTS.month[lang]}/${monthValue(m)}` },
    props: { facet: 'month', value: monthValue(m) } satisfies FilterProps,
  }));
  return [...(await indexPaths('events', lang)), ...byMonth];
}
