import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildPlaces,
  sellerPlaceIds,
  type DestinationInput,
  type EventInput,
  type PlaceInputs,
  type ProductInput,
} from '../../../src/lib/geojson';
import { checkContent } from '../../../src/content/validate';
import { isDraft } from '../../../src/content/checked-entry';
import { inBounds } from '../../../src/config/site';

const license = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
const at = (lat: number, lng: number, precision: 'exact' | 'approximate' = 'exact') => ({ lat, lng, precision });

const beach: DestinationInput = {
  slug: 'pantai-a',
  data: {
    title: 'Pantai A',
    summary: 'Ringkasan A',
    category: 'beach',
    district: 'balige',
    location: at(2.3333333, 99.0666666),
    aliases: ['Pantai Alfa'],
  },
  en: { data: { title: 'A Beach', summary: 'Summary A' } },
};
const untranslated: DestinationInput = {
  slug: 'bukit-b',
  data: {
    title: 'Bukit B',
    summary: 'Ringkasan B',
    category: 'viewpoint',
    district: 'ajibata',
    location: at(2.6, 98.95, 'approximate'),
    aliases: [],
  },
};
const atBeach: EventInput = {
  slug: 'pesta',
  data: { title: 'Pesta', summary: 'Pesta di pantai', venue: { destination: { id: 'pantai-a' } } },
};
const ownVenue: EventInput = {
  slug: 'konser',
  data: { title: 'Konser', summary: 'Konser', venue: { name: 'Lapangan X', district: 'porsea', location: at(2.44, 99.15, 'approximate') } },
};
const nowhere: EventInput = {
  slug: 'rapat',
  data: { title: 'Rapat', summary: 'Rapat', venue: { name: 'Somewhere', district: 'laguboti' } },
};
const ulos: ProductInput = {
  slug: 'ulos',
  data: {
    title: 'Ulos',
    summary: 'Kain',
    kind: 'weaving',
    origin: [{ destination: { id: 'bukit-b' } }],
    sellers: [
      { name: 'Toko Ulos', location: at(2.34, 99.07) },
      { name: 'Toko Ulos', district: 'balige', location: at(2.35, 99.08) },
      { name: 'Penenun tanpa alamat' },
    ],
  },
};
const inputs: PlaceInputs = { destinations: [beach, untranslated], events: [atBeach, ownVenue, nowhere], products: [ulos] };

describe('places.geojson builder', () => {
  const fc = buildPlaces(inputs, { base: '/', license });
  const byId = new Map(fc.features.map((f) => [f.id, f]));

  it('makes one feature per destination, located event and located seller, sorted by id', () => {
    expect(fc.features.map((f) => f.id)).toEqual([
      'destination/bukit-b',
      'destination/pantai-a',
      'event/konser',
      'event/pesta',
      'product/ulos/toko-ulos',
      'product/ulos/toko-ulos-2',
    ]);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.license).toEqual(license);
  });

  it('writes GeoJSON points as [lng, lat], rounded to six decimals', () => {
    expect(byId.get('destination/pantai-a')!.geometry).toEqual({ type: 'Point', coordinates: [99.066667, 2.333333] });
  });

  it('gives names, summaries and page URLs in both languages, falling back to Indonesian', () => {
    const a = byId.get('destination/pantai-a')!.properties;
    expect(a.names).toEqual({ id: 'Pantai A', en: 'A Beach' });
    expect(a.summary).toEqual({ id: 'Ringkasan A', en: 'Summary A' });
    expect(a.urls).toEqual({ id: '/destinasi/pantai-a/', en: '/en/destinations/pantai-a/' });
    expect(a.aliases).toEqual(['Pantai Alfa']);
    expect(byId.get('destination/bukit-b')!.properties.names).toEqual({ id: 'Bukit B', en: 'Bukit B' });
  });

  it('carries type, category, district, precision and cover art', () => {
    const b = byId.get('destination/bukit-b')!.properties;
    expect(b).toMatchObject({
      type: 'destination',
      category: 'viewpoint',
      district: 'ajibata',
      precision: 'approximate',
      image: '/cover/destinations/bukit-b.svg',
    });
  });

  it('places an event at its destination venue, or at its own venue location', () => {
    const pesta = byId.get('event/pesta')!;
    expect(pesta.geometry.coordinates).toEqual(byId.get('destination/pantai-a')!.geometry.coordinates);
    expect(pesta.properties).toMatchObject({
      type: 'event',
      category: 'event',
      district: 'balige',
      place: { id: 'Pantai A', en: 'A Beach' },
    });
    expect(pesta.properties.urls.en).toBe('/en/events/pesta/');
    expect(byId.get('event/konser')!.properties).toMatchObject({
      district: 'porsea',
      precision: 'approximate',
      place: { id: 'Lapangan X', en: 'Lapangan X' },
    });
  });

  it('places products at their sellers, with the seller district or else the origin district', () => {
    expect(byId.get('product/ulos/toko-ulos')!.properties).toMatchObject({
      type: 'product',
      category: 'weaving',
      district: 'ajibata',
      place: { id: 'Toko Ulos' },
    });
    expect(byId.get('product/ulos/toko-ulos-2')!.properties.district).toBe('balige');
    expect(byId.get('product/ulos/toko-ulos')!.properties.urls.id).toBe('/produk/ulos/');
  });

  it('gives a product page the id of its first located seller, the one "Add to trip" adds', () => {
    const ids = sellerPlaceIds('ulos', ulos.data.sellers);
    expect(ids).toEqual(['product/ulos/toko-ulos', 'product/ulos/toko-ulos-2', undefined]);
    for (const id of ids.filter(Boolean)) expect(byId.has(id!)).toBe(true);
    expect(sellerPlaceIds('x', [{ name: 'Tanpa alamat' }, { name: '…', location: at(2.3, 99) }])).toEqual([undefined, 'product/x/seller']);
  });

  it('puts the base path in front of every URL', () => {
    const sub = buildPlaces(inputs, { base: '/wisata/', license });
    const a = sub.features.find((f) => f.id === 'destination/pantai-a')!.properties;
    expect(a.urls).toEqual({ id: '/wisata/destinasi/pantai-a/', en: '/wisata/en/destinations/pantai-a/' });
    expect(a.image).toBe('/wisata/cover/destinations/pantai-a.svg');
  });

  it('uses a photo URL when the entry has one', () => {
    const withPhoto = buildPlaces(inputs, {
      base: '/',
      license,
      photo: (c, s) => (s === 'pantai-a' ? `/_astro/${c}-${s}.webp` : undefined),
    });
    expect(withPhoto.features.find((f) => f.id === 'destination/pantai-a')!.properties.image).toBe('/_astro/destinations-pantai-a.webp');
  });
});

