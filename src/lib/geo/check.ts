/**
 * Places a content point in the official boundaries and the lake, and says what is wrong in words an
 * editor can act on: what was found there, and the fix. Used by the content checker for every
 * location (destinations, event venues, sellers).
 */
import type { Bilingual } from '../../content/messages';
import { getDistrict } from '../../content/districts';
import { closest } from '../text';
import { formatKm as km, type LatLng } from '../geo';
import { findVillage, placePoint, villageKey, villagesOf, type Area } from './boundaries';
import { LAKE_TOLERANCE_KM, lakeDepthKm } from './lake';

export interface PointIssue {
  /** Dotted field path, e.g. `location` or `village`. */
  field: string;
  code: 'outside-regency' | 'in-lake' | 'wrong-district' | 'wrong-village' | 'unknown-village';
  message: Bilingual;
  fix: Bilingual;
}

export interface CheckedPoint extends LatLng {
  /** The entry says the place is on the water (a floating jetty, a waterfall dropping into the lake). */
  onWater?: boolean | undefined;
}

export interface Expected {
  /** The kecamatan slug the entry names, if any. */
  district?: string | undefined;
  /** The desa/kelurahan the entry names, if any. */
  village?: string | undefined;
  /** Where the entry names the desa, for the message (default `village`). */
  villageField?: string;
}

const b = (id: string, en: string): Bilingual => ({ id, en });
/** Kelurahan codes have a fourth part starting with 1, desa with 2. */
const kind = (v: Area, lang: 'id' | 'en') =>
  v.code.split('.')[3]?.startsWith('1') ? (lang === 'id' ? 'Kelurahan' : 'kelurahan') : lang === 'id' ? 'Desa' : 'desa';

/**
 * Everything wrong with one point, for an entry that names `expected.district` and `expected.village`.
 * `field` is the location's path (`location`, `venue.location`, `sellers.0.location`).
 */
export function checkPoint(p: CheckedPoint, expected: Expected, field: string): PointIssue[] {
  const at = `${p.lat}, ${p.lng}`;
  const place = placePoint(p);
  if (!place.village) {
    const far = place.outsideKm ?? 0;
    const where = place.neighbour?.name;
    return [
      {
        field,
        code: 'outside-regency',
        message: b(
          `Titik ${at} ada ${where ? `di ${where}` : 'di luar Kabupaten Toba'}, ${km(far, 'id')} km dari batas Kabupaten Toba.`,
          `The point ${at} is ${where ? `in ${where}` : 'outside Kabupaten Toba'}, ${km(far, 'en')} km beyond the border of Kabupaten Toba.`,
        ),
        fix: b(
          'Periksa lintang dan bujur (mungkin tertukar atau salah ketik), lalu letakkan titik di wilayah Kabupaten Toba. Tempat di luar Toba (misalnya Samosir atau Parapat) tidak dimuat di situs ini.',
          'Check the latitude and longitude (they may be swapped or mistyped), then put the point inside Kabupaten Toba. Places outside Toba (e.g. Samosir or Parapat) do not belong on this site.',
        ),
      },
    ];
  }
  const issues: PointIssue[] = [];
  const depth = p.onWater ? 0 : lakeDepthKm(p);
  if (depth > LAKE_TOLERANCE_KM) {
    issues.push({
      field,
      code: 'in-lake',
      message: b(
        `Titik ${at} ada di perairan Danau Toba, sekitar ${km(depth, 'id')} km dari tepi danau.`,
        `The point ${at} is out on Lake Toba, about ${km(depth, 'en')} km from the shore.`,
      ),
      fix: b(
        `Pindahkan titik ke daratan atau ke tepi danau (salin koordinatnya dari peta). Bila tempat ini memang di atas air (misalnya dermaga apung atau air terjun yang jatuh ke danau), tulis \`onWater: true\` di dalam \`${field}\`.`,
        `Move the point onto land or to the shore (copy its coordinates from a map). If the place really is on the water (a floating jetty, a waterfall dropping into the lake), write \`onWater: true\` inside \`${field}\`.`,
      ),
    });
    // Out on the lake, the desa that owns that water says nothing useful: move the point first.
    return issues;
  }
  const named = expected.district ? getDistrict(expected.district) : undefined;
  const found = place.district;
  if (named && found && named.slug !== found.slug) {
    const v = place.village;
    issues.push({
      field,
      code: 'wrong-district',
      message: b(
        `Titik ini ada di Kecamatan ${found.name} (${kind(v, 'id')} ${v.name}), bukan ${named.name}.`,
        `This point is in Kecamatan ${found.name} (${kind(v, 'en')} ${v.name}), not ${named.name}.`,
      ),
      fix: b(
        `Pindahkan titik ke Kecamatan ${named.name}, atau tulis \`district: ${found.slug}\` bila tempatnya memang di ${found.name}.`,
        `Move the point into Kecamatan ${named.name}, or write \`district: ${found.slug}\` if the place really is in ${found.name}.`,
      ),
    });
    return issues;
  }
  if (named && expected.village) {
    const vf = expected.villageField ?? 'village';
    const wanted = findVillage(named, expected.village);
    if (!wanted) {
      const names = villagesOf(named).map((v) => v.name);
      const near = closest(villageKey(expected.village), names.map(villageKey), 4)
        .map((k) => names.find((n) => villageKey(n) === k)!)
        .filter(Boolean);
      issues.push({
        field: vf,
        code: 'unknown-village',
        message: b(
          `Kecamatan ${named.name} tidak punya desa atau kelurahan bernama "${expected.village}".`,
          `Kecamatan ${named.name} has no desa or kelurahan called "${expected.village}".`,
        ),
        fix: b(
          `Tulis namanya seperti dalam daftar resmi Kemendagri${near.length ? `, mungkin: ${near.join(', ')}` : ''}. Semua di ${named.name}: ${names.join(', ')}.`,
          `Write the name as in the official Kemendagri list${near.length ? `, perhaps: ${near.join(', ')}` : ''}. All in ${named.name}: ${names.join(', ')}.`,
        ),
      });
    } else if (wanted.code !== place.village.code) {
      const v = place.village;
      issues.push({
        field,
        code: 'wrong-village',
        message: b(
          `Titik ini ada di ${kind(v, 'id')} ${v.name}, bukan ${kind(wanted, 'id')} ${wanted.name}.`,
          `This point is in ${kind(v, 'en')} ${v.name}, not ${kind(wanted, 'en')} ${wanted.name}.`,
        ),
        fix: b(
          `Pindahkan titik ke ${kind(wanted, 'id')} ${wanted.name}, atau tulis \`${vf}: ${v.name}\` bila tempatnya memang di sana. Bila letaknya belum pasti, hapus \`${field}\`: tempat tanpa titik tetap tampil di halaman kecamatannya.`,
          `Move the point into ${kind(wanted, 'en')} ${wanted.name}, or write \`${vf}: ${v.name}\` if the place really is there. If nobody knows where it is, remove \`${field}\`: a place without a point still shows on its district's page.`,
        ),
      });
    }
  }
  return issues;
}
