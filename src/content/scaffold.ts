/**
 * `npm run new`: creates a new destination, event, product or itinerary
 * folder with its files (see ./templates.ts), after checking what the editor
 * typed: the type, a valid and unused slug, an official district, a real date,
 * an itinerary's stops (./scaffold-itinerary.ts).
 *
 * Answers come from the command line or, in a terminal, from questions
 * (`ask`); the logic here is plain and unit-tested, scripts/new-entry.ts only
 * wires it to the terminal.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import idStrings from '../i18n/id.json';
import { CATEGORIES, PRODUCT_KINDS, type Category, type ProductKind } from './vocab';
import { DISTRICTS, type DistrictSlug } from './districts';
import { SLUG_RE } from './shared-field-schemas';
import { dateValue } from './date-value-schema';
import type { Bilingual } from './messages';
import { closest, slugify } from '../lib/text';
import { renderEnglish, renderIndonesian, type NewEntry, type NewEntryCollection } from './templates';
import type { Result } from './new-entry';
import { resolvePoint, resolveVillage } from './scaffold-place';
import { itineraryErrors, resolveStartAt, splitDays } from './scaffold-itinerary';

const b = (id: string, en: string): Bilingual => ({ id, en });

/** What editors may type as the entry type, in either language. */
export const TYPE_WORDS: Record<string, NewEntryCollection> = {
  destinasi: 'destinations',
  destination: 'destinations',
  destinations: 'destinations',
  acara: 'events',
  event: 'events',
  events: 'events',
  produk: 'products',
  product: 'products',
  products: 'products',
  'ide-perjalanan': 'itineraries',
  itinerary: 'itineraries',
  itineraries: 'itineraries',
};

/** Answers so far: from flags, or from questions. Strings as typed. */
export interface Answers {
  type?: string | undefined;
  title?: string | undefined;
  district?: string | undefined;
  category?: string | undefined;
  kind?: string | undefined;
  village?: string | undefined;
  /** The place's point, from --lat/--lng: it decides the district and the village. */
  lat?: string | undefined;
  lng?: string | undefined;
  start?: string | undefined;
  destination?: string | undefined;
  titleEn?: string | undefined;
  slug?: string | undefined;
  /** An itinerary's days: one string per day, its stops' destination slugs separated by commas. */
  stops?: string[] | undefined;
  /** An itinerary's start: balige, silangit or ajibata. */
  startAt?: string | undefined;
}

export type { Result } from './new-entry';
export { resolvePoint, resolveVillage, type PlacedPoint } from './scaffold-place';

export function resolveType(word: string): Result<NewEntryCollection> {
  const type = TYPE_WORDS[word.trim().toLowerCase()];
  if (type) return { ok: type };
  return {
    error: b(
      `Jenis "${word}" tidak dikenal. Pilih destinasi, acara, produk atau ide-perjalanan.`,
      `Unknown type "${word}". Use destination, event, product or itinerary.`,
    ),
  };
}

/** A district by its official name (any case, with or without "Kecamatan") or its slug. */
export function resolveDistrict(input: string): Result<DistrictSlug> {
  const wanted = slugify(input.replace(/^\s*kec(amatan|\.)?\s+/i, ''));
  const found = DISTRICTS.find((d) => d.slug === wanted);
  if (found) return { ok: found.slug };
  const near = closest(
    wanted,
    DISTRICTS.map((d) => d.slug),
  );
  const names = DISTRICTS.map((d) => d.name).join(', ');
  const dym = near.length ? b(` Mungkin maksud Anda "${near[0]}"?`, ` Did you mean "${near[0]}"?`) : b('', '');
  return {
    error: b(
      `"${input}" bukan kecamatan di Kabupaten Toba.${dym.id} Kecamatan: ${names}.`,
      `"${input}" is not a district of Kabupaten Toba.${dym.en} Districts: ${names}.`,
    ),
  };
}

/** The Indonesian word the site uses for a category or product kind (`category.beach` → "pantai"), lower case. */
export const indonesianLabel = (key: string) => (idStrings as Record<string, string>)[key]?.toLowerCase() ?? '';
const mentions = (title: string, words: string) =>
  words !== '' && ` ${slugify(title).replace(/-/g, ' ')} `.includes(` ${slugify(words).replace(/-/g, ' ')} `);

/** A category named in the title by its Indonesian label ("Air Terjun …" → waterfall), if any. */
export function guessCategory(title: string): Category | undefined {
  return CATEGORIES.find((c) => mentions(title, indonesianLabel(`category.${c}`)));
}

/** A product kind named in the title ("Kopi …" → coffee), if any. */
export function guessKind(title: string): ProductKind | undefined {
  return PRODUCT_KINDS.find((k) => mentions(title, indonesianLabel(`kind.${k}`)));
}

function choice<T extends string>(value: string, allowed: readonly T[], what: Bilingual): Result<T> {
  const v = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return { ok: v as T };
  const dym = closest(v, allowed);
  return {
    error: b(
      `${what.id} "${value}" tidak ada dalam daftar.${dym.length ? ` Mungkin maksud Anda "${dym[0]}"?` : ''} Pilihan: ${allowed.join(', ')}.`,
      `${what.en} "${value}" is not in the list.${dym.length ? ` Did you mean "${dym[0]}"?` : ''} Choices: ${allowed.join(', ')}.`,
    ),
  };
}

export const resolveCategory = (v: string) => choice(v, CATEGORIES, b('Kategori', 'Category'));
export const resolveKind = (v: string) => choice(v, PRODUCT_KINDS, b('Jenis', 'Kind'));

