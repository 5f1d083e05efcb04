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

/**
 * Documentation of one field for editors, carried as Zod metadata: a short
 * Indonesian label (`title`), and a one-line description in Indonesian
 * (`keterangan`) and English (`description`). The field reference
 * (docs/field-reference.md), the CMS at /admin and the scaffolder read it, so
 * the explanation is written once, next to the field. `example` is a value an
 * editor could write, which `npm run new` offers commented out.
 */
export const doc = (label: string, id: string, en: string, more: { example?: unknown } = {}) => ({
  title: label,
  keterangan: id,
  description: en,
  // JSON Schema's `examples`: `npm run new` writes it, commented out, into a new entry (./templates.ts).
  ...(more.example !== undefined ? { examples: [more.example] } : {}),
});

/** A required text field: trimmed, and not empty once trimmed, with its documentation (see `doc`). */
export const text = (label: string, id: string, en: string) =>
  z
    .string()
    .trim()
    .min(1)
    .meta(doc(label, id, en));

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
          ),
        ),
      /** Longitude in decimal degrees, e.g. 99.0740. */
      lng: z
        .number()
        .min(-180)
        .max(180)
        .meta(doc('Bujur', 'Bujur dalam derajat desimal dengan titik, misalnya 99.0740.', 'Longitude in decimal degrees, e.g. 99.0740.')),
      /** `exact` only for points checked on site (about ±300 m; needs `checkedOnSite`); anything else is `approximate`. */
      precision: z
        .enum(PRECISIONS)
        .meta(
          doc(
            'Ketepatan',
            '`exact` hanya untuk titik yang sudah diperiksa di tempat (±300 m; isi juga `checkedOnSite`); titik dari sumber tertulis atau perkiraan ditulis `approximate`.',
            '`exact` only for points checked on site (about ±300 m; also fill in `checkedOnSite`); points from written sources or estimates are `approximate`.',
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

/** A photo stored next to the entry, with alt text and a credit. */
export const photo = <Img, Ref>(ctx: SchemaContext<Img, Ref>) =>
  z.strictObject({
    /** File next to the entry, e.g. `./pantai.jpg`. */
    src: ctx
      .image()
      .meta(
        doc(
          'Berkas foto',
          'Berkas foto di folder yang sama dengan entri, misalnya `./pantai.jpg` (.jpg, .png, .webp).',
          "Photo file in the entry's own folder, e.g. `./pantai.jpg` (.jpg, .png, .webp).",
        ),
      ),
    /** What the photo shows, for people who cannot see it. */
    alt: localized().meta(
      doc(
        'Teks alternatif',
        'Apa isi foto, bagi orang yang tidak bisa melihatnya (pembaca layar) dan saat foto gagal dimuat.',
        'What the photo shows, for people who cannot see it (screen readers) and when it fails to load.',
      ),
    ),
    /** Who took it (or who owns it), shown under the photo. */
    credit: z
      .string()
      .trim()
      .min(1)
      .meta(
        doc(
          'Kredit foto',
          'Siapa pemotret atau pemilik foto; tampil di bawah foto.',
          'Who took the photo (or owns it); shown under the photo.',
        ),
      ),
    /** The licence the site may use it under, shown under the photo, e.g. `CC BY 4.0` or `Milik Pemkab Toba`. */
    license: z
      .string()
      .trim()
      .min(1)
      .meta(
        doc(
          'Lisensi foto',
          'Lisensi pemakaian foto, tampil di bawah foto, misalnya `CC BY 4.0`, atau `Milik Pemkab Toba` bila milik Pemerintah Kabupaten.',
          'The licence the site uses it under, shown under the photo, e.g. `CC BY 4.0`, or `Milik Pemkab Toba` when the regency owns it.',
        ),
      ),
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
  z
    .union([z.string(), z.date()])
    .meta({ format: 'date' })
    .transform((value, ctx) => {
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
