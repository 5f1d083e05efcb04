/**
 * What every entry of the three entry collections (destinations, events, products) shares in its
 * Indonesian file: title, summary, photos, sources, check dates, uncertainty and draft state, plus
 * the district field and the schema-building caches the per-type schemas use.
 *
 * Facts that do not depend on language (coordinates, category, prices, hours, photos) are written once,
 * in the Indonesian file `index.id.mdx`. Short texts that do depend on language are `{ id, en }` pairs.
 * Title, summary and body are written per language: `index.id.mdx` and `index.en.mdx`.
 */
import { z } from 'astro/zod';
import { doc, localized, text, url, type SchemaContext } from './shared-field-schemas';
import { dateValue } from './date-value-schema';
import { photo } from './photo-schema';
import { DISTRICT_SLUGS } from './districts';

/** A kecamatan, by its slug (see src/content/districts.ts), e.g. `balige`, `lumban-julu`. */
export const district = () => z.enum(DISTRICT_SLUGS);
/** A reference to a destination by its slug (its folder name); `where` says what the destination is to the entry. */
export const destinationReference = <Img, Ref>(ctx: SchemaContext<Img, Ref>, where: string, example: string) =>
  ctx
    .reference('destinations')
    .meta(
      doc(
        'Destinasi',
        `Slug destinasi${where ? ` ${where}` : ''}, yaitu nama foldernya, misalnya \`${example}\`.`,
        `Slug of a destination, i.e. its folder name, e.g. \`${example}\`.`,
      ),
    );

export const districtDoc = (what: string, whatEn: string) =>
  doc(
    'Kecamatan',
    `Kecamatan ${what}, ditulis sebagai slug, misalnya \`balige\` atau \`lumban-julu\`.`,
    `The kecamatan ${whatEn}, as a slug, e.g. \`balige\` or \`lumban-julu\`.`,
    { hint: { id: `Tulis slug kecamatan: ${DISTRICT_SLUGS.join(', ')}.`, en: `Write a district slug: ${DISTRICT_SLUGS.join(', ')}.` } },
  );

/**
 * Zod schemas cost far more to build than to parse with (every `.meta()` copies one), and Astro asks for a
 * collection's schema once per entry, to give each entry its own `image()`. So what does not depend on
 * `image()` is built once, and what depends only on `reference()` once per reference function (Astro's and the
 * content checker's differ): at 1,000 entries, building everything per entry cost about 3 s of each build.
 */
export const once = <T>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};
const byReference = new WeakMap<object, Map<string, unknown>>();
export function perReference<T>(reference: object, name: string, make: () => T): T {
  let made = byReference.get(reference);
  if (!made) byReference.set(reference, (made = new Map()));
  if (!made.has(name)) made.set(name, make());
  return made.get(name) as T;
}

/** Fields every entry has, in its Indonesian file, except its photos. */
const commonFields = once(() => ({
  /** Name of the place, event or product, in Indonesian. */
  title: text('Judul', 'Nama tempat, acara atau produk dalam bahasa Indonesia.', 'Name of the place, event or product, in Indonesian.', {
    hint: {
      id: 'Tulis nama tempat/acara/produk, misalnya `title: Pantai Lumban Bulbul`.',
      en: 'Write the name, e.g. `title: Pantai Lumban Bulbul`.',
    },
  }),
  /** One or two sentences (at most 170 characters) for cards and search results. */
  summary: text(
    'Ringkasan',
    'Satu atau dua kalimat (paling banyak 170 karakter) untuk kartu dan hasil pencarian.',
    'One or two sentences (at most 170 characters) for cards and search results.',
    { hint: { id: 'Tulis satu atau dua kalimat (sekitar 160 karakter).', en: 'Write one or two sentences (about 160 characters).' } },
  ),
  /** Web pages the facts come from. */
  sources: z
    .array(url())
    .default([])
    .meta(
      doc('Sumber', 'Alamat web (https://…) tempat fakta entri ini diambil.', 'Web pages (https://…) the facts come from.', {
        hint: { id: 'Tulis alamat web lengkap yang diawali https://.', en: 'Write a full web address starting with https://.' },
        example: ['https://tobakab.go.id/'],
      }),
    ),
  /** The day the facts were last gathered from or compared with their written sources (a desk check). */
  lastVerified: dateValue()
    .optional()
    .meta(
      doc(
        'Dihimpun dari sumber',
        'Tanggal fakta ini terakhir dihimpun dari sumber tertulis atau dicocokkan dengannya (bukan pemeriksaan di tempat), misalnya 2026-06-17; lebih dari 12 bulan akan diperingatkan.',
        'The day the facts were last gathered from or compared with their written sources (not an on-site check), e.g. 2026-06-17; older than 12 months is flagged.',
        { hint: { id: 'Tulis tanggal seperti `2026-06-17` (tahun-bulan-hari).', en: 'Write a date like `2026-06-17` (year-month-day).' } },
      ),
    ),
  /** The day someone checked the place on the ground (visited it, or called its operator), if ever. */
  checkedOnSite: dateValue()
    .optional()
    .meta(
      doc(
        'Diperiksa di tempat',
        'Tanggal seseorang memeriksa tempat ini langsung di lokasi (termasuk titik petanya), misalnya 2026-06-17. Hanya ini yang ditampilkan sebagai "terakhir diperiksa", dan `precision: exact` memerlukannya.',
        'The day someone checked the place on the ground (including its map point), e.g. 2026-06-17. Only this is shown as "last checked", and `precision: exact` needs it.',
      ),
    ),
  /** What is uncertain about this entry, shown plainly on the page. */
  uncertain: localized()
    .optional()
    .meta(
      doc(
        'Belum pasti',
        'Hal yang belum pasti tentang entri ini; ditampilkan apa adanya di halaman.',
        'What is uncertain about this entry, shown plainly on the page.',
        { example: { id: 'Tulis hal yang belum pasti, misalnya jam buka.', en: 'Write what is uncertain, e.g. the opening hours.' } },
      ),
    ),
  /** `true` keeps the entry out of the published site (it still shows in `npm run dev`). */
  draft: z
    .boolean()
    .default(false)
    .meta(
      doc(
        'Draf',
        '`true` menahan entri dari situs yang diterbitkan (tetap tampil di `npm run dev`).',
        '`true` keeps the entry out of the published site (it still shows in `npm run dev`).',
      ),
    ),
}));

/** Photos, per entry: `image()` checks a file next to the entry. */
const photos = <Img, Ref>(ctx: SchemaContext<Img, Ref>) => ({
  /** Photos, optional; without one the site draws a cover showing where the entry is (src/content/views/covers.ts). */
  photos: z
    .array(photo(ctx))
    .default([])
    .meta(
      doc(
        'Foto',
        'Foto, boleh tidak ada; tanpa foto situs menggambar sampul berupa peta letaknya. Foto pertama menjadi sampul.',
        'Photos, optional; without one the site draws a cover with a map of where it is. The first is the cover.',
        {
          example: [
            {
              src: './foto-1.jpg',
              alt: { id: 'Tulis apa yang tampak di foto', en: 'Describe what the photo shows' },
              credit: 'Nama pemotret / Dinas Pariwisata Kabupaten Toba',
              license: 'CC BY 4.0 / Milik Pemkab Toba',
            },
          ],
        },
      ),
    ),
});

/** Fields every entry has, in its Indonesian file. */
export const common = <Img, Ref>(ctx: SchemaContext<Img, Ref>) => {
  const { title, summary, ...rest } = commonFields();
  return { title, summary, ...photos(ctx), ...rest };
};
