/**
 * Turns schema problems into messages a tourism-office editor can act on:
 * the file, the field, what was expected and how to fix it, in Indonesian
 * and English. Used by the build, `npm run check:content` and the tests.
 */
import type { z } from 'astro/zod';
import { closest } from '../text';
import { CATEGORIES, FACILITIES, PRODUCT_KINDS, WEEKDAYS } from './vocab';
import { DISTRICT_SLUGS } from './districts';
import { site } from '../../config/site';
import { allowedKeys, fieldWords } from './field-names';

export interface Bilingual {
  id: string;
  en: string;
}

export interface ContentIssue {
  /** Path of the file, relative to the project (e.g. content/destinations/x/index.id.mdx). */
  file: string;
  /** Dotted field path (`location.lat`), or '' for the whole file. */
  field: string;
  /** 1-based line and column in the file, when the problem is at one spot (the body, a bad byte). */
  line?: number;
  column?: number;
  /** Machine-readable kind, stable for tests. */
  code: string;
  /** What is wrong. */
  message: Bilingual;
  /** How to fix it. */
  fix: Bilingual;
}

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

function hintFor(field: string): Bilingual | undefined {
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

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));
const TYPE_NAMES: Record<string, Bilingual> = {
  string: b('teks', 'text'),
  number: b('angka', 'a number'),
  boolean: b('true atau false', 'true or false'),
  array: b('daftar (baris yang diawali "- ")', 'a list (lines starting with "- ")'),
  object: b('kelompok isian bertingkat', 'a nested group of fields'),
  date: b('tanggal', 'a date'),
};
const typeName = (t: string) => TYPE_NAMES[t] ?? b(t, t);

/** The suggestion closest to what was typed, never what was typed itself ("Balige" still gets "balige"). */
function suggestion(typed: string, allowed: readonly string[]): string | undefined {
  return closest(typed, [...allowed]).find((g) => g !== typed);
}

const didYouMean = (guess: string | undefined) => (guess ? b(` Mungkin maksud Anda "${guess}"?`, ` Did you mean "${guess}"?`) : b('', ''));

/**
 * The branch of a union the editor most likely meant: the one whose problems are fewest, counting a
 * field of another shape (unrecognized key) or a missing field as a sign of the wrong branch.
 */
function likeliestBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] | undefined {
  const score = (issues: readonly z.core.$ZodIssue[]) =>
    issues.reduce(
      (n, i) => n + (i.code === 'unrecognized_keys' ? 10 : i.code === 'invalid_type' && !('input' in i && i.input !== undefined) ? 5 : 1),
      0,
    );
  return [...branches].filter((b) => b.length).sort((a, c) => score(a) - score(c))[0];
}

