/**
 * What Pagefind stores about each indexed page, decided in one place.
 *
 * - Filters hold stable keys (`destination`, `waterfall`, `balige`, `upcoming`),
 *   the same in both languages, so a shared URL such as
 *   `?type=destination&category=waterfall` means the same thing everywhere.
 *   The search page turns keys into labels with `facetLabel`.
 * - Metadata holds what a result shows (labels, image, event date) and the
 *   coordinates that put it on the results map.
 *
 * The Astro side (./facts.ts) resolves an entry into `SearchFacts`; everything
 * here is pure and unit-tested.
 */
import { CATEGORIES, PRODUCT_KINDS, type Category, type EntryType, type Lang, type ProductKind } from '../../content/vocab';
import { getDistrict, type DistrictSlug } from '../../content/districts';
import { t } from '../i18n';
import type { AnyEntry, Destination } from '../../content/load';

/** Filter groups, in the order the search page shows them. */
export const SEARCH_FACETS = ['type', 'category', 'district', 'when'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];
export type SearchFilters = Record<SearchFacet, string | undefined>;

/** Every kind of indexed page: the three entry types, trip ideas, district pages and practical pages. */
export type PageKind = EntryType | 'itinerary' | 'district' | 'page';

export interface Point {
  lat: number;
  lng: number;
  precision?: 'exact' | 'approximate' | undefined;
}

/** The facts of one page that search filters on or shows. */
export interface SearchFacts {
  kind: PageKind;
  /** Destination category or product kind; the two vocabularies share the `category` filter. */
  category?: Category | ProductKind | undefined;
  district?: DistrictSlug | undefined;
  /** Events only: upcoming or past on the day of the build. */
  when?: 'upcoming' | 'past' | undefined;
  location?: Point | undefined;
  /** Events only: the date line as the page shows it. */
  date?: string | undefined;
}

/** A practical page, or a page the site writes about itself: no category, district or place to filter on. */
export const PAGE_FACTS: SearchFacts = { kind: 'page' };

/** The thumbnail a result shows: the first photo, or the cover art. */
export interface SearchImage {
  src: string;
  alt?: string | undefined;
}

const ENTRY_TYPES: ReadonlySet<PageKind> = new Set(['destination', 'event', 'product', 'itinerary']);

/** Pagefind filters of a page. District and practical pages carry no `type`: that filter is for entries. */
export function searchFilters(f: SearchFacts): SearchFilters {
  return {
    type: ENTRY_TYPES.has(f.kind) ? f.kind : undefined,
    category: f.category,
    district: f.district,
    when: f.when,
  };
}

/** The type badge of a result. */
export function kindLabel(lang: Lang, kind: PageKind): string {
  if (kind === 'district') return t(lang, 'fact.district');
  if (kind === 'page') return t(lang, 'search.typePage');
  return t(lang, `type.${kind}`);
}

/** Pagefind metadata of a page; undefined values are left out by the layout. */
export function searchMeta(f: SearchFacts, lang: Lang, image: SearchImage): Record<string, string | undefined> {
  return {
    image: image.src,
    image_alt: image.alt ?? '',
    type: kindLabel(lang, f.kind),
    district: f.district ? getDistrict(f.district)?.name : undefined,
    lat: f.location ? String(f.location.lat) : undefined,
    lng: f.location ? String(f.location.lng) : undefined,
    precision: f.location?.precision,
    date: f.date,
  };
}

const isCategory = (v: string): v is Category => (CATEGORIES as readonly string[]).includes(v);
const isKind = (v: string): v is ProductKind => (PRODUCT_KINDS as readonly string[]).includes(v);

/** The label of a filter value in `lang`, e.g. ('category', 'waterfall') → "Air terjun". */
export function facetLabel(lang: Lang, facet: SearchFacet, value: string): string {
  switch (facet) {
    case 'type':
      return ENTRY_TYPES.has(value as PageKind) ? kindLabel(lang, value as EntryType | 'itinerary') : value;
    case 'category':
      if (isCategory(value)) return t(lang, `category.${value}`);
      return isKind(value) ? t(lang, `kind.${value}`) : value;
    case 'district':
      return getDistrict(value)?.name ?? value;
    case 'when':
      return value === 'upcoming' ? t(lang, 'events.upcoming') : value === 'past' ? t(lang, 'events.past') : value;
  }
}

/** How many pages carry each filter value: the facet counts before any search runs. */
export function facetTotals(pages: readonly SearchFacts[]): Record<SearchFacet, Map<string, number>> {
  const totals = Object.fromEntries(SEARCH_FACETS.map((f) => [f, new Map<string, number>()])) as Record<SearchFacet, Map<string, number>>;
  for (const page of pages) {
    for (const [facet, value] of Object.entries(searchFilters(page)) as [SearchFacet, string | undefined][]) {
      if (value) totals[facet].set(value, (totals[facet].get(value) ?? 0) + 1);
    }
  }
  return totals;
}

/**
 * Where an entry goes on a map: a destination's own point; an event's venue
 * (its destination, or the point written for it); a product's first seller
 * with a point, else the destination it comes from or is sold at.
 */
export function locationOf(e: AnyEntry, destinations: readonly Destination[]): Point | undefined {
  const at = (slug: string) => destinations.find((d) => d.slug === slug)?.data.location;
  const point = (p: Point | undefined) => (p ? { lat: p.lat, lng: p.lng, precision: p.precision } : undefined);
  if (e.collection === 'destinations') return point(e.data.location);
  if (e.collection === 'events') {
    const v = e.data.venue;
    return point('destination' in v ? at(v.destination.id) : v.location);
  }
  const seller = e.data.sellers.find((s) => s.location)?.location;
  if (seller) return point(seller);
  for (const ref of [...e.data.origin, ...e.data.whereToBuy]) {
    if ('destination' in ref) {
      const p = at(ref.destination.id);
      if (p) return point(p);
    }
  }
  return undefined;
}
