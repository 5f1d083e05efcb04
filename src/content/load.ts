/**
 * Loads every collection once per build and joins each entry with its English
 * file. Pages call `loadSite()`; the promise is shared, so the collections are
 * read once, not once per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANG, type Lang } from './vocab';
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

/** Title in `lang` (Indonesian when the English file is missing). */
export function titleOf(e: { data: unknown; en?: CollectionEntry<'translations'> | undefined; slug: string }, lang: Lang): string {
  if (lang === 'en' && e.en?.data.title) return e.en.data.title;
  return (e.data as { title?: string }).title ?? e.slug;
}

/** Summary in `lang` (Indonesian when the English file is missing). */
export function summaryOf(e: { data: unknown; en?: CollectionEntry<'translations'> | undefined }, lang: Lang): string {
  if (lang === 'en' && e.en) return e.en.data.summary;
  return (e.data as { summary: string }).summary;
}

/**
 * An entry's file in `lang` other than the default, when written. Only English files are loaded so far
 * (the `translations` collection); another published language falls back to Indonesian, with the notice.
 */
export const translationOf = <T>(e: { en?: T | undefined }, lang: Lang): T | undefined => (lang === 'en' ? e.en : undefined);

/** True when the page in `lang` has to fall back to Indonesian. */
export const needsFallback = (e: { en?: unknown }, lang: Lang) => lang !== DEFAULT_LANG && !translationOf(e, lang);

/** The file whose Markdown body a page in `lang` shows: the translation when written, else the Indonesian one. */
export const bodySourceOf = <S, T>(e: { source: S; en?: T | undefined }, lang: Lang): S | T => translationOf(e, lang) ?? e.source;

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

export { DISTRICTS };
