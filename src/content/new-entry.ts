/** What `npm run new` knows about the entry it creates, once the scaffolder (./scaffold.ts) has checked it all. */
import type { DistrictSlug } from './districts';
import type { Category, ProductKind } from './vocab';
import type { Bilingual } from './messages';
import type { ITINERARY_STARTS } from './itinerary-schema';

export type NewEntryCollection = 'destinations' | 'events' | 'products' | 'itineraries';

/** A checked answer, or what is wrong with it. */
export type Result<T> = { ok: T } | { error: Bilingual };

export interface NewEntry {
  collection: NewEntryCollection;
  title: string;
  slug: string;
  /** The kecamatan of a place (an itinerary has none: its stops have theirs). */
  district?: DistrictSlug | undefined;
  /** Today in WIB (YYYY-MM-DD), for example dates. */
  today: string;
  category?: Category | undefined;
  kind?: ProductKind | undefined;
  village?: string | undefined;
  /** The point given with --lat/--lng; without one, the district's centre stands in. */
  location?: { lat: number; lng: number } | undefined;
  /** Event start, YYYY-MM-DD or YYYY-MM-DD HH:mm. */
  start?: string | undefined;
  /** Slug of the destination an event happens at, or a product comes from. */
  destination?: string | undefined;
  /** English title; when given, index.en.mdx is written too. */
  titleEn?: string | undefined;
  /** An itinerary's start (balige, silangit or ajibata). */
  startAt?: (typeof ITINERARY_STARTS)[number] | undefined;
  /** An itinerary's stops, as destination slugs, day by day. */
  days?: string[][] | undefined;
}