export function resolveDate(v: string): Result<string> {
  const r = dateValue().safeParse(v);
  if (r.success) return { ok: r.data.replace('T', ' ') };
  return {
    error: b(
      `Tanggal "${v}" tidak sah. Tulis seperti 2027-06-17, atau 2027-06-17 09:00 dengan jam WIB.`,
      `"${v}" is not a valid date. Write it like 2027-06-17, or 2027-06-17 09:00 with a WIB time.`,
    ),
  };
}

/** A destination that exists, by its slug (the folder name). */
export function resolveDestination(root: string, v: string): Result<string> {
  const slug = slugify(v);
  const known = existsSync(path.join(root, 'destinations')) ? readdirSync(path.join(root, 'destinations')) : [];
  if (known.includes(slug)) return { ok: slug };
  const near = closest(slug, known, 6);
  return {
    error: b(
      `Tidak ada destinasi "${v}" di ${path.join('content', 'destinations')}.${near.length ? ` Mungkin: ${near.join(', ')}.` : ''} Tulis slug-nya, yaitu nama folder destinasi itu.`,
      `There is no destination "${v}".${near.length ? ` Perhaps: ${near.join(', ')}.` : ''} Write its slug: the destination's folder name.`,
    ),
  };
}

/** Checks answers and turns them into a new entry; every problem is reported at once. */
export function planEntry(root: string, a: Answers, today: string): { entry: NewEntry } | { errors: Bilingual[] } {
  const errors: Bilingual[] = [];
  const take = <T>(r: Result<T> | undefined): T | undefined => {
    if (!r) return undefined;
    if ('error' in r) {
      errors.push(r.error);
      return undefined;
    }
    return r.ok;
  };
  const need = (v: string | undefined, what: Bilingual) => {
    if (v?.trim()) return v.trim();
    errors.push(b(`${what.id} belum diisi.`, `${what.en} is missing.`));
    return undefined;
  };
  const typeIn = need(a.type, b('Jenis entri (destinasi, acara atau produk)', 'The entry type (destination, event or product)'));
  const collection = typeIn ? take(resolveType(typeIn)) : undefined;
  const title = need(a.title, b('Judul', 'The title'));
  const hasPoint = Boolean(a.lat?.trim() || a.lng?.trim());
  // An itinerary has no kecamatan of its own: its stops have theirs.
  const trip = collection === 'itineraries';
  const districtIn =
    hasPoint || trip ? a.district?.trim() || undefined : need(a.district, b('Kecamatan (--kecamatan)', 'The district (--district)'));
  const named = districtIn ? take(resolveDistrict(districtIn)) : undefined;
  const point = hasPoint && (!districtIn || named) ? take(resolvePoint(a.lat ?? '', a.lng ?? '', named, a.village)) : undefined;
  const district = point?.district ?? named;
  const village = !point && district && a.village?.trim() ? take(resolveVillage(district, a.village)) : point?.village;
  const slug = a.slug?.trim() || (title ? slugify(title) : '');
  if (title && !SLUG_RE.test(slug))
    errors.push(
      b(
        `Slug "${slug}" tidak sah: pakai huruf kecil, angka dan tanda hubung.`,
        `Slug "${slug}" is not valid: use lower-case letters, digits and hyphens.`,
      ),
    );
  if (collection && slug && existsSync(path.join(root, collection, slug))) {
    errors.push(
      b(
        `Slug "${slug}" sudah dipakai: ${path.join(path.basename(root), collection, slug)} sudah ada. Pilih judul lain, atau tentukan slug lain dengan --slug.`,
        `The slug "${slug}" is taken: ${path.join(path.basename(root), collection, slug)} already exists. Choose another title, or another slug with --slug.`,
      ),
    );
  }
  const category =
    collection === 'destinations' ? (a.category ? take(resolveCategory(a.category)) : guessCategory(title ?? '')) : undefined;
  const kind = collection === 'products' ? (a.kind ? take(resolveKind(a.kind)) : guessKind(title ?? '')) : undefined;
  const start = collection === 'events' && a.start?.trim() ? take(resolveDate(a.start)) : undefined;
  const destination = a.destination?.trim() && collection !== 'destinations' ? take(resolveDestination(root, a.destination)) : undefined;
  const days = trip ? splitDays(a.stops ?? []) : undefined;
  if (days) errors.push(...itineraryErrors(root, days));
  const startAt = trip ? take(resolveStartAt(a.startAt?.trim() || 'balige')) : undefined;
  if (errors.length || !collection || !title || (!district && !trip)) return { errors };
  return {
    entry: {
      collection,
      title,
      slug,
      district,
      today,
      category,
      kind,
      village,
      location: point ? { lat: point.lat, lng: point.lng } : undefined,
      start,
      destination,
      titleEn: a.titleEn?.trim() || undefined,
      startAt,
      days,
    },
  };
}

/** Writes the entry's folder and files; returns the paths written. */
export function writeEntry(root: string, entry: NewEntry): string[] {
  const dir = path.join(root, entry.collection, entry.slug);
  mkdirSync(dir, { recursive: true });
  const files = [path.join(dir, 'index.id.mdx')];
  writeFileSync(files[0]!, renderIndonesian(entry), { flag: 'wx' });
  if (entry.titleEn) {
    files.push(path.join(dir, 'index.en.mdx'));
    writeFileSync(files[1]!, renderEnglish(entry), { flag: 'wx' });
  }
  return files;
}
