import { describe, expect, it } from 'vitest';
import {
  facetLabel,
  facetTotals,
  kindLabel,
  locationOf,
  searchFilters,
  searchMeta,
  type SearchFacts,
} from '../../../../src/lib/search/fields';
import { CATEGORIES, PRODUCT_KINDS } from '../../../../src/content/vocab';
import type { AnyEntry, Destination } from '../../../../src/content/load';

const waterfall: SearchFacts = { kind: 'destination', category: 'waterfall', district: 'lumban-julu', location: { lat: 2.55, lng: 99.05 } };
const event: SearchFacts = { kind: 'event', district: 'balige', when: 'past', date: '24–26 Februari 2023' };

describe('searchFilters', () => {
  it('gives entries stable keys, not labels', () => {
    expect(searchFilters(waterfall)).toEqual({ type: 'destination', category: 'waterfall', district: 'lumban-julu', when: undefined });
    expect(searchFilters(event)).toEqual({ type: 'event', category: undefined, district: 'balige', when: 'past' });
  });
  it('leaves district and practical pages out of the type filter', () => {
    expect(searchFilters({ kind: 'district', district: 'balige' }).type).toBeUndefined();
    expect(searchFilters({ kind: 'page' })).toEqual({ type: undefined, category: undefined, district: undefined, when: undefined });
  });
  it('can share one category filter because categories and product kinds never collide', () => {
    expect(CATEGORIES.filter((c) => (PRODUCT_KINDS as readonly string[]).includes(c))).toEqual([]);
  });
});

describe('searchMeta', () => {
  it('holds the labels, image, district name and coordinates in the page language', () => {
    expect(searchMeta(waterfall, 'en', { src: '/cover/destinations/x.svg' })).toEqual({
      image: '/cover/destinations/x.svg',
      image_alt: '',
      type: 'Destination',
      district: 'Lumban Julu',
      lat: '2.55',
      lng: '99.05',
      date: undefined,
    });
    const m = searchMeta(event, 'id', { src: '/a.webp', alt: 'Perahu' });
    expect(m).toMatchObject({ type: 'Acara', district: 'Balige', date: '24–26 Februari 2023', image_alt: 'Perahu' });
    expect(m.lat).toBeUndefined();
  });
  it('labels district and practical pages', () => {
    expect(kindLabel('id', 'district')).toBe('Kecamatan');
    expect(kindLabel('en', 'page')).toBe('Practical info');
  });
});

describe('facetLabel', () => {
  it('turns keys into labels in both languages', () => {
    expect(facetLabel('id', 'category', 'waterfall')).toBe('Air terjun');
    expect(facetLabel('en', 'category', 'weaving')).toBe('Weaving');
    expect(facetLabel('en', 'type', 'event')).toBe('Event');
    expect(facetLabel('id', 'district', 'pintu-pohan-meranti')).toBe('Pintu Pohan Meranti');
    expect(facetLabel('id', 'when', 'upcoming')).toBe('Mendatang');
  });
  it('shows an unknown value as it is', () => {
    expect(facetLabel('en', 'category', 'volcano')).toBe('volcano');
  });
});

describe('facetTotals', () => {
  it('counts pages per filter value', () => {
    const totals = facetTotals([
      waterfall,
      event,
      { ...event, when: 'upcoming' },
      { kind: 'district', district: 'balige' },
      { kind: 'page' },
    ]);
    expect([...totals.type]).toEqual([
      ['destination', 1],
      ['event', 2],
    ]);
    expect(totals.district.get('balige')).toBe(3);
    expect(totals.when.get('past')).toBe(1);
    expect(totals.category.get('waterfall')).toBe(1);
  });
});

describe('locationOf', () => {
  const place = {
    collection: 'destinations',
    slug: 'onan-balerong',
    data: { location: { lat: 2.33, lng: 99.06, precision: 'exact' } },
  } as unknown as Destination;
  const destinations = [place];
  const entry = (collection: string, data: object) => ({ collection, slug: 'x', data }) as unknown as AnyEntry;

  it('uses a destination’s own point', () => {
    expect(locationOf(place, destinations)).toEqual({ lat: 2.33, lng: 99.06, precision: 'exact' });
  });
  it('puts an event at its venue', () => {
    expect(locationOf(entry('events', { venue: { destination: { id: 'onan-balerong' } } }), destinations)).toEqual({
      lat: 2.33,
      lng: 99.06,
      precision: 'exact',
    });
    expect(
      locationOf(entry('events', { venue: { name: 'Lapangan', district: 'balige', location: { lat: 2.4, lng: 99.1 } } }), destinations),
    ).toEqual({ lat: 2.4, lng: 99.1 });
    expect(locationOf(entry('events', { venue: { name: 'Lapangan', district: 'balige' } }), destinations)).toBeUndefined();
  });
  it('puts a product at a seller, else where it comes from or is sold', () => {
    const seller = { name: 'A', place: { id: 'x' }, location: { lat: 2.5, lng: 99.2 } };
    expect(
      locationOf(
        entry('products', { sellers: [{ name: 'B', place: { id: 'y' } }, seller], origin: [{ district: 'balige' }], whereToBuy: [] }),
        destinations,
      ),
    ).toEqual({ lat: 2.5, lng: 99.2 });
    expect(
      locationOf(
        entry('products', { sellers: [], origin: [{ district: 'balige' }], whereToBuy: [{ destination: { id: 'onan-balerong' } }] }),
        destinations,
      ),
    ).toEqual({ lat: 2.33, lng: 99.06, precision: 'exact' });
    expect(locationOf(entry('products', { sellers: [], origin: [{ district: 'balige' }], whereToBuy: [] }), destinations)).toBeUndefined();
  });
});