describe('places.geojson from the real content', () => {
  // The checker reads references as plain slugs; Astro's loader gives { id }.
  const { entries } = checkContent(path.resolve('content'));
  const ref = (r: Record<string, unknown>) => ('destination' in r ? { destination: { id: r.destination as string } } : r);
  const pick = (c: string) =>
    entries
      .filter((e) => e.collection === c && e.data && !isDraft(e))
      .map((e) => {
        const data = { ...e.data } as Record<string, unknown>;
        if (data.venue) data.venue = ref(data.venue as Record<string, unknown>);
        if (data.origin) data.origin = (data.origin as Record<string, unknown>[]).map(ref);
        return { slug: e.slug, data, en: e.en ? { data: e.en } : undefined };
      });
  const real = {
    destinations: pick('destinations') as unknown as DestinationInput[],
    events: pick('events') as unknown as EventInput[],
    products: pick('products') as unknown as ProductInput[],
  };
  const fc = buildPlaces(real, { base: '/', license });

  it('has every located destination, every event held at a located venue and every located seller', () => {
    const located = new Set(real.destinations.filter((d) => d.data.location).map((d) => d.slug));
    const events = real.events.filter((e) => {
      const v = e.data.venue;
      return 'destination' in v ? located.has(v.destination.id) : v.location;
    }).length;
    const sellers = real.products.flatMap((p) => p.data.sellers).filter((s) => s.location).length;
    expect(fc.features.length).toBe(located.size + events + sellers);
    expect(new Set(fc.features.map((f) => f.id)).size).toBe(fc.features.length);
  });

  it('keeps every point inside the regency', () => {
    for (const f of fc.features) expect(inBounds(f.geometry.coordinates[1], f.geometry.coordinates[0]), f.id).toBe(true);
  });
});

describe('places.geojson and the official boundaries', () => {
  it('leaves out a destination nobody has pinned, and an event held there', () => {
    const unpinned: DestinationInput = { ...untranslated, slug: 'bukit-c', data: { ...untranslated.data, location: undefined } };
    const there: EventInput = { slug: 'festival', data: { title: 'Festival', summary: 'F', venue: { destination: { id: 'bukit-c' } } } };
    const fc = buildPlaces({ destinations: [beach, unpinned], events: [there], products: [] }, { base: '/', license });
    expect(fc.features.map((f) => f.id)).toEqual(['destination/pantai-a']);
  });
  it('carries the Kemendagri codes of the named desa, else of the desa the point is in', () => {
    const named: DestinationInput = { ...beach, data: { ...beach.data, village: 'Lumban Bulbul' } };
    const fc = buildPlaces({ destinations: [named, untranslated], events: [], products: [] }, { base: '/', license });
    expect(Object.fromEntries(fc.features.map((f) => [f.id, [f.properties.districtCode, f.properties.villageCode]]))).toEqual({
      'destination/pantai-a': ['12.12.01', '12.12.01.2015'],
      'destination/bukit-b': ['12.12.08', '12.12.08.2008'],
    });
  });
});

describe('places.geojson and past events', () => {
  const at = (slug: string, dates: Partial<EventInput['data']>): EventInput => ({
    slug,
    data: { title: slug, summary: 'S', venue: { destination: { id: 'pantai-a' } }, ...dates },
  });
  it('gives an event held once its last day, and a recurring one none (it comes again)', () => {
    const fc = buildPlaces(
      {
        destinations: [beach],
        events: [
          at('once', { start: '2014-07-18', end: '2014-07-20T21:00' }),
          at('one-day', { start: '2023-05-01T09:00' }),
          at('yearly', { start: '2015-08-17', recurrence: { freq: 'yearly' } }),
        ],
        products: [],
      },
      { base: '/', license },
    );
    const lastDay = Object.fromEntries(fc.features.map((f) => [f.id, f.properties.lastDay]));
    expect(lastDay).toEqual({
      'destination/pantai-a': undefined,
      'event/once': '2014-07-20',
      'event/one-day': '2023-05-01',
      'event/yearly': undefined,
    });
  });
});
