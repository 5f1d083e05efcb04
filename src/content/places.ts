/**
 * Checks every map point of the validated entries against the official boundaries and the lake
 * (src/lib/geo/check.ts), and the rule that `precision: exact` is only for points checked on site.
 * Runs in the content checker, so the build, `npm run check:content` and the tests all apply it.
 */
import { checkPoint, type CheckedPoint, type Expected } from '../lib/geo/check';
import type { Bilingual, ContentIssue } from './messages';
import type { CheckedEntry } from './checked-entry';
import type { Location } from './shared-field-schemas';

const b = (id: string, en: string): Bilingual => ({ id, en });

/** A point of an entry, the field it is in and what the entry says about where it is. */
export interface EntryPoint {
  field: string;
  location: Location;
  expected: Expected;
}

/** Every point an entry gives: a destination's location, an event venue's, its sellers'. */
export function entryPoints(e: Pick<CheckedEntry, 'collection' | 'data'>): EntryPoint[] {
  const out: EntryPoint[] = [];
  const c = { collection: e.collection, data: e.data } as CheckedEntry;
  if (!c.data) return out;
  if (c.collection === 'destinations' && c.data?.location) {
    out.push({ field: 'location', location: c.data.location, expected: { district: c.data.district, village: c.data.village } });
  }
  if (c.collection === 'events' && c.data) {
    const v = c.data.venue;
    if ('name' in v && v.location) out.push({ field: 'venue.location', location: v.location, expected: { district: v.district } });
  }
  if (c.collection === 'products' && c.data) {
    c.data.sellers.forEach((s, i) => {
      if (s.location) out.push({ field: `sellers.${i}.location`, location: s.location, expected: { district: s.district } });
    });
  }
  return out;
}

export function checkPlaces(entries: readonly CheckedEntry[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const e of entries) {
    const d = e.data;
    if (!d) continue;
    for (const p of entryPoints(e)) {
      for (const i of checkPoint(p.location as CheckedPoint, p.expected, p.field)) issues.push({ file: e.file, ...i });
      if (p.location.precision === 'exact' && !('checkedOnSite' in d && d.checkedOnSite)) {
        issues.push({
          file: e.file,
          field: `${p.field}.precision`,
          code: 'exact-without-site-check',
          message: b(
            'Titik ini ditandai `exact`, tetapi tidak ada tanggal pemeriksaan di tempat (`checkedOnSite`). `exact` hanya untuk titik yang sudah dicek langsung di lokasi.',
            'This point is marked `exact`, but there is no date of an on-site check (`checkedOnSite`). `exact` is only for points checked on the spot.',
          ),
          fix: b(
            'Bila titik ini diambil dari sumber tertulis atau peta, ubah menjadi `precision: approximate`. Bila seseorang sudah memeriksanya di lokasi, tulis tanggalnya, misalnya `checkedOnSite: 2026-06-17`.',
            'If the point comes from written sources or a map, change it to `precision: approximate`. If someone has checked it on the spot, write the day, e.g. `checkedOnSite: 2026-06-17`.',
          ),
        });
      }
    }
  }
  return issues;
}
