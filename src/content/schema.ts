/**
 * The content model: one schema module per kind of file, gathered here so that the build
 * (src/content.config.ts), the content checker (./check-content-folder.ts via ./parse-entry.ts),
 * the generated docs, the CMS configuration and the tests all read the same schemas.
 *
 * - ./destination-schema.ts, ./event-schema.ts (with ./schedule-schema.ts), ./product-schema.ts:
 *   the three entry collections, built on the fields every entry shares (./entry-fields.ts);
 * - ./page-schemas.ts: practical pages, district intros and the English file of any entry.
 *
 * Each field has a one-line comment and carries its documentation for editors as Zod metadata
 * (`doc()` in ./shared-field-schemas.ts); docs/field-reference.md, the CMS and `npm run new` are generated from it.
 */
import type { z } from 'astro/zod';
import type { SchemaContext } from './shared-field-schemas';
import { destinationSchema } from './destination-schema';
import { eventSchema } from './event-schema';
import { productSchema } from './product-schema';
import { itinerarySchema } from './itinerary-schema';
import { districtIntroSchema, pageSchema, translationSchema } from './page-schemas';
import type { ContentCollection } from './paths';

export { destinationSchema, eventSchema, productSchema, itinerarySchema, districtIntroSchema, pageSchema, translationSchema };
export { recurrenceSchema } from './schedule-schema';
export { district } from './entry-fields';

/** The schema of the Indonesian file `index.id.mdx` of each collection, given how photos and references are read. */
export const COLLECTION_SCHEMAS = {
  destinations: destinationSchema,
  events: eventSchema,
  products: productSchema,
  districts: () => districtIntroSchema,
  pages: () => pageSchema,
  itineraries: itinerarySchema,
} as const satisfies Record<ContentCollection, (ctx: SchemaContext<never, never>) => z.ZodType>;

/**
 * What each kind of file holds once parsed. `Img` and `Ref` are what photos and references become: Astro's
 * image metadata and `{ collection, id }` in the build, plain strings in the checker (see ./parse-entry.ts).
 */
export type DestinationData<Img = unknown, Ref = unknown> = z.output<ReturnType<typeof destinationSchema<Img, Ref>>>;
export type EventData<Img = unknown, Ref = unknown> = z.output<ReturnType<typeof eventSchema<Img, Ref>>>;
export type ProductData<Img = unknown, Ref = unknown> = z.output<ReturnType<typeof productSchema<Img, Ref>>>;
export type ItineraryData<Img = unknown, Ref = unknown> = z.output<ReturnType<typeof itinerarySchema<Img, Ref>>>;
export type DistrictIntroData = z.output<typeof districtIntroSchema>;
export type PageData = z.output<typeof pageSchema>;
export type TranslationData = z.output<typeof translationSchema>;

/** The data of each collection's Indonesian file, by collection. */
export interface CollectionData<Img = unknown, Ref = unknown> {
  destinations: DestinationData<Img, Ref>;
  events: EventData<Img, Ref>;
  products: ProductData<Img, Ref>;
  districts: DistrictIntroData;
  pages: PageData;
  itineraries: ItineraryData<Img, Ref>;
}
