/**
 * Index pages and their filters. Each filter value is a static page
 * (`/destinasi/kategori/beach/`), so filtering works without JavaScript.
 */
import { FILTER_SEGMENTS, type FilterName } from './routes';
import type { Lang } from './content/vocab';

/** Which filters each collection offers, in display order. */
export const FACETS = {
  destinations: ['category', 'district'],
  events: ['district'],
  products: ['kind', 'district'],
} as const satisfies Record<string, readonly FilterName[]>;
export type ListCollection = keyof typeof FACETS;

export interface FilterProps {
  facet?: FilterName | undefined;
  value?: string | undefined;
}

/** Static paths for an index page and one page per filter value that has entries. */
export function filterPaths<T>(
  collection: ListCollection,
  lang: Lang,
  entries: readonly T[],
  valueOf: (entry: T, facet: FilterName) => string | undefined,
): { params: { filter: string | undefined }; props: FilterProps }[] {
  const paths: { params: { filter: string | undefined }; props: FilterProps }[] = [{ params: { filter: undefined }, props: {} }];
  for (const facet of FACETS[collection]) {
    const values = new Set(entries.map((e) => valueOf(e, facet)).filter((v): v is string => !!v));
    for (const value of [...values].sort()) {
      paths.push({ params: { filter: `${FILTER_SEGMENTS[facet][lang]}/${value}` }, props: { facet, value } });
    }
  }
  return paths;
}

/** Counts of entries per value of a facet. */
export function facetCounts<T>(
  entries: readonly T[],
  facet: FilterName,
  valueOf: (entry: T, facet: FilterName) => string | undefined,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) {
    const v = valueOf(e, facet);
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}
