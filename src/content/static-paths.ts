/**
 * getStaticPaths helpers, so route files stay a few lines long. Each returns
 * the paths of one page type in one language. The events index's paths are
 * with the rest of events, in src/content/views/events.ts.
 */
import { loadSite, type Destination, type EntryCollection, type EventEntry, type Product } from './load';
import { facetValueOf } from './facets';
import { filterPaths, filtered, pagedPaths } from '../lib/listing';
import { site } from '../config/site';
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