/** One Zod issue → one editor-facing issue. */
export function describeZodIssue(file: string, issue: z.core.$ZodIssue): ContentIssue {
  const field = issue.path.map(String).join('.');
  const hint = hintFor(field);
  const generic = (id: string, en: string) => hint ?? b(id, en);
  const input = 'input' in issue ? issue.input : undefined;
  // "Tempat membeli ke-2 → Kecamatan": the place in the file, in words.
  const words = fieldWords(file, issue.path);
  const W = field ? words : b('Berkas ini', 'This file');
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) {
        return {
          file,
          field,
          code: 'missing',
          message: b(`${W.id}: isian "${field}" belum ada.`, `${W.en}: field "${field}" is missing.`),
          fix: generic(
            `Tambahkan \`${issue.path.at(-1)?.toString() ?? field}:\` di bagian atas berkas.`,
            `Add \`${issue.path.at(-1)?.toString() ?? field}:\` to the frontmatter.`,
          ),
        };
      }
      const exp = typeName(issue.expected);
      return {
        file,
        field,
        code: 'wrong-type',
        message: b(`${W.id}: harus ${exp.id}, tetapi isinya ${show(input)}.`, `${W.en}: should be ${exp.en}, but it is ${show(input)}.`),
        fix: generic(`Ganti isinya menjadi ${exp.id}.`, `Change it to ${exp.en}.`),
      };
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const dym = didYouMean(typeof input === 'string' ? suggestion(input, allowed) : undefined);
      const code = field.endsWith('district') ? 'unknown-district' : field.endsWith('category') ? 'unknown-category' : 'not-allowed';
      return {
        file,
        field,
        code,
        message: b(`${W.id}: ${show(input)} tidak ada dalam daftar.${dym.id}`, `${W.en}: ${show(input)} is not an allowed value.${dym.en}`),
        fix: generic(`Pilih salah satu: ${allowed.join(', ')}.`, `Use one of: ${allowed.join(', ')}.`),
      };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys;
      // Suggest only among the fields allowed here, and never the key as typed.
      const here = allowedKeys(file, issue.path, input) ?? [...KNOWN_FIELDS];
      const guess = keys.map((k) => suggestion(k, here)).find(Boolean);
      const dym = didYouMean(guess);
      const f = [field, keys[0]].filter(Boolean).join('.');
      const place = field ? b(` di ${words.id}`, ` in ${words.en}`) : b('', '');
      const elsewhere = keys.some((k) => KNOWN_FIELDS.has(k));
      return {
        file,
        field: f,
        code: 'unknown-field',
        message: b(
          `Isian "${keys.join('", "')}" ${elsewhere ? 'tidak dipakai' : 'tidak dikenal'}${place.id}.${dym.id}`,
          `Field "${keys.join('", "')}" is ${elsewhere ? 'not used' : 'unknown'}${place.en}.${dym.en}`,
        ),
        fix: b(
          `Isian yang boleh di sini: ${here.join(', ')}. Periksa ejaannya, atau hapus isian itu. Daftar lengkap: docs/field-reference.md.`,
          `Fields allowed here: ${here.join(', ')}. Check the spelling, or remove the field. Full list: docs/field-reference.md.`,
        ),
      };
    }
    case 'too_small':
      if (issue.origin === 'string') {
        return {
          file,
          field,
          code: 'empty',
          message: b(`${W.id}: isian "${field}" kosong.`, `${W.en}: field "${field}" is empty.`),
          fix: generic('Isi dengan teks.', 'Fill it in.'),
        };
      }
      if (issue.origin === 'array') {
        return {
          file,
          field,
          code: 'too-few',
          message: b(
            `${W.id}: daftar ini perlu paling sedikit ${issue.minimum} isi.`,
            `${W.en}: this list needs at least ${issue.minimum} item(s).`,
          ),
          fix: generic('Tambahkan isi ke daftar.', 'Add an item to the list.'),
        };
      }
      return {
        file,
        field,
        code: 'too-small',
        message: b(
          `${W.id}: ${show(input)} terlalu kecil (paling kecil ${issue.minimum}).`,
          `${W.en}: ${show(input)} is too small (minimum ${issue.minimum}).`,
        ),
        fix: generic('Periksa angkanya.', 'Check the number.'),
      };
    case 'too_big':
      return {
        file,
        field,
        code: 'too-big',
        message: b(
          `${W.id}: ${show(input)} terlalu besar (paling besar ${issue.maximum}).`,
          `${W.en}: ${show(input)} is too big (maximum ${issue.maximum}).`,
        ),
        fix: generic('Periksa angkanya.', 'Check the number.'),
      };
    case 'invalid_format': {
      // "08.00-17.00": the most common slip, a dot where a colon belongs.
      const dots = typeof input === 'string' && /\d\.\d/.test(input) && field.startsWith('openingHours');
      return {
        file,
        field,
        code: issue.format === 'url' ? 'bad-url' : 'bad-format',
        message: b(
          `${W.id}: ${show(input)} tidak berformat benar.${dots ? ' Jam ditulis dengan titik dua, bukan titik.' : ''}`,
          `${W.en}: ${show(input)} is not in the right format.${dots ? ' Hours take a colon, not a dot.' : ''}`,
        ),
        fix: generic(
          issue.format === 'url'
            ? 'Tulis alamat web lengkap yang diawali https://, misalnya `https://tobakab.go.id/`.'
            : 'Lihat contoh penulisannya di docs/field-reference.md.',
          issue.format === 'url'
            ? 'Write a full web address starting with https://, e.g. `https://tobakab.go.id/`.'
            : 'See how to write it in docs/field-reference.md.',
        ),
      };
    }
    case 'invalid_union': {
      // Name the real problem inside the shape the editor meant, at any depth.
      const branch = likeliestBranch(issue.errors);
      if (branch?.[0]) return describeZodIssue(file, { ...branch[0], path: [...issue.path, ...branch[0].path] } as z.core.$ZodIssue);
      const options = 'options' in issue && Array.isArray(issue.options) ? (issue.options as unknown[]).map(String) : [];
      const typed = input && typeof input === 'object' ? (input as Record<string, unknown>)[String(issue.path.at(-1))] : input;
      if (options.length) {
        const dym = didYouMean(typeof typed === 'string' ? suggestion(typed, options) : undefined);
        return {
          file,
          field,
          code: 'not-allowed',
          message: b(
            `${W.id}: ${show(typed)} tidak ada dalam daftar.${dym.id}`,
            `${W.en}: ${show(typed)} is not an allowed value.${dym.en}`,
          ),
          fix:
            hintFor(field.replace(/\.[^.]+$/, '')) ?? b(`Pilih salah satu: ${options.join(', ')}.`, `Use one of: ${options.join(', ')}.`),
        };
      }
      return {
        file,
        field,
        code: 'bad-shape',
        message: b(`${W.id}: bentuknya tidak cocok dengan yang diizinkan.`, `${W.en}: does not match any allowed shape.`),
        fix: generic('Periksa contoh di docs/field-reference.md.', 'See the examples in docs/field-reference.md.'),
      };
    }
    case 'custom':
      return describeCustom(file, field, issue.message, (issue.params ?? {}) as Record<string, unknown>, hint, W);
    default:
      return {
        file,
        field,
        code: issue.code,
        message: b(`${W.id}: ${issue.message}`, `${W.en}: ${issue.message}`),
        fix: generic('Periksa isian ini.', 'Check this field.'),
      };
  }
}

