/**
 * The open data files /data/destinations.json, /data/events.json and
 * /data/products.json: their shape, written once. The builders in ./records.ts
 * are typed from these schemas, the published JSON Schemas
 * (/data/schema/<file>.schema.json) are generated from them, and the tests
 * validate the built files against those JSON Schemas.
 *
 * The file format is a public contract: add fields freely, but renaming or
 * removing one breaks other people's apps. Field meanings for people live in
 * src/i18n/{id,en}.json under `data.field.<name>` (shown on the open data page
 * and copied into the JSON Schemas as descriptions).
 */
import { z } from 'astro/zod';
import { CATEGORIES, CERTIFICATIONS, FACILITIES, PRECISIONS, PRODUCT_KINDS, WEEKDAYS, WEEKS } from '../../content/vocab';
import { DISTRICT_SLUGS } from '../../content/districts';

const slug = () => z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
/** Text in Indonesian, and in English where it has been translated. */
const text = () => z.strictObject({ id: z.string().min(1), en: z.string().min(1).optional() });
/** The page in each language: both always exist (an untranslated English page shows the Indonesian text). */
const urls = () => z.strictObject({ id: z.url(), en: z.url() });
const day = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A calendar day or a wall-clock time in Asia/Jakarta, as written by the editors. */
const localDateTime = () => z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/);
/** An event's schedule, as written in the content (src/content/schema.ts documents each kind). */
const recurrence = () => {
  const changes = {
    except: z.array(localDateTime()).optional(),
    moved: z.array(z.strictObject({ from: localDateTime(), to: localDateTime() })).optional(),
  };
  const month = z.number().int().min(1).max(12);
  return z.discriminatedUnion('freq', [
    z.strictObject({ freq: z.literal('yearly'), ...changes }),
    z.strictObject({ freq: z.literal('yearly-weekday'), month, week: z.enum(WEEKS), weekday: z.enum(WEEKDAYS), ...changes }),
    z.strictObject({ freq: z.literal('yearly-announced'), month, ...changes }),
    z.strictObject({
      freq: z.literal('weekly'),
      weekday: z.enum(WEEKDAYS).optional(),
      weekdays: z.array(z.enum(WEEKDAYS)).optional(),
      ...changes,
    }),
    z.strictObject({ freq: z.literal('monthly'), week: z.enum(WEEKS), weekday: z.enum(WEEKDAYS), ...changes }),
  ]);
};
const point = () =>
  z.strictObject({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    precision: z.enum(PRECISIONS),
    onWater: z.boolean().optional(),
  });
/** Kemendagri codes (Kepmendagri No 300.2.2-2430 Tahun 2025): kecamatan `12.12.xx`, desa/kelurahan `12.12.xx.xxxx`. */
const districtCode = () => z.string().regex(/^12\.12\.\d{2}$/);
const villageCode = () => z.string().regex(/^12\.12\.\d{2}\.\d{4}$/);
const money = () =>
  z.strictObject({
    label: text(),
    amount: z.number().int().min(0),
    amountMax: z.number().int().min(0).optional(),
    currency: z.literal('IDR'),
    year: z.number().int(),
  });
/** Public contacts (src/content/contact-schema.ts): numbers in E.164, Instagram as its one address. */
const e164 = () => z.string().regex(/^\+[1-9]\d{7,14}$/);
const contact = () =>
  z.strictObject({
    whatsapp: e164().optional(),
    phone: e164().optional(),
    email: z.string().optional(),
    instagram: z.url().optional(),
    website: z.url().optional(),
    marketplaces: z.array(z.strictObject({ name: z.string(), url: z.url() })).optional(),
  });
const placeRef = () => z.union([z.strictObject({ district: z.enum(DISTRICT_SLUGS) }), z.strictObject({ destination: slug() })]);

/** Fields every record has. */
const common = {
  id: slug(),
  names: text(),
  summary: text(),
  urls: urls(),
  image: z.url(),
  district: z.enum(DISTRICT_SLUGS).optional(),
  districtName: z.string().optional(),
  districtCode: districtCode().optional(),
  villageCode: villageCode().optional(),
  sources: z.array(z.url()),
  lastVerified: day().optional(),
  checkedOnSite: day().optional(),
  uncertain: text().optional(),
  contact: contact().optional(),
};

