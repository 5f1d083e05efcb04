/**
 * The content models of the files that are not entries of their own: practical pages
 * (`content/pages/<key>/`), district intros (`content/districts/<kecamatan>/`) and the English file
 * `index.en.mdx` of every entry.
 */
import { z } from 'astro/zod';
import { doc, text, url } from './shared-field-schemas';
import { dateValue } from './date-value-schema';
import { travel } from './travel-schema';

/** The English file `index.en.mdx` of any entry: its prose only. */
export const translationSchema = z.strictObject({
  /** Name in English (district intros have none; the checker requires it everywhere else). */
  title: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta(
      doc(
        'Judul',
        'Nama dalam bahasa Inggris (wajib, kecuali pengantar kecamatan).',
        'Name in English (required, except for district intros).',
        {
          hint: {
            id: 'Tulis nama tempat/acara/produk, misalnya `title: Pantai Lumban Bulbul`.',
            en: 'Write the name, e.g. `title: Pantai Lumban Bulbul`.',
          },
        },
      ),
    ),
  /** One or two sentences in English. */
  summary: text('Ringkasan', 'Satu atau dua kalimat dalam bahasa Inggris.', 'One or two sentences in English.', {
    hint: { id: 'Tulis satu atau dua kalimat (sekitar 160 karakter).', en: 'Write one or two sentences (about 160 characters).' },
  }),
});

/** The optional intro text of a district page (`content/districts/<slug>/index.id.mdx`). */
export const districtIntroSchema = z.strictObject({
  /** One or two sentences about the kecamatan, in the file's language. */
  summary: text(
    'Ringkasan',
    'Satu atau dua kalimat tentang kecamatan ini, dalam bahasa berkasnya.',
    "One or two sentences about the kecamatan, in the file's language.",
    { hint: { id: 'Tulis satu atau dua kalimat (sekitar 160 karakter).', en: 'Write one or two sentences (about 160 characters).' } },
  ),
});

/** A practical page such as "Getting here" (`content/pages/<key>/index.id.mdx`). */
export const pageSchema = z.strictObject({
  /** Page title in the file's language. */
  title: text('Judul', 'Judul halaman dalam bahasa berkasnya.', "Page title in the file's language.", {
    hint: {
      id: 'Tulis nama tempat/acara/produk, misalnya `title: Pantai Lumban Bulbul`.',
      en: 'Write the name, e.g. `title: Pantai Lumban Bulbul`.',
    },
  }),
  /** One or two sentences for search results and link previews. */
  summary: text(
    'Ringkasan',
    'Satu atau dua kalimat untuk hasil pencarian dan pratinjau tautan.',
    'One or two sentences for search results and link previews.',
    { hint: { id: 'Tulis satu atau dua kalimat (sekitar 160 karakter).', en: 'Write one or two sentences (about 160 characters).' } },
  ),
  /** Web pages the facts come from. */
  sources: z
    .array(url())
    .default([])
    .meta(
      doc('Sumber', 'Alamat web (https://…) tempat fakta halaman ini diambil.', 'Web pages (https://…) the facts come from.', {
        hint: { id: 'Tulis alamat web lengkap yang diawali https://.', en: 'Write a full web address starting with https://.' },
      }),
    ),
  /** The day someone last checked these facts. */
  lastVerified: dateValue()
    .optional()
    .meta(
      doc(
        'Terakhir diperiksa',
        'Tanggal terakhir fakta ini diperiksa, misalnya 2026-06-17.',
        'The day someone last checked these facts, e.g. 2026-06-17.',
        { hint: { id: 'Tulis tanggal seperti `2026-06-17` (tahun-bulan-hari).', en: 'Write a date like `2026-06-17` (year-month-day).' } },
      ),
    ),
  /** Getting here and around as data: routes with distances, times, timetables and fares, each dated (./travel-schema.ts). */
  travel: travel()
    .optional()
    .meta(
      doc(
        'Perjalanan',
        'Cara ke Toba sebagai data: rute dengan jarak, waktu, jadwal dan tarif, masing-masing bertahun. Dipakai halaman "Cara ke Toba".',
        'Getting here as data: routes with distances, times, timetables and fares, each dated. Used by the "Getting here" page.',
      ),
    ),
});
