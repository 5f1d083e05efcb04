/**
 * The content model. Each field has a one-line comment; this file is the
 * documentation editors' field reference is generated from.
 *
 * Facts that do not depend on language (coordinates, category, prices, hours,
 * photos) are written once, in the Indonesian file `index.id.mdx`. Short texts
 * that do depend on language are `{ id, en }` pairs. Title, summary and body
 * are written per language: `index.id.mdx` and `index.en.mdx`.
 */
import { z } from 'astro/zod';
import {
  dateValue,
  localized,
  location,
  openingHours,
  photo,
  price,
  slug,
  url,
  type SchemaContext,
} from './fields';
import { CATEGORIES, CERTIFICATIONS, FACILITIES, PRODUCT_KINDS, WEEKDAYS } from './vocab';
import { DISTRICT_SLUGS } from './districts';

/** A kecamatan, by its slug (see src/lib/content/districts.ts), e.g. `balige`, `lumban-julu`. */
export const district = () => z.enum(DISTRICT_SLUGS);

/** Fields every entry has, in its Indonesian file. */
const common = <Img, Ref>(ctx: SchemaContext<Img, Ref>) => ({
  /** Name of the place, event or product, in Indonesian. */
  title: z.string().trim().min(1),
  /** One or two sentences (about 160 characters) for cards and search results. */
  summary: z.string().trim().min(1),
  /** Photos, optional; without one the site draws cover art from the category. */
  photos: z.array(photo(ctx)).default([]),
  /** Web pages the facts come from. */
  sources: z.array(url()).default([]),
  /** The day someone last checked these facts. */
  lastVerified: dateValue().optional(),
  /** What is uncertain about this entry, shown plainly on the page. */
  uncertain: localized().optional(),
  /** `true` keeps the entry out of the published site (it still shows in `npm run dev`). */
  draft: z.boolean().default(false),
});

export const destinationSchema = <Img, Ref>(ctx: SchemaContext<Img, Ref>) =>
  z.strictObject({
    ...common(ctx),
    /** One of: beach, waterfall, viewpoint, nature, culture, history, religious, culinary, village, adventure. */
    category: z.enum(CATEGORIES),
    /** The kecamatan it lies in. */
    district: district(),
    /** The desa or kelurahan it lies in. */
    village: z.string().trim().min(1),
    /** Where it is on the map. */
    location: location(),
    /** Street address or directions-style address. */
    address: z.string().trim().min(1).optional(),
    /** Opening hours per weekday, with a note. */
    openingHours: openingHours().optional(),
    /** Entry fees, parking and rentals, each with the year it was reported. */
    fees: z.array(price()).default([]),
    /** What is there: parking, toilet, prayer-room, food, … */
    facilities: z.array(z.enum(FACILITIES)).default([]),
    /** Access for wheelchairs, prams, older visitors. */
    accessibility: localized().optional(),
    /** When to go (season, time of day). */
    bestTime: localized().optional(),
    /** How to get there. */
    gettingThere: localized().optional(),
    /** Safety notes, e.g. "reachable only by boat". */
    safety: localized().optional(),
    /** Other names people search for, e.g. "Pantai Bulbul". */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** Show on the home page. */
    featured: z.boolean().default(false),
  });

/** How an event repeats. Omit for a one-off event. */
export const recurrenceSchema = z.discriminatedUnion('freq', [
  /** Every year on the month and day of `start`. */
  z.strictObject({ freq: z.literal('yearly') }),
  /** Every week on the given weekday. */
  z.strictObject({ freq: z.literal('weekly'), weekday: z.enum(WEEKDAYS) }),
]);

