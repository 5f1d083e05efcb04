/**
 * Small schema factories shared by the content collections: a location, a
 * localized short text, a price, opening hours, a photo, a calendar date.
 *
 * They are plain Zod, so the same schemas serve Astro's content layer, the
 * stand-alone content checker (`npm run check:content`) and the unit tests.
 * Error wording for editors is added in ./messages.ts, keyed on the field path,
 * so the schemas stay readable.
 */
import { z } from 'astro/zod';
import { inBounds, site } from '../../config/site';
import { PRECISIONS, WEEKDAYS } from './vocab';

/** Astro's `image()` and `reference()` differ between the build and the checker. */
export interface SchemaContext<Img = unknown, Ref = unknown> {
  /** Validates a photo path next to the entry (Astro's `image()` in the build). */
  image: () => z.ZodType<Img>;
  /** Validates a reference to another entry (Astro's `reference()` in the build). */
  reference: (collection: 'destinations') => z.ZodType<Ref>;
}

/** A slug: lower-case words joined by hyphens, as used in URLs and references. */
export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slug = () => z.string().regex(SLUG_RE);

/** A short text written in both languages; English may be missing (then Indonesian is shown). */
export const localized = () =>
  z.strictObject({
    /** Indonesian text (required). */
    id: z.string().trim().min(1),
    /** English text (optional until translated). */
    en: z.string().trim().min(1).optional(),
  });
export type Localized = z.infer<ReturnType<typeof localized>>;

/** A point on the map, inside Kabupaten Toba. */
export const location = () =>
  z
    .strictObject({
      /** Latitude in decimal degrees, e.g. 2.3485 (north is positive). */
      lat: z.number().min(-90).max(90),
      /** Longitude in decimal degrees, e.g. 99.0740. */
      lng: z.number().min(-180).max(180),
      /** `exact` only for surveyed points (about ±300 m); anything estimated is `approximate`. */
      precision: z.enum(PRECISIONS),
    })
    .refine((p) => inBounds(p.lat, p.lng), {
      message: 'outside-bounds',
      params: { bounds: site.bounds },
    });
export type Location = z.infer<ReturnType<typeof location>>;

/** An amount in Indonesian rupiah, with the year it was reported (prices go stale). */
export const price = () =>
  z
    .strictObject({
      /** What the price is for, e.g. `{ id: Parkir mobil, en: Car parking }`. */
      label: localized(),
      /** Amount in IDR; 0 means free. */
      amount: z.number().int().min(0),
      /** Upper end when the source gives a range (e.g. 20000–30000). */
      amountMax: z.number().int().min(0).optional(),
      /** The year the price was reported. */
      year: z.number().int().min(1990).max(2100),
    })
    .refine((p) => p.amountMax === undefined || p.amountMax >= p.amount, {
      message: 'range-reversed',
      path: ['amountMax'],
    });
export type Price = z.infer<ReturnType<typeof price>>;

const HOURS_RE = /^(?:closed|24h|(?:[01]\d|2[0-3]):[0-5]\d-(?:[01]\d|2[0-4]):[0-5]\d)$/;
/** `"09:00-17:00"`, `closed` or `24h`. */
const hours = () => z.string().regex(HOURS_RE);

/** Opening hours per weekday (omit a day when unknown), with a note. */
export const openingHours = () =>
  z.strictObject({
    ...Object.fromEntries(WEEKDAYS.map((d) => [d, hours().optional()])),
    /** Anything the hours don't say, e.g. "Monday is cleaning day". */
    note: localized().optional(),
  }) as z.ZodType<Partial<Record<(typeof WEEKDAYS)[number], string>> & { note?: Localized }>;
export type OpeningHours = z.infer<ReturnType<typeof openingHours>>;

/** A photo stored next to the entry, with alt text and a credit. */
export const photo = <Img, Ref>(ctx: SchemaContext<Img, Ref>) =>
  z.strictObject({
    /** File next to the entry, e.g. `./pantai.jpg`. */
    src: ctx.image(),
    /** What the photo shows, for people who cannot see it. */
    alt: localized(),
    /** Who took it, and the licence if not the regency's own. */
    credit: z.string().trim().min(1).optional(),
  });

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/;

/** True when y-m-d is a real calendar day (rejects 2026-02-30). */
export function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * A calendar date (`2026-06-17`) or a local date-time in Asia/Jakarta
 * (`2026-06-17 09:00`). Normalised to `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`.
 * Astro's YAML parser turns unquoted dates into Date objects at UTC midnight;
 * those are accepted and turned back into the same calendar day.
 */
export const dateValue = () =>
  z.union([z.string(), z.date()]).transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'impossible-date' });
        return z.NEVER;
      }
      return value.toISOString().slice(0, 10);
    }
    const m = DATE_RE.exec(value.trim());
    if (!m) {
      ctx.addIssue({ code: 'custom', message: 'date-format', params: { value } });
      return z.NEVER;
    }
    const [, y, mo, d, hh, mm] = m;
    if (!isRealDate(Number(y), Number(mo), Number(d)) || (hh !== undefined && (Number(hh) > 23 || Number(mm) > 59))) {
      ctx.addIssue({ code: 'custom', message: 'impossible-date', params: { value } });
      return z.NEVER;
    }
    return hh === undefined ? `${y}-${mo}-${d}` : `${y}-${mo}-${d}T${hh}:${mm}`;
  });

/** A web address for a source or a link. */
export const url = () => z.url({ protocol: /^https?$/ });
