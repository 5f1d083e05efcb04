/**
 * Covers show where each entry is (src/content/views/covers.ts), checked on the e2e fixture corpus
 * (tests/fixtures/site/), never on the office's content/: rules that hold for any valid corpus.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type CheckedEntry } from '../../../src/content/validate';
import { coverSpecs, drawCover, whereWords, type CoverCorpus, type CoverSpec } from '../../../src/content/views/covers';
import { getDistrict } from '../../../src/content/districts';

const { entries } = checkContent(path.resolve('tests/fixtures/site'));
/** The valid entries of one collection, in the shapes coverSpecs() reads (references are plain slugs here). */
const of = (c: CheckedEntry['collection']) => entries.filter((e) => e.collection === c && e.data) as never[];
const corpus: CoverCorpus = {
  destinations: of('destinations'),
  events: of('events'),
  products: of('products'),
  pages: new Map((of('pages') as { slug: string; data: { title: string } }[]).map((p) => [p.slug, p])),
};
const specs = coverSpecs(corpus);
const covers = new Map(specs.map((s) => [`${s.collection}/${s.slug}`, drawCover(s)]));
const spec = (key: string) => specs.find((s) => `${s.collection}/${s.slug}` === key)!;
const data = (key: string) => entries.find((e) => `${e.collection}/${e.slug}` === key)!.data as unknown as Record<string, unknown>;

describe('covers of the fixture corpus', () => {
  it('one for every entry, district and practical page', () => {
    const published = entries.filter((e) => ['destinations', 'events', 'products', 'pages'].includes(e.collection) && e.data);
    expect(covers.size).toBe(published.length + 16);
  });

  it('are pairwise different, by what they show: place, name and glyph (without the seeded strip)', () => {
    const shown = [...covers.values()].map((svg) => svg.replace(/<pattern\b.*?<\/pattern>/, ''));
    const seen = new Map<string, string>();
    [...covers.keys()].forEach((key, i) => {
      expect(seen.get(shown[i]!), `${key} looks like ${seen.get(shown[i]!)}`).toBeUndefined();
      seen.set(shown[i]!, key);
    });
  });

  it('are small SVG files', () => {
    for (const [key, svg] of covers) {
      expect(svg, key).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(Buffer.byteLength(svg), key).toBeLessThan(8 * 1024);
    }
  });

  it("fill each entry's kecamatan and name it", () => {
    for (const s of specs.filter((x) => x.collection !== 'pages')) {
      expect(s.place.districts.length, `${s.collection}/${s.slug}`).toBeGreaterThan(0);
      for (const d of s.place.districts) expect(getDistrict(d), d).toBeDefined();
      expect(covers.get(`${s.collection}/${s.slug}`)).toContain(s.collection === 'districts' ? 'Kabupaten Toba' : whereWords(s.place));
    }
  });

  it('mark a destination where it is: a circle for an approximate point, nothing without one', () => {
    for (const s of specs.filter((x) => x.collection === 'destinations')) {
      const location = data(`destinations/${s.slug}`).location as { lat: number; lng: number; precision: string } | undefined;
      const svg = covers.get(`destinations/${s.slug}`)!;
      if (!location) {
        expect(s.place.pins, s.slug).toEqual([]);
        expect(svg, s.slug).not.toContain('stroke-dasharray');
        continue;
      }
      expect(s.place.pins).toEqual([{ lat: location.lat, lng: location.lng, approximate: location.precision !== 'exact' }]);
      if (location.precision !== 'exact') expect(svg, s.slug).toMatch(/<circle [^>]*stroke-dasharray/);
    }
    expect(spec('destinations/bukit-tanpa-titik').place).toEqual({ districts: ['balige'], pins: [] });
  });

  it("put an event at its venue's place, and a product at its origin's", () => {
    for (const s of specs.filter((x) => x.collection === 'events')) {
      const venue = data(`events/${s.slug}`).venue as { destination?: string; district?: string };
      if (venue.destination) expect(s.place, s.slug).toEqual(spec(`destinations/${venue.destination}`).place);
      else expect(s.place.districts, s.slug).toEqual([venue.district]);
    }
    for (const s of specs.filter((x) => x.collection === 'products')) {
      const origin = data(`products/${s.slug}`).origin as { destination?: string; district?: string }[];
      const expected = origin.flatMap((o): string[] => (o.district ? [o.district] : spec(`destinations/${o.destination}`).place.districts));
      expect(s.place.districts, s.slug).toEqual([...new Set(expected)]);
    }
  });
});

describe('where a cover says the place is', () => {
  const at = (districts: string[]): CoverSpec['place'] => ({ districts, pins: [] });
  it('names the kecamatan, or the regency when there is none', () => {
    expect(whereWords(at(['balige']))).toBe('Kec. Balige');
    expect(whereWords(at(['balige', 'laguboti']))).toBe('Kec. Balige, Laguboti');
    expect(whereWords(at(['balige', 'laguboti', 'porsea']))).toBe('3 kecamatan');
    expect(whereWords(at([]))).toBe('Kabupaten Toba');
  });
});
