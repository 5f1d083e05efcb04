/**
 * /data/itineraries.geojson's shape, written once: its JSON Schema
 * (/data/schema/itineraries.schema.json) is generated from it, and the tests validate the builder's
 * output (src/lib/itinerary-geojson.ts) against that JSON Schema. A public contract, as ./schema.ts:
 * add properties freely, never rename or remove one. Property meanings for people are in
 * src/i18n/{id,en}.json under `data.route.<name>`.
 */
import { z } from 'astro/zod';
import { START_POINTS } from '../trip/plan';

/** Text in every published language (an untranslated English text repeats the Indonesian). */
const text = () => z.record(z.string(), z.string().min(1));
const urls = () => z.record(z.string(), z.url());
const lng = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
/** [longitude, latitude] in WGS 84 (RFC 7946 §3.1.1). */
const position = z.tuple([lng, lat]);

export const ROUTE_PROPERTIES = ['id', 'type', 'names', 'urls', 'summary', 'start', 'dayCount', 'stopCount', 'days', 'image'] as const;

export const itineraryProperties = z.strictObject({
  id: z.string().regex(/^itinerary\/[a-z0-9]+(?:-[a-z0-9]+)*$/),
  type: z.literal('itinerary'),
  names: text(),
  urls: urls(),
  summary: text(),
  start: z.enum(Object.keys(START_POINTS) as [keyof typeof START_POINTS]),
  dayCount: z.number().int().min(1),
  stopCount: z.number().int().min(1),
  days: z
    .array(
      z.strictObject({
        title: text().nullable(),
        stops: z.array(z.string().regex(/^destination\/[a-z0-9]+(?:-[a-z0-9]+)*$/)),
      }),
    )
    .min(1),
  image: z.url().optional(),
});

export const itineraryCollection = z.strictObject({
  type: z.literal('FeatureCollection'),
  license: z.strictObject({ name: z.string(), url: z.url() }),
  features: z.array(
    z.strictObject({
      type: z.literal('Feature'),
      id: z.string(),
      /** [west, south, east, north]. */
      bbox: z.tuple([lng, lat, lng, lat]),
      geometry: z.strictObject({
        type: z.literal('MultiLineString'),
        /** One line per day that has stops; each at least two positions (RFC 7946 §3.1.4). */
        coordinates: z.array(z.array(position).min(2)).min(1),
      }),
      properties: itineraryProperties,
    }),
  ),
});

/** The JSON Schema of itineraries.geojson, each property described (`describe`) for the people who reuse it. */
export function itinerariesJsonSchema(opts: {
  id: string;
  title: string;
  description: string;
  describe: (property: string) => string | undefined;
}): Record<string, unknown> {
  const json = z.toJSONSchema(itineraryCollection, { io: 'output' }) as unknown as {
    $schema: string;
    properties: { features: { items: { properties: { properties: { properties: Record<string, Record<string, unknown>> } } } } };
  };
  for (const [name, prop] of Object.entries(json.properties.features.items.properties.properties.properties)) {
    const d = opts.describe(name);
    if (d) prop.description = d;
  }
  const { $schema, ...rest } = json;
  return { $schema, $id: opts.id, title: opts.title, description: opts.description, ...rest };
}
