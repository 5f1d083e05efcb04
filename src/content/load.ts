/**
 * Loads every collection once per build and joins each entry with its English
 * file. Pages call `loadSite()`; the promise is shared, so the collections are
 * read once, not once per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DISTRICTS, type DistrictSlug } from './districts';

export type EntryCollection = 'destinations' | 'events' | 'products';
export type Singular = 'destination' | 'event' | 'product';
export const SINGULAR: Record<EntryCollection, Singular> = { destinations: 'destination', events: 'event', products: 'product' };

/** An entry with its Indonesian file (facts + prose) and, when written, its English file. */
export interface Entry<C extends EntryCollection | 'districts' | 'pages' | 'itineraries' = EntryCollection> {
  collection: C;
  slug: string;
  data: CollectionEntry<C>['data'];
  source: CollectionEntry<C>;
  en?: CollectionEntry<'translations'> | undefined;
}
export type Destination = Entry<'destinations'>;
export type EventEntry = Entry<'events'>;
export type Product = Entry<'products'>;
export type AnyEntry = Destination | EventEntry | Product;
export type Itinerary = Entry<'itineraries'>;

export interface SiteContent {
  destinations: Destination[];
  events: EventEntry[];
  products: Product[];
  districtIntros: Map<DistrictSlug, Entry<'districts'>>;
  pages: Map<string, Entry<'pages'>>;
  itineraries: Itinerary[];
}

let cache: Promise<SiteContent> | undefined;

/** Drafts show in `astro dev` only. */
const published = (data: { draft?: boolean }) => !(import.meta.env.PROD && data.draft);

async function load(): Promise<SiteContent> {
  const translations = new Map((await getCollection('translations')).map((t) => [t.id, t]));
  const join = async <C extends EntryCollection | 'districts' | 'pages' | 'itineraries'>(collection: C): Promise<Entry<C>[]> => {
    const entries = (await getCollection(collection)) as CollectionEntry<C>[];
    return entries
      .filter((e) => published(e.data as { draft?: boolean }))
      .map((source) => ({ collection, slug: source.id, data: source.data, source, en: translations.get(`${collection}/${source.id}`) }))
      .sort((a, b) => byTitle(a, b));
  };
  const [destinations, events, products, districts, pages, itineraries] = await Promise.all([
    join('destinations'),
    join('events'),
    join('products'),
    join('districts'),
    join('pages'),
    join('itineraries'),
  ]);
  return {
    destinations,
    events,
    products,
    districtIntros: new Map(districts.map((d) => [d.slug as DistrictSlug, d])),
    pages: new Map(pages.map((p) => [p.slug, p])),
    itineraries,
  };
}

function byTitle(a: { data: unknown; slug: string }, b: { data: unknown; slug: string }): number {
  const ta = (a.data as { title?: string }).title ?? a.slug;
  const tb = (b.data as { title?: string }).title ?? b.slug;
  return ta.localeCompare(tb, 'id');
}

export function loadSite(): Promise<SiteContent> {
  cache ??= load();
  return cache;
}

// An entry's words in a language (pure, so the views' helpers that use them are unit-tested without Astro).
export { titleOf, summaryOf, translationOf, needsFallback, bodySourceOf } from './translation';

/** The district slug an entry belongs to (events via their venue, products via their first origin). */
export function districtOf(e: AnyEntry, destinations: readonly Destination[]): DistrictSlug | undefined {
  if (e.collection === 'destinations') return e.data.district;
  if (e.collection === 'events') {
    const v = e.data.venue;
    if ('district' in v) return v.district;
    return destinations.find((d) => d.slug === v.destination.id)?.data.district;
  }
  for (const o of e.data.origin) {
    if ('district' in o) return o.district;
    const d = destinations.find((x) => x.slug === o.destination.id);
    if (d) return d.data.district;
  }
  return undefined;
}

/** Every destination, event and product, in that order. */
export const allEntries = (content: SiteContent): AnyEntry[] => [...content.destinations, ...content.events, ...content.products];

/** The entries of `list` that belong to a district, by districtOf(). */
export const inDistrict = <T extends AnyEntry>(list: readonly T[], district: DistrictSlug, destinations: readonly Destination[]): T[] =>
  list.filter((e) => districtOf(e, destinations) === district);

export { DISTRICTS };