export const eventSchema = <Img, Ref>(ctx: SchemaContext<Img, Ref>) =>
  z
    .strictObject({
      ...common(ctx),
      /** First day (`2026-06-17`) or date-time in WIB (`2026-06-17 09:00`). For a recurring event, its first known date. */
      start: dateValue(),
      /** Last day or end time; omit for a single-day event. */
      end: dateValue().optional(),
      /** How it repeats; omit when it happens once. */
      recurrence: recurrenceSchema.optional(),
      /** `true` when the date is only roughly known ("around 9 March"). */
      dateApproximate: z.boolean().default(false),
      /** Where it happens: a destination, or a place of its own. */
      venue: z.union([
        z.strictObject({
          /** Slug of a destination, e.g. `onan-balerong`. */
          destination: ctx.reference('destinations'),
        }),
        z.strictObject({
          /** Name of the place. */
          name: z.string().trim().min(1),
          /** Its kecamatan. */
          district: district(),
          /** Where it is on the map (optional). */
          location: location().optional(),
        }),
      ]),
      /** Who organises it. */
      organiser: z.string().trim().min(1).optional(),
      /** Ticket prices; omit when unknown, use amount 0 when free. */
      price: z.array(price()).default([]),
      /** Official pages, tickets, social media. */
      links: z.array(z.strictObject({ label: z.string().trim().min(1), url: url() })).default([]),
      /** Groups editions of the same festival, e.g. `f1h2o`. */
      series: slug().optional(),
    })
    .superRefine((e, c) => {
      if (e.end !== undefined && e.end < e.start) {
        c.addIssue({ code: 'custom', message: 'end-before-start', path: ['end'], params: { start: e.start, end: e.end } });
      }
    });

/** A district or a destination, used for where a product comes from and where to buy it. */
const placeRef = <Img, Ref>(ctx: SchemaContext<Img, Ref>) =>
  z.union([
    z.strictObject({ /** Slug of a kecamatan. */ district: district() }),
    z.strictObject({ /** Slug of a destination. */ destination: ctx.reference('destinations') }),
  ]);

export const productSchema = <Img, Ref>(ctx: SchemaContext<Img, Ref>) =>
  z.strictObject({
    ...common(ctx),
    /** One of: weaving, food, spice, coffee, drink, craft, snack. */
    kind: z.enum(PRODUCT_KINDS),
    /** Where it is made or grown. */
    origin: z.array(placeRef(ctx)).min(1),
    /** Where visitors can buy it. */
    whereToBuy: z.array(placeRef(ctx)).default([]),
    /** Named sellers, with a phone or WhatsApp number where public. */
    sellers: z
      .array(
        z.strictObject({
          /** Seller or workshop name. */
          name: z.string().trim().min(1),
          /** Where to find them, in words. */
          place: localized(),
          /** Its kecamatan. */
          district: district().optional(),
          /** Where it is on the map (optional). */
          location: location().optional(),
          /** Phone number, e.g. +62 812 3456 7890. */
          phone: z.string().regex(/^\+?[0-9 ()-]{7,20}$/).optional(),
          /** WhatsApp number, same format. */
          whatsapp: z.string().regex(/^\+?[0-9 ()-]{7,20}$/).optional(),
        }),
      )
      .default([]),
    /** Typical price range, with the year it was reported. */
    priceRange: price().optional(),
    /** Certifications, e.g. a geographical indication. */
    certifications: z
      .array(
        z.strictObject({
          /** geographical-indication, halal, pirt, sni or other. */
          kind: z.enum(CERTIFICATIONS),
          /** Registration number, e.g. IDG000000081. */
          number: z.string().trim().min(1).optional(),
          /** Name of the certificate. */
          label: localized(),
          /** Year granted. */
          year: z.number().int().optional(),
        }),
      )
      .default([]),
  });

/** The English file `index.en.mdx` of any entry: its prose only. */
export const translationSchema = z.strictObject({
  /** Name in English (district intros have none; the checker requires it everywhere else). */
  title: z.string().trim().min(1).optional(),
  /** One or two sentences in English. */
  summary: z.string().trim().min(1),
});

/** The optional intro text of a district page (`content/districts/<slug>/index.id.mdx`). */
export const districtIntroSchema = z.strictObject({
  /** One or two sentences about the kecamatan, in the file's language. */
  summary: z.string().trim().min(1),
});

/** A practical page such as "Getting here" (`content/pages/<key>/index.id.mdx`). */
export const pageSchema = z.strictObject({
  /** Page title in the file's language. */
  title: z.string().trim().min(1),
  /** One or two sentences for search results and link previews. */
  summary: z.string().trim().min(1),
  /** Web pages the facts come from. */
  sources: z.array(url()).default([]),
  /** The day someone last checked these facts. */
  lastVerified: dateValue().optional(),
});
