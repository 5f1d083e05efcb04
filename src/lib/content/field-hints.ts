/**
 * Advice for editors per field: how to write a value that the checker accepts, with an example. The
 * messages for schema problems (./zod-issue-messages.ts) add it as the fix when the problem itself has
 * no better one. Keyed on the field path with list indexes replaced by `*`.
 */
import type { Bilingual } from './messages';
import { CATEGORIES, FACILITIES, PRODUCT_KINDS, WEEKDAYS } from './vocab';
import { DISTRICT_SLUGS } from './districts';

const b = (id: string, en: string): Bilingual => ({ id, en });

/** Field-specific advice, keyed on the field path with list indexes replaced by `*`. */
const FIELD_HINTS: Record<string, Bilingual> = {
  title: b(
    'Tulis nama tempat/acara/produk, misalnya `title: Pantai Lumban Bulbul`.',
    'Write the name, e.g. `title: Pantai Lumban Bulbul`.',
  ),
  summary: b('Tulis satu atau dua kalimat (sekitar 160 karakter).', 'Write one or two sentences (about 160 characters).'),
  category: b(`Pilih salah satu: ${CATEGORIES.join(', ')}.`, `Use one of: ${CATEGORIES.join(', ')}.`),
  kind: b(`Pilih salah satu: ${PRODUCT_KINDS.join(', ')}.`, `Use one of: ${PRODUCT_KINDS.join(', ')}.`),
  district: b(`Tulis slug kecamatan: ${DISTRICT_SLUGS.join(', ')}.`, `Write a district slug: ${DISTRICT_SLUGS.join(', ')}.`),
  village: b(
    'Tulis nama desa atau kelurahan, misalnya `village: Lumban Bulbul`.',
    'Write the village name, e.g. `village: Lumban Bulbul`.',
  ),
  location: b(
    'Tulis lokasi seperti ini:\n  location:\n    lat: 2.3485\n    lng: 99.0740\n    precision: approximate',
    'Write the location like this:\n  location:\n    lat: 2.3485\n    lng: 99.0740\n    precision: approximate',
  ),
  'location.lat': b(
    'Tulis lintang sebagai angka dengan titik, tanpa tanda kutip, misalnya `lat: 2.3485`.',
    'Write the latitude as a number with a dot and no quotes, e.g. `lat: 2.3485`.',
  ),
  'location.lng': b(
    'Tulis bujur sebagai angka dengan titik, tanpa tanda kutip, misalnya `lng: 99.0740`.',
    'Write the longitude as a number with a dot and no quotes, e.g. `lng: 99.0740`.',
  ),
  'location.precision': b(
    'Tulis `exact` (titik terukur, ±300 m) atau `approximate` (perkiraan).',
    'Write `exact` (surveyed point, ±300 m) or `approximate` (estimate).',
  ),
  'photos.*.alt': b(
    'Setiap foto perlu teks alternatif yang menjelaskan isi foto bagi orang yang tidak bisa melihatnya:\n  alt:\n    id: Pasir putih dan perahu di tepi danau\n    en: White sand and boats on the lake shore',
    'Every photo needs alt text describing it for people who cannot see it:\n  alt:\n    id: Pasir putih dan perahu di tepi danau\n    en: White sand and boats on the lake shore',
  ),
  'photos.*.credit': b(
    'Tulis siapa pemotret atau pemilik foto, misalnya `credit: Dinas Pariwisata Kabupaten Toba`. Jangan memakai foto yang pemiliknya tidak diketahui.',
    'Write who took or owns the photo, e.g. `credit: Dinas Pariwisata Kabupaten Toba`. Do not use photos whose owner is unknown.',
  ),
  'photos.*.license': b(
    'Tulis lisensi foto, misalnya `license: CC BY 4.0`, atau `license: Milik Pemkab Toba` bila foto milik Pemerintah Kabupaten. Tanpa izin pemiliknya, jangan pakai fotonya.',
    "Write the licence, e.g. `license: CC BY 4.0`, or `license: Milik Pemkab Toba` when the regency owns it. Without the owner's permission, do not use the photo.",
  ),
  'photos.*.src': b(
    'Letakkan file foto di folder yang sama dan tulis `src: ./nama-foto.jpg`.',
    'Put the photo file in the same folder and write `src: ./photo-name.jpg`.',
  ),
  start: b(
    'Tulis tanggal seperti `2026-06-17`, atau tanggal dan jam WIB seperti `"2026-06-17 09:00"`.',
    'Write a date like `2026-06-17`, or a WIB date and time like `"2026-06-17 09:00"`.',
  ),
  end: b(
    'Tulis tanggal seperti `2026-06-19`; tanggal selesai tidak boleh sebelum tanggal mulai.',
    'Write a date like `2026-06-19`; the end cannot be before the start.',
  ),
  venue: b(
    'Tulis tempat sebagai destinasi (`venue: { destination: onan-balerong }`) atau tempat sendiri (`venue: { name: ..., district: balige }`).',
    'Write the venue as a destination (`venue: { destination: onan-balerong }`) or a place of its own (`venue: { name: ..., district: balige }`).',
  ),
  recurrence: b(
    'Tulis salah satu pola, misalnya `recurrence: { freq: yearly }`, `recurrence: { freq: weekly, weekday: fri }`, `recurrence: { freq: monthly, week: last, weekday: fri }`, `recurrence: { freq: yearly-weekday, month: 7, week: second, weekday: sat }` atau `recurrence: { freq: yearly-announced, month: 12 }`; hapus bila acara hanya sekali. Contoh lengkap: docs/panduan-editor.md bab 6.',
    'Write one pattern, e.g. `recurrence: { freq: yearly }`, `recurrence: { freq: weekly, weekday: fri }`, `recurrence: { freq: monthly, week: last, weekday: fri }`, `recurrence: { freq: yearly-weekday, month: 7, week: second, weekday: sat }` or `recurrence: { freq: yearly-announced, month: 12 }`; remove it for a one-off event. Examples: docs/editor-guide.md chapter 6.',
  ),
  'recurrence.weekday': b(`Pilih salah satu: ${WEEKDAYS.join(', ')}.`, `Use one of: ${WEEKDAYS.join(', ')}.`),
  'recurrence.weekdays': b('Tulis daftar hari, misalnya `weekdays: [tue, fri]`.', 'Write a list of days, e.g. `weekdays: [tue, fri]`.'),
  'recurrence.week': b(
    'Tulis `first`, `second`, `third`, `fourth` atau `last`, misalnya `week: second` untuk Sabtu kedua.',
    'Write `first`, `second`, `third`, `fourth` or `last`, e.g. `week: second` for the second Saturday.',
  ),
  'recurrence.month': b(
    'Tulis nomor bulan tanpa tanda kutip, 1 sampai 12, misalnya `month: 7` untuk Juli.',
    'Write the month number without quotes, 1 to 12, e.g. `month: 7` for July.',
  ),
  'recurrence.except': b(
    'Tulis tanggal yang batal sebagai daftar, misalnya `except: [2028-07-08]`.',
    'List cancelled days, e.g. `except: [2028-07-08]`.',
  ),
  'recurrence.moved': b(
    'Tulis setiap pemindahan seperti `- { from: 2029-07-14, to: 2029-07-21 }`.',
    'Write each move like `- { from: 2029-07-14, to: 2029-07-21 }`.',
  ),
  'facilities.*': b(`Pilih dari: ${FACILITIES.join(', ')}.`, `Choose from: ${FACILITIES.join(', ')}.`),
  'fees.*.year': b('Tulis tahun harga itu dilaporkan, misalnya `year: 2017`.', 'Write the year the price was reported, e.g. `year: 2017`.'),
  'fees.*.amount': b(
    'Tulis angka rupiah tanpa titik atau "Rp", misalnya `amount: 10000` (0 = gratis).',
    'Write rupiah as a plain number, no dots or "Rp", e.g. `amount: 10000` (0 = free).',
  ),
  openingHours: b(
    'Tulis jam seperti `"08:00-17:00"`: titik dua (:) di antara jam dan menit, tanda hubung (-) di antara buka dan tutup, dalam tanda kutip. Atau `closed` (tutup) atau `24h`.',
    'Write hours like `"08:00-17:00"`: a colon between hours and minutes, a hyphen between opening and closing, in quotes. Or `closed` or `24h`.',
  ),
  'sellers.*.phone': b(
    'Tulis nomor seperti `"+62 812 3456 7890"` (angka, spasi, +, tanda hubung; 7–20 karakter), dalam tanda kutip.',
    'Write the number like `"+62 812 3456 7890"` (digits, spaces, +, hyphens; 7–20 characters), in quotes.',
  ),
  'sellers.*.whatsapp': b(
    'Tulis nomor seperti `"+62 812 3456 7890"` (angka, spasi, +, tanda hubung; 7–20 karakter), dalam tanda kutip.',
    'Write the number like `"+62 812 3456 7890"` (digits, spaces, +, hyphens; 7–20 characters), in quotes.',
  ),
  series: b(
    'Tulis slug seri: huruf kecil, angka dan tanda hubung, misalnya `series: f1h2o`.',
    'Write the series as a slug: lower-case letters, digits and hyphens, e.g. `series: f1h2o`.',
  ),
  lastVerified: b('Tulis tanggal seperti `2026-06-17` (tahun-bulan-hari).', 'Write a date like `2026-06-17` (year-month-day).'),
  'sources.*': b('Tulis alamat web lengkap yang diawali https://.', 'Write a full web address starting with https://.'),
  origin: b(
    'Tulis asal produk sebagai daftar: `- district: balige` atau `- destination: desa-meat`.',
    'List where it comes from: `- district: balige` or `- destination: desa-meat`.',
  ),
  whereToBuy: b(
    'Tulis tempat membeli sebagai daftar: `- district: balige` atau `- destination: onan-balerong`.',
    'List where to buy it: `- district: balige` or `- destination: onan-balerong`.',
  ),
};

/** Fields whose advice holds at any depth (`whereToBuy.1.district` is a district like any other). */
const LEAF_HINTS = new Set(['district', 'category', 'kind']);

/** `photos.0.alt` → `photos.*.alt` for hint lookup. */
const hintKey = (field: string) => field.replace(/\.\d+(?=\.|$)/g, '.*');

export function hintFor(field: string): Bilingual | undefined {
  let key = hintKey(field);
  // A field that means the same everywhere (a district, a category) has its own advice, however deep it sits.
  const leaf = key.split('.').at(-1)!;
  if (key.includes('.') && !FIELD_HINTS[key] && LEAF_HINTS.has(leaf)) return FIELD_HINTS[leaf];
  for (;;) {
    if (FIELD_HINTS[key]) return FIELD_HINTS[key];
    const cut = key.lastIndexOf('.');
    if (cut < 0) return undefined;
    key = key.slice(0, cut);
  }
}
