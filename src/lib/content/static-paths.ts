/**
 * getStaticPaths helpers, so route files stay a few lines long. Each returns
 * the paths of one page type in one language.
 */
import { loadSite, type Destination, type EntryCollection, type EventEntry, type Product } from './load';
import { facetValueOf } from './facets';
import { filterPaths, type ListCollection } from '../listing';
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
