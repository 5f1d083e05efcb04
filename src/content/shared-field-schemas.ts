/**
 * Small schema factories shared by the content collections: the documentation
 * helper `doc()`, a required text, a slug, a localized short text, a location,
 * a price, opening hours (photos: ./photo-schema.ts; dates: ./date-value-schema.ts).
 *
 * They are plain Zod, so the same schemas serve Astro's content layer, the
 * stand-alone content checker (`npm run check:content`) and the unit tests.
 * Error wording for editors comes from ./zod-issue-messages.ts, with the advice
 * (`hint`) each field carries in its `doc()`.
 */
import { z } from 'astro/zod';
import { inBounds, site } from '../config/site';
import { PRECISIONS, WEEKDAYS } from './vocab';
import type { Bilingual } from './messages';

/** Astro's `image()` and `reference()` differ between the build and the checker. */
export interface SchemaContext<Img = unknown, Ref = unknown> {
  /** Validates a photo path next to the entry (Astro's `image()` in the build). */
  image: () => z.ZodType<Img>;
  /** Validates a reference to another entry (Astro's `reference()` in the build). */
  reference: (collection: 'destinations') => z.ZodType<Ref>;
}

/**
 * Documentation of one field for editors, carried as Zod metadata: a short
 * Indonesian label (`title`), and a one-line description in Indonesian
 * (`keterangan`) and English (`description`). The field reference
 * (docs/field-reference.md), the CMS at /admin and the scaffolder read it, so
 * the explanation is written once, next to the field. `example` is a value an
 * editor could write, which `npm run new` offers commented out.
 */
export const doc = (label: string, id: string, en: string, more: { example?: unknown; hint?: Bilingual } = {}) => ({
  title: label,
  keterangan: id,
  description: en,
  // JSON Schema's `examples`: `npm run new` writes it, commented out, into a new entry (./templates.ts).
  ...(more.example !== undefined ? { examples: [more.example] } : {}),
  // How to write it, added to the checker's message when the problem has no better fix (./zod-issue-messages.ts).
  ...(more.hint ? { hint: more.hint } : {}),
});

/** A required text field: trimmed, and not empty once trimmed, with its documentation (see `doc`). */
export const text = (label: string, id: string, en: string, more: Parameters<typeof doc>[3] = {}) =>
  z
    .string()
    .trim()
    .min(1)
    .meta(doc(label, id, en, more));

/** A slug: lower-case words joined by hyphens, as used in URLs and references. */
export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slug = () => z.string().regex(SLUG_RE);

/** A short text written in both languages; English may be missing (then Indonesian is shown). */
export const localized = () =>
  z.strictObject({
    /** Indonesian text (required). */
    id: text('Indonesia', 'Teks bahasa Indonesia (wajib).', 'Indonesian text (required).'),
    /** English text (optional until translated). */
    en: z
      .string()
      .trim()
      .min(1)
      .optional()
      .meta(doc('Inggris', 'Teks bahasa Inggris; boleh kosong sampai diterjemahkan.', 'English text; may stay empty until translated.')),
  });
export type Localized = z.infer<ReturnType<typeof localized>>;

