/** The content model of an event (`content/events/<slug>/index.id.mdx`). Each field carries its documentation for editors (`doc()`). */
import { z } from 'astro/zod';
import { doc, location, price, slug, text, url, type SchemaContext } from './shared-field-schemas';
import { dateValue } from './date-value-schema';
import { scheduleIssues } from './schedule-rules';
import { contactField } from './contact-schema';
import { common, destinationReference, district, districtDoc, perReference } from './entry-fields';
import { recurrenceSchema } from './schedule-schema';

const eventFields = <Img, Ref>(ctx: SchemaContext<Img, Ref>) =>
  perReference(ctx.reference, 'event', () => ({
    /** First day (`2026-06-17`) or date-time in WIB (`2026-06-17 09:00`). For a recurring event, its first known date. */
    start: dateValue().meta(
      doc(
        'Mulai',
        'Hari pertama (`2026-06-17`) atau tanggal dan jam WIB (`"2026-06-17 09:00"`). Untuk acara berulang: tanggal pertama yang diketahui.',
        'First day (`2026-06-17`) or date and time in WIB (`"2026-06-17 09:00"`). For a recurring event, its first known date.',
        {
          hint: {
            id: 'Tulis tanggal seperti `2026-06-17`, atau tanggal dan jam WIB seperti `"2026-06-17 09:00"`.',
            en: 'Write a date like `2026-06-17`, or a WIB date and time like `"2026-06-17 09:00"`.',
          },
        },
      ),
    ),
    /** Last day or end time; omit for a single-day event. */
    end: dateValue()
      .optional()
      .meta(
        doc(
          'Selesai',
          'Hari terakhir atau jam selesai; kosongkan untuk acara satu hari.',
          'Last day or end time; leave out for a single-day event.',
          {
            hint: {
              id: 'Tulis tanggal seperti `2026-06-19`; tanggal selesai tidak boleh sebelum tanggal mulai.',
              en: 'Write a date like `2026-06-19`; the end cannot be before the start.',
            },
          },
        ),
      ),
    /** How it repeats; omit when it happens once. */
    recurrence: recurrenceSchema.optional().meta(
      doc(
        'Berulang',
        'Pola acara berulang, misalnya `{ freq: yearly }`, `{ freq: yearly-weekday, month: 7, week: second, weekday: sat }`, `{ freq: yearly-announced, month: 12 }`, `{ freq: weekly, weekday: fri }` atau `{ freq: monthly, week: last, weekday: fri }`; kosongkan bila hanya sekali. Contoh lengkap: docs/panduan-editor.md.',
        'How it repeats, e.g. `{ freq: yearly }`, `{ freq: yearly-weekday, month: 7, week: second, weekday: sat }`, `{ freq: yearly-announced, month: 12 }`, `{ freq: weekly, weekday: fri }` or `{ freq: monthly, week: last, weekday: fri }`; leave out when it happens once. Examples: docs/editor-guide.md.',
        {
          hint: {
            id: 'Tulis salah satu pola, misalnya `recurrence: { freq: yearly }`, `recurrence: { freq: weekly, weekday: fri }`, `recurrence: { freq: monthly, week: last, weekday: fri }`, `recurrence: { freq: yearly-weekday, month: 7, week: second, weekday: sat }` atau `recurrence: { freq: yearly-announced, month: 12 }`; hapus bila acara hanya sekali. Contoh lengkap: docs/panduan-editor.md bab 6.',
            en: 'Write one pattern, e.g. `recurrence: { freq: yearly }`, `recurrence: { freq: weekly, weekday: fri }`, `recurrence: { freq: monthly, week: last, weekday: fri }`, `recurrence: { freq: yearly-weekday, month: 7, week: second, weekday: sat }` or `recurrence: { freq: yearly-announced, month: 12 }`; remove it for a one-off event. Examples: docs/editor-guide.md chapter 6.',
          },
        },
      ),
    ),
    /** `true` when the date is only roughly known ("around 9 March"). */
    dateApproximate: z
      .boolean()
      .default(false)
      .meta(
        doc(
          'Tanggal perkiraan',
          '`true` bila tanggalnya hanya diketahui kira-kira ("sekitar 9 Maret").',
          '`true` when the date is only roughly known ("around 9 March").',
          { example: true },
        ),
      ),
    /** Where it happens: a destination, or a place of its own. */
    venue: z
      .union([
        z.strictObject({
          /** Slug of a destination, e.g. `onan-balerong`. */
          destination: destinationReference(ctx, 'tempat acara', 'onan-balerong'),
        }),
        z.strictObject({
          /** Name of the place. */
          name: text('Nama tempat', 'Nama tempat acara.', 'Name of the place.'),
          /** Its kecamatan. */
          district: district().meta(districtDoc('tempat itu', 'of the place')),
          /** Where it is on the map (optional). */
          location: location()
            .optional()
            .meta(doc('Lokasi', 'Titik di peta (boleh kosong).', 'Where it is on the map (optional).')),
        }),
      ])
      .meta(
        doc(
          'Tempat',
          'Tempat acara: sebuah destinasi (`destination`), atau tempat sendiri (`name` dan `district`).',
          'Where it happens: a destination (`destination`), or a place of its own (`name` and `district`).',
          {
            hint: {
              id: 'Tulis tempat sebagai destinasi (`venue: { destination: onan-balerong }`) atau tempat sendiri (`venue: { name: ..., district: balige }`).',
              en: 'Write the venue as a destination (`venue: { destination: onan-balerong }`) or a place of its own (`venue: { name: ..., district: balige }`).',
            },
          },
        ),
      ),
    /** Who organises it. */
    organiser: z
      .string()
      .trim()
      .min(1)
      .optional()
      .meta(doc('Penyelenggara', 'Siapa penyelenggaranya.', 'Who organises it.', { example: 'Dinas Pariwisata Kabupaten Toba' })),
    /** Ticket prices; omit when unknown, use amount 0 when free. */
    price: z
      .array(price())
      .default([])
      .meta(
        doc(
          'Harga tiket',
          'Harga tiket; kosongkan bila tidak tahu, tulis amount 0 bila gratis.',
          'Ticket prices; leave out when unknown, amount 0 when free.',
        ),
      ),
    /** Official pages, tickets, social media. */
    links: z
      .array(
        z.strictObject({
          label: text('Teks tautan', 'Teks tautan, misalnya "Instagram resmi".', 'Link text, e.g. "Official Instagram".'),
          url: url().meta(doc('Alamat', 'Alamat web lengkap (https://…).', 'Full web address (https://…).')),
        }),
      )
      .default([])
      .meta(
        doc('Tautan', 'Halaman resmi, tiket, media sosial.', 'Official pages, tickets, social media.', {
          example: [{ label: 'Instagram resmi', url: 'https://www.instagram.com/…' }],
        }),
      ),
    /** Groups editions of the same festival, e.g. `f1h2o`. */
    series: slug()
      .optional()
      .meta(
        doc(
          'Seri',
          'Mengelompokkan edisi dari festival yang sama, misalnya `f1h2o`.',
          'Groups editions of the same festival, e.g. `f1h2o`.',
          {
            hint: {
              id: 'Tulis slug seri: huruf kecil, angka dan tanda hubung, misalnya `series: f1h2o`.',
              en: 'Write the series as a slug: lower-case letters, digits and hyphens, e.g. `series: f1h2o`.',
            },
          },
        ),
      ),
  }));

export const eventSchema = <Img, Ref>(ctx: SchemaContext<Img, Ref>) =>
  z.strictObject({ ...common(ctx), ...eventFields(ctx), contact: contactField() }).superRefine((e, c) => {
    if (e.end !== undefined && e.end < e.start) {
      c.addIssue({ code: 'custom', message: 'end-before-start', path: ['end'], params: { start: e.start, end: e.end } });
    }
    for (const issue of scheduleIssues(e)) c.addIssue({ code: 'custom', ...issue });
  });