function describeCustom(
  file: string,
  field: string,
  key: string,
  params: Record<string, unknown>,
  hint: Bilingual | undefined,
  W: Bilingual,
): ContentIssue {
  const bb = site.bounds;
  switch (key) {
    case 'outside-bounds':
      return {
        file,
        field,
        code: 'outside-bounds',
        message: b(
          `${W.id}: lokasi ini berada di luar Kabupaten Toba (lintang ${bb.south}–${bb.north}, bujur ${bb.west}–${bb.east}).`,
          `${W.en}: the location is outside Kabupaten Toba (latitude ${bb.south}–${bb.north}, longitude ${bb.west}–${bb.east}).`,
        ),
        fix: b(
          'Periksa lintang dan bujur: mungkin tertukar, atau tanda minus salah. Tempat di luar Toba (mis. Samosir, Parapat) tidak dimuat di situs ini.',
          'Check latitude and longitude: they may be swapped, or a minus sign is wrong. Places outside Toba (e.g. Samosir, Parapat) do not belong on this site.',
        ),
      };
    case 'impossible-date':
      return {
        file,
        field,
        code: 'impossible-date',
        message: b(
          `${W.id}: tanggal ${show(params.value ?? '')} tidak ada di kalender.`,
          `${W.en}: the date ${show(params.value ?? '')} does not exist.`,
        ),
        fix: b(
          'Periksa hari dan bulannya (misalnya Februari hanya 28 atau 29 hari). Format: `2026-06-17`.',
          'Check the day and month (February has only 28 or 29 days). Format: `2026-06-17`.',
        ),
      };
    case 'date-format':
      return {
        file,
        field,
        code: 'date-format',
        message: b(
          `${W.id}: tanggal ${show(params.value)} tidak berformat tahun-bulan-hari.`,
          `${W.en}: the date ${show(params.value)} is not in year-month-day form.`,
        ),
        fix: hint ?? b('Tulis seperti `2026-06-17` atau `"2026-06-17 09:00"`.', 'Write it like `2026-06-17` or `"2026-06-17 09:00"`.'),
      };
    case 'end-before-start':
      return {
        file,
        field,
        code: 'end-before-start',
        message: b(
          `Tanggal selesai (${params.end}) lebih awal dari tanggal mulai (${params.start}).`,
          `The end (${params.end}) is before the start (${params.start}).`,
        ),
        fix: b(
          'Perbaiki `end` atau `start`; mungkin tahun atau bulannya tertukar.',
          'Fix `end` or `start`; the year or month may be mixed up.',
        ),
      };
    case 'weekly-days':
      return {
        file,
        field,
        code: 'weekly-days',
        message: params.both
          ? b('Acara mingguan ini menulis `weekday` dan `weekdays` sekaligus.', 'This weekly event has both `weekday` and `weekdays`.')
          : b('Acara mingguan ini belum menyebut harinya.', 'This weekly event does not say on which day.'),
        fix: b(
          'Tulis satu hari seperti `weekday: fri`, atau beberapa hari seperti `weekdays: [tue, fri]` (hanya salah satu).',
          'Write one day like `weekday: fri`, or several like `weekdays: [tue, fri]` (only one of the two).',
        ),
      };
    case 'not-in-schedule':
      return {
        file,
        field,
        code: 'not-in-schedule',
        message: b(
          `Tanggal ${params.value} bukan salah satu tanggal acara menurut polanya, jadi tidak ada yang dibatalkan atau dipindah.`,
          `${params.value} is not one of the event's days under its rule, so nothing is cancelled or moved.`,
        ),
        fix: params.closest
          ? b(
              `Tanggal acara terdekat menurut pola adalah ${params.closest}; tulis tanggal itu.`,
              `The nearest day of the rule is ${params.closest}; write that day.`,
            )
          : b('Tulis tanggal yang memang diberikan oleh pola acara.', 'Write a day the rule actually gives.'),
      };
    case 'range-reversed':
      return {
        file,
        field,
        code: 'range-reversed',
        message: b(`${W.id}: lebih kecil dari "amount".`, `${W.en}: smaller than "amount".`),
        fix: b(
          'Tulis harga terendah di `amount` dan tertinggi di `amountMax`.',
          'Put the lowest price in `amount` and the highest in `amountMax`.',
        ),
      };
    case 'image-missing':
      return {
        file,
        field,
        code: 'image-missing',
        message: b(
          `${W.id}: foto ${show(params.value)} tidak ditemukan di samping berkas ini.`,
          `${W.en}: photo ${show(params.value)} was not found next to this file.`,
        ),
        fix: photoFix(params),
      };
    default:
      return {
        file,
        field,
        code: key,
        message: b(`${W.id}: ${key}`, `${W.en}: ${key}`),
        fix: hint ?? b('Periksa isian ini.', 'Check this field.'),
      };
  }
}

