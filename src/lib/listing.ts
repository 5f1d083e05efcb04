/**
 * Index pages and their filters. Each filter value is a static page
 * (`/destinasi/kategori/beach/`), so filtering works without JavaScript.
 */
import { FILTER_SEGMENTS, PAGE_SEGMENT, type FilterName } from './routes';
import { paginate, type Page } from './pagination';
import type { Lang } from '../content/vocab';

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

/** The entries a filter page lists: all of them on the index, else those with the facet value. */
export function filtered<T>(entries: readonly T[], props: FilterProps, valueOf: (entry: T, facet: FilterName) => string | undefined): T[] {
  const { facet, value } = props;
  return facet && value ? entries.filter((e) => valueOf(e, facet) === value) : [...entries];
}

/** The props of one page of a listing: its filter, and its slice of the listing. */
export interface ListingPageProps<T> extends FilterProps {
  page: Page<T>;
}

/**
 * The index and filter paths split into pages of `size` entries: page 1 at
 * the path itself (`kategori/beach`), page N after the language's page
 * segment (`kategori/beach/halaman/2`). `itemsOf` gives the entries a path
 * lists, in page order.
 */
export function pagedPaths<T>(
  paths: readonly { params: { filter: string | undefined }; props: FilterProps }[],
  lang: Lang,
  itemsOf: (props: FilterProps) => readonly T[],
  size: number,
): { params: { filter: string | undefined }; props: ListingPageProps<T> }[] {
  return paths.flatMap(({ params, props }) =>
    paginate(itemsOf(props), size).map((page) => ({
      params: { filter: page.number === 1 ? params.filter : [params.filter, PAGE_SEGMENT[lang], page.number].filter(Boolean).join('/') },
      props: { ...props, page },
    })),
  );
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