export const destinationRecord = z.strictObject({
  ...common,
  district: z.enum(DISTRICT_SLUGS),
  districtName: z.string(),
  category: z.enum(CATEGORIES),
  village: z.string(),
  location: point().optional(),
  address: z.string().optional(),
  openingHours: z
    .strictObject({
      ...Object.fromEntries(WEEKDAYS.map((d) => [d, z.string().optional()])),
      note: text().optional(),
    })
    .optional(),
  fees: z.array(money()),
  facilities: z.array(z.enum(FACILITIES)),
  aliases: z.array(z.string()),
  accessibility: text().optional(),
  bestTime: text().optional(),
  gettingThere: text().optional(),
  safety: text().optional(),
});

export const eventRecord = z.strictObject({
  ...common,
  start: localDateTime(),
  end: localDateTime().optional(),
  timeZone: z.literal('Asia/Jakarta'),
  recurrence: recurrence().optional(),
  dateApproximate: z.boolean(),
  venue: z.strictObject({
    name: z.string(),
    destination: slug().optional(),
    location: point().optional(),
  }),
  organiser: z.string().optional(),
  prices: z.array(money()),
  links: z.array(z.strictObject({ label: z.string(), url: z.url() })),
  series: slug().optional(),
});

export const productRecord = z.strictObject({
  ...common,
  kind: z.enum(PRODUCT_KINDS),
  origin: z.array(placeRef()),
  whereToBuy: z.array(placeRef()),
  sellers: z.array(
    z.strictObject({
      name: z.string(),
      place: text(),
      district: z.enum(DISTRICT_SLUGS).optional(),
      districtCode: districtCode().optional(),
      villageCode: villageCode().optional(),
      location: point().optional(),
      phone: e164().optional(),
      whatsapp: e164().optional(),
    }),
  ),
  priceRange: money().optional(),
  certifications: z.array(
    z.strictObject({ kind: z.enum(CERTIFICATIONS), number: z.string().optional(), label: text(), year: z.number().int().optional() }),
  ),
});

/** The wrapper around every file's records: what it is, who publishes it, under which licence. */
const dataset = <T extends z.ZodType>(item: T) =>
  z.strictObject({
    $schema: z.url(),
    title: text(),
    publisher: z.strictObject({ name: z.string(), url: z.url() }),
    license: z.strictObject({ name: z.string(), url: z.url() }),
    homepage: z.url(),
    count: z.number().int().min(0),
    items: z.array(item),
  });

export const DATASETS = {
  destinations: dataset(destinationRecord),
  events: dataset(eventRecord),
  products: dataset(productRecord),
} as const;
export type DatasetName = keyof typeof DATASETS;
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

export type DestinationRecord = z.infer<typeof destinationRecord>;
export type EventRecord = z.infer<typeof eventRecord>;
export type ProductRecord = z.infer<typeof productRecord>;
export type Dataset<N extends DatasetName> = z.infer<(typeof DATASETS)[N]>;

/**
 * The published JSON Schema of a dataset. Each record field's description
 * comes from the UI strings, so the open data page and the schema never
 * disagree.
 */
export function jsonSchemaOf(
  name: DatasetName,
  opts: { id: string; title: string; description: string; describe: (field: string) => string | undefined },
): Record<string, unknown> {
  const json = z.toJSONSchema(DATASETS[name], { io: 'output' }) as unknown as {
    $schema: string;
    properties: { items: { items: { properties: Record<string, Record<string, unknown>> } } };
  };
  for (const [field, prop] of Object.entries(json.properties.items.items.properties)) {
    const d = opts.describe(field);
    if (d) prop.description = d;
  }
  const { $schema, ...rest } = json;
  return { $schema, $id: opts.id, title: opts.title, description: opts.description, ...rest };
}

/** The fields of one record, in schema order, for the tables on the open data page. */
export function recordFields(name: DatasetName): { name: string; required: boolean }[] {
  const json = z.toJSONSchema(DATASETS[name], { io: 'output' }) as unknown as {
    properties: { items: { items: { properties: object; required?: string[] } } };
  };
  const item = json.properties.items.items;
  return Object.keys(item.properties).map((k) => ({ name: k, required: item.required?.includes(k) ?? false }));
}
