/** What `npm run new` knows about the entry it creates, once the scaffolder (./scaffold.ts) has checked it all. */
import type { DistrictSlug } from './districts';
import type { Category, ProductKind } from './vocab';

export type NewEntryCollection = 'destinations' | 'events' | 'products';

export interface NewEntry {
  collection: NewEntryCollection;
  title: string;
  slug: string;
  district: DistrictSlug;
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
}