/** What to do about a missing photo: the photos that are in the folder (the likeliest first), or how to add one. */
function photoFix(params: Record<string, unknown>): Bilingual {
  const available = Array.isArray(params.available) ? (params.available as string[]) : [];
  const typed = String(params.value ?? '').replace(/^\.\//, '');
  if (!available.length)
    return b(
      'Folder entri ini belum berisi foto. Salin file fotonya ke folder yang sama dengan index.id.mdx, lalu tulis `src: ./nama-foto.jpg`.',
      'This entry folder has no photos yet. Copy the photo file into the same folder as index.id.mdx, then write `src: ./photo-name.jpg`.',
    );
  const guess = suggestion(typed, available);
  const list = available.map((f) => `./${f}`).join(', ');
  return b(
    `Foto di folder ini: ${list}.${guess ? ` Mungkin maksud Anda "./${guess}"?` : ''} Nama harus sama persis, termasuk huruf besar/kecil dan akhiran (.jpg, .png).`,
    `Photos in this folder: ${list}.${guess ? ` Did you mean "./${guess}"?` : ''} The name must match exactly, including upper/lower case and the ending (.jpg, .png).`,
  );
}

/** Every field name used by the schemas, for spelling suggestions. */
const KNOWN_FIELDS = new Set([
  'title',
  'summary',
  'photos',
  'sources',
  'lastVerified',
  'checkedOnSite',
  'onWater',
  'uncertain',
  'draft',
  'category',
  'district',
  'village',
  'location',
  'lat',
  'lng',
  'precision',
  'address',
  'openingHours',
  'fees',
  'facilities',
  'accessibility',
  'bestTime',
  'gettingThere',
  'safety',
  'aliases',
  'featured',
  'start',
  'end',
  'recurrence',
  'dateApproximate',
  'venue',
  'organiser',
  'price',
  'links',
  'series',
  'kind',
  'origin',
  'whereToBuy',
  'sellers',
  'priceRange',
  'certifications',
  'label',
  'amount',
  'amountMax',
  'year',
  'src',
  'alt',
  'credit',
  'license',
  'note',
  'name',
  'destination',
  'phone',
  'whatsapp',
  'number',
  'freq',
  'weekday',
  'weekdays',
  'week',
  'month',
  'except',
  'moved',
  'from',
  'to',
  'url',
  'place',
]);

/** `file`, or `file:line:column` (the form editors' tools turn into a link to the spot). */
export const where = (i: Pick<ContentIssue, 'file' | 'line' | 'column'>) =>
  i.line ? `${i.file}:${i.line}${i.column ? `:${i.column}` : ''}` : i.file;

/** A plain-text report, one block per issue, in one language. */
export function formatIssues(issues: readonly ContentIssue[], lang: 'id' | 'en' = 'id'): string {
  const fixLabel = lang === 'id' ? 'Cara memperbaiki' : 'How to fix';
  const fieldLabel = lang === 'id' ? 'isian' : 'field';
  return issues
    .map((i) => {
      const head = `✗ ${where(i)}${i.field ? ` — ${fieldLabel} "${i.field}"` : ''}`;
      const fix = i.fix[lang].split('\n').join('\n      ');
      return `${head}\n    ${i.message[lang]}\n    ${fixLabel}: ${fix}`;
    })
    .join('\n\n');
}
