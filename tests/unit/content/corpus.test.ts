/**
 * Guards on the real corpus in content/: it is all valid, every entry is
 * translated, nothing outside the regency is presented as a Toba destination,
 * and every coordinate sits near its district.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/validate';
import { DISTRICTS, getDistrict } from '../../../src/lib/content/districts';
import { OUTSIDE_TOBA } from '../../../src/data/outside-toba';
import { distanceKm } from '../../../src/lib/geo';
import { inBounds } from '../../../src/config/site';

const { entries, errors, warnings } = checkContent(path.resolve('content'));
const of = (c: string) => entries.filter((e) => e.collection === c);
type Loc = { lat: number; lng: number };

describe('the Toba corpus', () => {
  it('passes the content checker', () => {
    expect(errors).toEqual([]);
  });
  it('has the destinations, events and products of the fact sheet', () => {
    // Fact sheet: 32 destinations (2 left out, see content/_excluded.md), 15 events (19 entries: one per edition), 17 products.
    expect(of('destinations').length).toBeGreaterThanOrEqual(30);
    expect(of('events').length).toBeGreaterThanOrEqual(15);
    expect(of('products')).toHaveLength(17);
    expect(of('districts')).toHaveLength(DISTRICTS.length);
    expect(
      of('pages')
        .map((p) => p.slug)
        .sort(),
    ).toEqual(['about', 'about-toba', 'getting-here']);
  });
  it('has every entry in English too', () => {
    expect(warnings.filter((w) => w.code === 'missing-translation')).toEqual([]);
    for (const e of entries) expect(e.en, e.file).toBeDefined();
  });
  it('keeps summaries short enough for cards and search results', () => {
    for (const e of entries) {
      const summaries = [(e.data as { summary: string }).summary, e.en?.summary ?? ''];
      for (const s of summaries) expect(s.length, `${e.file}: ${s}`).toBeLessThanOrEqual(170);
    }
  });
  it('presents no place outside the regency as a Toba destination', () => {
    for (const d of of('destinations')) {
      const names = [(d.data as { title: string }).title, d.en?.title ?? '', ...((d.data as { aliases: string[] }).aliases ?? [])]
        .join(' | ')
        .toLowerCase();
      for (const place of OUTSIDE_TOBA)
        expect(names, `${d.file} names ${place.name} (${place.regency})`).not.toContain(place.name.toLowerCase());
    }
  });
  it('puts every destination inside the regency and within 25 km of its district centre', () => {
    for (const d of of('destinations')) {
      const data = d.data as { location?: Loc; district: string };
      // A place nobody has pinned yet has no point to check.
      if (!data.location) continue;
      expect(inBounds(data.location.lat, data.location.lng), d.file).toBe(true);
      const km = distanceKm(data.location, getDistrict(data.district)!.center);
      expect(km, `${d.file} is ${km.toFixed(1)} km from ${data.district}`).toBeLessThanOrEqual(25);
    }
  });
  it('links events to existing venues and recurring events carry their rule', () => {
    const recurring = of('events')
      .filter((e) => (e.data as { recurrence?: unknown }).recurrence)
      .map((e) => e.slug);
    expect(recurring.length).toBeGreaterThanOrEqual(6);
  });
  it('gives Kopi Arabika Toba its geographical indication', () => {
    const kopi = of('products').find((p) => p.slug === 'kopi-arabika-toba');
    const certs = (kopi?.data as { certifications: { kind: string; number?: string }[] }).certifications;
    expect(certs.some((c) => c.kind === 'geographical-indication' && c.number)).toBe(true);
  });
  it('writes bodies of a useful length', () => {
    for (const e of entries.filter((x) => ['destinations', 'events', 'products'].includes(x.collection))) {
      const words = e.body.split(/\s+/).filter(Boolean).length;
      expect(words, e.file).toBeGreaterThanOrEqual(80);
    }
  });
});
