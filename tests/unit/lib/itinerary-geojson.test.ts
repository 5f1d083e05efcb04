/**
 * /data/itineraries.geojson's builder: one MultiLineString per itinerary, a line per day, from made-up
 * entries; and the fixture site's itinerary (tests/fixtures/site/itineraries/dua-hari-uji), read by the
 * checker, validates against the published JSON Schema (Ajv, an independent validator).
 */
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildItineraries, type ItineraryInput, type StopInput } from '../../../src/lib/itinerary-geojson';
import { itinerariesJsonSchema, itineraryCollection, ROUTE_PROPERTIES } from '../../../src/lib/opendata/itineraries';
import { START_POINTS } from '../../../src/lib/trip/plan';
import { checkContent } from '../../../src/content/validate';

const license = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
const stop = (slug: string, lat?: number, lng?: number): StopInput => ({
  slug,
  data: { location: lat === undefined ? undefined : { lat, lng: lng! } },
});
const destinations = [stop('a', 2.34, 99.07), stop('b', 2.35, 99.08), stop('c', 2.5, 99.0), stop('unpinned')];
const twoDays: ItineraryInput = {
  slug: 'dua-hari',
  data: {
    title: 'Dua hari',
    summary: 'Ringkas',
    start: 'silangit',
    days: [
      {
        title: { id: 'Kota', en: 'Town' },
        stops: [{ destination: { id: 'a' } }, { destination: { id: 'unpinned' } }, { destination: { id: 'b' } }],
      },
      { stops: [{ destination: { id: 'c' } }] },
    ],
  },
  en: { data: { title: 'Two days', summary: 'Short' } },
};
const nowhere: ItineraryInput = {
  slug: 'tanpa-titik',
  data: { title: 'Tanpa titik', summary: 'x', start: 'balige', days: [{ stops: [{ destination: { id: 'unpinned' } }] }] },
};

describe('itineraries.geojson', () => {
  const built = buildItineraries(
    { itineraries: [twoDays, nowhere], destinations },
    { base: '/wisata/', license, origin: 'https://example.go.id' },
  );
  const [route] = built.features;

  it('draws each day as a line: day 1 from the start, day 2 from where day 1 ended', () => {
    const s = START_POINTS.silangit;
    expect(route!.geometry).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [s.lng, s.lat],
          [99.07, 2.34],
          [99.08, 2.35],
        ],
        [
          [99.08, 2.35],
          [99.0, 2.5],
        ],
      ],
    });
    expect(route!.bbox).toEqual([s.lng, s.lat, 99.08, 2.5]);
  });

  it('keeps the days, their titles and their stops as places.geojson ids, and skips a stop without a point', () => {
    const p = route!.properties;
    expect(p).toMatchObject({ id: 'itinerary/dua-hari', type: 'itinerary', start: 'silangit', dayCount: 2, stopCount: 3 });
    expect(p.days).toEqual([
      { title: expect.objectContaining({ id: 'Kota', en: 'Town' }), stops: ['destination/a', 'destination/b'] },
      { title: null, stops: ['destination/c'] },
    ]);
    expect(p.names.en).toBe('Two days');
    expect(p.urls.id).toBe('https://example.go.id/wisata/ide-perjalanan/dua-hari/');
    expect(p.urls.en).toBe('https://example.go.id/wisata/en/trip-ideas/dua-hari/');
  });

  it('leaves out an itinerary none of whose stops has a point', () => {
    expect(built.features.map((f) => f.id)).toEqual(['itinerary/dua-hari']);
  });

  it('validates against its own schema and the published JSON Schema', () => {
    expect(itineraryCollection.safeParse(built).success).toBe(true);
    const schema = itinerariesJsonSchema({
      id: 'https://example.go.id/x.json',
      title: 'x',
      description: 'y',
      describe: (n) => `about ${n}`,
    });
    const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
    expect(validate(built), JSON.stringify(validate.errors)).toBe(true);
    // A broken file does not pass: a one-position line is no line (RFC 7946 §3.1.4).
    const broken = structuredClone(built);
    broken.features[0]!.geometry.coordinates[1] = [[99, 2.5]];
    expect(validate(broken)).toBe(false);
  });

  it('documents every property the builder writes', () => {
    const withPhoto = buildItineraries({ itineraries: [twoDays], destinations }, { base: '/', license, photo: () => '/p.webp' });
    expect(Object.keys(withPhoto.features[0]!.properties).sort()).toEqual([...ROUTE_PROPERTIES].sort());
  });

  it('builds the fixture site\u2019s itinerary from its checked entries, as a valid file', () => {
    const { entries } = checkContent(path.resolve('tests/fixtures/site'));
    const of = (c: string) =>
      entries.filter((e) => e.collection === c && e.data).map((e) => ({ slug: e.slug, data: e.data, en: e.en && { data: e.en } }));
    // The checker's plain entries name a stop's destination by its slug; the build's, by a reference ({ id }).
    const itineraries = of('itineraries').map((e) => {
      const data = e.data as { days: { stops: { destination: string }[] }[] };
      return {
        ...e,
        data: { ...data, days: data.days.map((d) => ({ ...d, stops: d.stops.map((s) => ({ destination: { id: s.destination } })) })) },
      };
    });
    const file = buildItineraries(
      { itineraries: itineraries as unknown as ItineraryInput[], destinations: of('destinations') as unknown as StopInput[] },
      { base: '/', license, origin: 'https://example.go.id' },
    );
    const uji = file.features.find((f) => f.id === 'itinerary/dua-hari-uji')!;
    expect(uji.properties.days.map((d) => d.stops.length)).toEqual([2, 2]);
    expect(uji.geometry.coordinates).toHaveLength(2);
    expect(itineraryCollection.safeParse(file).success).toBe(true);
  });
});
