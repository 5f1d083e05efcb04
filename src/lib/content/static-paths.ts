/**
 * getStaticPaths helpers, so route files stay a few lines long. Each returns
 * the paths of one page type in one language.
 */
import { loadSite, type EntryCollection } from './load';
import { facetValueOf } from './facets';
import { filterPaths, type ListCollection } from '../listing';
import type { Lang } from './vocab';

/** Detail pages: one per entry, the entry passed as a prop. */
export async function entryPaths<C extends EntryCollection>(collection: C) {
  const content = await loadSite();
  return (content[collection] as (typeof content)[C]).map((entry) => ({ params: { slug: entry.slug }, props: { entry } }));
}

/** Index pages with their static filter pages. */
export async function indexPaths(collection: ListCollection, lang: Lang) {
  const content = await loadSite();
  return filterPaths(collection, lang, content[collection], facetValueOf(content.destinations));
}
