/**
 * The content model of a curated itinerary (`content/itineraries/<slug>/index.id.mdx`): a trip idea of
 * one or more days, each day a list of stops that name existing destinations. The checker
 * (./references.ts) makes sure every stop names a published destination with a map point; the page
 * shows the days, a map and "Use as my plan", which opens the trip planner with these stops.
 */
import { z } from 'astro/zod';
import { doc, localized, type SchemaContext } from './shared-field-schemas';
import { common, destinationReference, perReference } from './entry-fields';
import { MAX_DAYS } from '../lib/trip/plan';

/** Where the itinerary starts; the same fixed starts as the planner (src/lib/trip/plan.ts). */
export const ITINERARY_STARTS = ['balige', 'silangit', 'ajibata'] as const;

const itineraryFields = <Img, Ref>(ctx: SchemaContext<Img, Ref>) =>
  perReference(ctx.reference, 'itinerary', () => ({
    /** Where the trip begins: balige (town), silangit (airport) or ajibata (ferry port). */
    start: z
      .enum(ITINERARY_STARTS)
      .default('balige')
      .meta(
        doc(
          'Titik awal',
          'Tempat perjalanan dimulai: balige (kota), silangit (bandara) atau ajibata (pelabuhan feri).',
          'Where the trip begins: balige (town), silangit (airport) or ajibata (ferry port).',
          { hint: { id: `Pilih salah satu: ${ITINERARY_STARTS.join(', ')}.`, en: `Use one of: ${ITINERARY_STARTS.join(', ')}.` } },
        ),
      ),
    /** The days, in order; each day lists its stops in visiting order. */
    days: z
      .array(
        z.strictObject({
          /** A short name for the day (optional), e.g. "Pasar dan museum". */
          title: localized()
            .optional()
            .meta(doc('Judul hari', 'Nama pendek untuk hari ini (boleh kosong).', 'A short name for the day (optional).')),
          /** The stops of the day, in visiting order. */
          stops: z
            .array(
              z.strictObject({
                /** Slug of the destination, i.e. its folder name. */
                destination: destinationReference(ctx, 'yang dikunjungi', 'onan-balerong'),
                /** What to do or notice there (optional). */
                note: localized()
                  .optional()
                  .meta(
                    doc(
                      'Catatan',
                      'Apa yang dilakukan atau diperhatikan di sana (boleh kosong).',
                      'What to do or notice there (optional).',
                    ),
                  ),
              }),
            )
            .min(1)
            .meta(
              doc('Perhentian', 'Tempat yang dikunjungi hari itu, berurutan.', 'The places visited that day, in order.', {
                hint: {
                  id: 'Tulis perhentian sebagai daftar: `- destination: onan-balerong`.',
                  en: 'List the stops: `- destination: onan-balerong`.',
                },
              }),
            ),
        }),
      )
      .min(1)
      .max(MAX_DAYS)
      .meta(
        doc(
          'Hari',
          `Hari-hari perjalanan (1 sampai ${MAX_DAYS}), masing-masing dengan daftar perhentian.`,
          `The days of the trip (1 to ${MAX_DAYS}), each with its list of stops.`,
          {
            hint: {
              id: 'Tulis setiap hari sebagai `- stops:` lalu daftar `- destination: slug-destinasi`.',
              en: 'Write each day as `- stops:` followed by a list of `- destination: destination-slug`.',
            },
            example: [{ title: { id: 'Pusat kota', en: 'Town centre' }, stops: [{ destination: 'onan-balerong' }] }],
          },
        ),
      ),
  }));

export const itinerarySchema = <Img, Ref>(ctx: SchemaContext<Img, Ref>) => z.strictObject({ ...common(ctx), ...itineraryFields(ctx) });