/** A point on the map, inside Kabupaten Toba. */
export const location = () =>
  z
    .strictObject({
      /** Latitude in decimal degrees, e.g. 2.3485 (north is positive). */
      lat: z
        .number()
        .min(-90)
        .max(90)
        .meta(
          doc(
            'Lintang',
            'Lintang dalam derajat desimal dengan titik, misalnya 2.3485.',
            'Latitude in decimal degrees, e.g. 2.3485 (north is positive).',
            {
              hint: {
                id: 'Tulis lintang sebagai angka dengan titik, tanpa tanda kutip, misalnya `lat: 2.3485`.',
                en: 'Write the latitude as a number with a dot and no quotes, e.g. `lat: 2.3485`.',
              },
            },
          ),
        ),
      /** Longitude in decimal degrees, e.g. 99.0740. */
      lng: z
        .number()
        .min(-180)
        .max(180)
        .meta(
          doc('Bujur', 'Bujur dalam derajat desimal dengan titik, misalnya 99.0740.', 'Longitude in decimal degrees, e.g. 99.0740.', {
            hint: {
              id: 'Tulis bujur sebagai angka dengan titik, tanpa tanda kutip, misalnya `lng: 99.0740`.',
              en: 'Write the longitude as a number with a dot and no quotes, e.g. `lng: 99.0740`.',
            },
          }),
        ),
      /** `exact` only for points checked on site (about ±300 m; needs `checkedOnSite`); anything else is `approximate`. */
      precision: z.enum(PRECISIONS).meta(
        doc(
          'Ketepatan',
          '`exact` hanya untuk titik yang sudah diperiksa di tempat (±300 m; isi juga `checkedOnSite`); titik dari sumber tertulis atau perkiraan ditulis `approximate`.',
          '`exact` only for points checked on site (about ±300 m; also fill in `checkedOnSite`); points from written sources or estimates are `approximate`.',
          {
            hint: {
              id: 'Tulis `exact` (titik terukur, ±300 m) atau `approximate` (perkiraan).',
              en: 'Write `exact` (surveyed point, ±300 m) or `approximate` (estimate).',
            },
          },
        ),
      ),
      /** `true` when the place really is on the water (a floating jetty, a waterfall dropping into the lake). */
      onWater: z
        .boolean()
        .optional()
        .meta(
          doc(
            'Di atas air',
            '`true` bila tempatnya memang di atas air (dermaga apung, air terjun yang jatuh ke danau); tanpa ini titik di tengah danau ditolak.',
            '`true` when the place really is on the water (a floating jetty, a waterfall dropping into the lake); without it a point out on the lake is refused.',
          ),
        ),
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
      label: localized().meta(
        doc('Untuk apa', 'Untuk apa harga ini, misalnya "Parkir mobil".', 'What the price is for, e.g. "Car parking".'),
      ),
      /** Amount in IDR; 0 means free. */
      amount: z
        .number()
        .int()
        .min(0)
        .meta(
          doc(
            'Harga (Rp)',
            'Harga dalam rupiah, angka saja tanpa titik atau "Rp"; 0 berarti gratis.',
            'Amount in rupiah, digits only; 0 means free.',
            {
              hint: {
                id: 'Tulis angka rupiah tanpa titik atau "Rp", misalnya `amount: 10000` (0 = gratis).',
                en: 'Write rupiah as a plain number, no dots or "Rp", e.g. `amount: 10000` (0 = free).',
              },
            },
          ),
        ),
      /** Upper end when the source gives a range (e.g. 20000–30000). */
      amountMax: z
        .number()
        .int()
        .min(0)
        .optional()
        .meta(
          doc(
            'Harga tertinggi (Rp)',
            'Batas atas jika sumber menyebut rentang harga (misalnya 20000–30000).',
            'Upper end when the source gives a range (e.g. 20000–30000).',
          ),
        ),
      /** The year the price was reported. */
      year: z
        .number()
        .int()
        .min(1990)
        .max(2100)
        .meta(
          doc(
            'Tahun',
            'Tahun harga itu dilaporkan; harga lebih dari 2 tahun akan diperingatkan.',
            'The year the price was reported; prices over 2 years old are flagged.',
            {
              hint: {
                id: 'Tulis tahun harga itu dilaporkan, misalnya `year: 2017`.',
                en: 'Write the year the price was reported, e.g. `year: 2017`.',
              },
            },
          ),
        ),
    })
    .refine((p) => p.amountMax === undefined || p.amountMax >= p.amount, {
      message: 'range-reversed',
      path: ['amountMax'],
    });
export type Price = z.infer<ReturnType<typeof price>>;

const HOURS_RE = /^(?:closed|24h|(?:[01]\d|2[0-3]):[0-5]\d-(?:[01]\d|2[0-4]):[0-5]\d)$/;
/** `"09:00-17:00"`, `closed` or `24h`. */
const hours = () => z.string().regex(HOURS_RE);
const DAY_NAMES = { mon: 'Senin', tue: 'Selasa', wed: 'Rabu', thu: 'Kamis', fri: 'Jumat', sat: 'Sabtu', sun: 'Minggu' } as const;

/** Opening hours per weekday (omit a day when unknown), with a note. */
export const openingHours = () =>
  z.strictObject({
    ...Object.fromEntries(
      WEEKDAYS.map((d) => [
        d,
        hours()
          .optional()
          .meta(
            doc(
              DAY_NAMES[d],
              `Jam buka hari ${DAY_NAMES[d]}: "08:00-17:00", closed (tutup) atau 24h. Kosongkan bila tidak tahu.`,
              `Hours on ${d}: "08:00-17:00", closed or 24h. Leave out when unknown.`,
            ),
          ),
      ]),
    ),
    /** Anything the hours don't say, e.g. "Monday is cleaning day". */
    note: localized()
      .optional()
      .meta(
        doc(
          'Catatan',
          'Hal yang tidak tercakup jam buka, misalnya "Senin hari pembersihan".',
          'Anything the hours don\'t say, e.g. "Monday is cleaning day".',
        ),
      ),
  }) as z.ZodType<Partial<Record<(typeof WEEKDAYS)[number], string>> & { note?: Localized }>;
export type OpeningHours = z.infer<ReturnType<typeof openingHours>>;

/** A web address for a source or a link. */
export const url = () => z.url({ protocol: /^https?$/ });
