/**
 * `npm run new`: where a new place is, from what the editor typed: a desa by its official name, or a
 * point (--lat/--lng) placed in the official boundaries (see ./scaffold.ts).
 */
import type { Bilingual } from './messages';
import type { Result } from './new-entry';
import { DISTRICTS, type DistrictSlug } from './districts';
import { closest } from '../lib/text';
import { findVillage, placePoint, villagesOf } from '../lib/geo/boundaries';
import { checkPoint } from '../lib/geo/check';

const b = (id: string, en: string): Bilingual => ({ id, en });

/** A desa or kelurahan of the district, by its official name (case, spaces and hyphens do not matter). */
export function resolveVillage(district: DistrictSlug, name: string): Result<string> {
  const d = DISTRICTS.find((x) => x.slug === district)!;
  const found = findVillage(d, name);
  if (found) return { ok: found.name };
  const names = villagesOf(d).map((v) => v.name);
  const near = closest(
    name.toLowerCase(),
    names.map((n) => n.toLowerCase()),
    4,
  ).map((n) => names.find((x) => x.toLowerCase() === n)!);
  return {
    error: b(
      `Kecamatan ${d.name} tidak punya desa atau kelurahan bernama "${name}".${near.length ? ` Mungkin: ${near.join(', ')}.` : ''} Semua: ${names.join(', ')}.`,
      `Kecamatan ${d.name} has no desa or kelurahan called "${name}".${near.length ? ` Perhaps: ${near.join(', ')}.` : ''} All: ${names.join(', ')}.`,
    ),
  };
}

/** What to do about a refused point on the command line (the checker's own fixes speak of fields). */
const POINT_FIXES: Partial<Record<string, Bilingual>> = {
  'outside-regency': b(
    'Periksa --lat dan --lng: mungkin tertukar atau salah ketik. Tempat di luar Kabupaten Toba tidak dimuat di situs ini.',
    'Check --lat and --lng: they may be swapped or mistyped. Places outside Kabupaten Toba do not belong on this site.',
  ),
  'in-lake': b(
    'Periksa --lat dan --lng. Bila tempatnya memang di atas air, buat entri dengan --kecamatan, lalu tulis titiknya dengan `onWater: true` di bagian `location`.',
    'Check --lat and --lng. If the place really is on the water, create the entry with --district, then write its point with `onWater: true` under `location`.',
  ),
  'wrong-district': b(
    'Tanpa --kecamatan, kecamatan diisi dari titiknya; atau periksa --lat dan --lng.',
    'Leave out --district and the point decides it; or check --lat and --lng.',
  ),
};

export interface PlacedPoint {
  lat: number;
  lng: number;
  district: DistrictSlug;
  village: string;
}

/**
 * A point from --lat/--lng, placed in the official boundaries: its kecamatan and desa. Refused with the
 * content checker's own message when it is outside the regency or out on the lake, or when it
 * contradicts a district or village the editor also typed.
 */
export function resolvePoint(lat: string, lng: string, district?: string, village?: string): Result<PlacedPoint> {
  const [y, x] = [Number(lat.trim().replace(',', '.')), Number(lng.trim().replace(',', '.'))];
  if (!lat.trim() || !lng.trim() || !Number.isFinite(y) || !Number.isFinite(x)) {
    return {
      error: b(
        `Titik "${lat}, ${lng}" tidak sah. Tulis --lat dan --lng sebagai angka desimal, misalnya --lat 2.3485 --lng 99.0740.`,
        `"${lat}, ${lng}" is not a valid point. Give --lat and --lng as decimal numbers, e.g. --lat 2.3485 --lng 99.0740.`,
      ),
    };
  }
  const p = { lat: y, lng: x };
  const problem = checkPoint(p, { district, village, villageField: '--desa' }, 'location')[0];
  if (problem) {
    const fix = POINT_FIXES[problem.code] ?? problem.fix;
    return { error: b(`${problem.message.id} ${fix.id}`, `${problem.message.en} ${fix.en}`) };
  }
  const place = placePoint(p);
  return { ok: { ...p, district: place.district!.slug, village: village?.trim() || place.village!.name } };
}
