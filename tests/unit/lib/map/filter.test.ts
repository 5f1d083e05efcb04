import { describe, expect, it } from 'vitest';
import { counts, inView, isPast, matcher as matcherOn, normalize, toMapPlace, type Filters } from '../../../../src/lib/map/filter';
import type { PlaceType } from '../../../../src/lib/geojson';
import { feature, places } from './places';

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const all = { types: new Set<PlaceType>(['destination', 'event', 'product']), categories: new Set<string>(), q: '', past: false };
const TODAY = '2026-06-01';
const matcher = (f: Filters) => matcherOn(f, TODAY);

describe('map filters', () => {
  it('normalises case, accents and punctuation', () => {
    expect(normalize('  Café  Ragi–Hotang! ')).toBe('cafe ragi hotang');
  });

  it('filters by type and by category', () => {
    expect(ids(places.filter(matcher({ ...all, types: new Set(['destination']) })))).toEqual([
      'destination/bulbul',
      'destination/situmurun',
    ]);
    expect(ids(places.filter(matcher({ ...all, categories: new Set(['beach', 'weaving']) })))).toEqual([
      'destination/bulbul',
      'product/ulos/toko',
    ]);
    expect(places.filter(matcher({ ...all, types: new Set() }))).toEqual([]);
  });

  it('matches every word of the text against names in both languages and aliases', () => {
    expect(ids(places.filter(matcher({ ...all, q: 'PANTAI bulbul' })))).toEqual(['destination/bulbul']);
    expect(ids(places.filter(matcher({ ...all, q: 'situmurun en' })))).toEqual(['destination/situmurun']);
    expect(ids(places.filter(matcher({ ...all, q: 'hari pasar' })))).toEqual(['event/onan']);
    expect(places.filter(matcher({ ...all, q: 'bulbul situmurun' }))).toEqual([]);
  });

  it('lists the places in view, nearest to the centre first, up to a limit', () => {
    const balige = { south: 2.3, west: 99.0, north: 2.4, east: 99.1 };
    const { total, items } = inView(places, balige, { lat: 2.3335, lng: 99.0645 }, 2);
    expect(total).toBe(3);
    expect(items.map((i) => i.place.id)).toEqual(['event/onan', 'product/ulos/toko']);
    expect(items[0]!.km).toBe(0);
    expect(items[1]!.km).toBeCloseTo(0.17, 1);
  });

  it('counts places per type and per category (events have no category chip)', () => {
    const c = counts(places);
    expect(Object.fromEntries(c.types)).toEqual({ destination: 2, event: 1, product: 1 });
    expect(Object.fromEntries(c.categories)).toEqual({ beach: 1, waterfall: 1, weaving: 1 });
  });
});

describe('past events', () => {
  const held = (id: string, lastDay?: string) => toMapPlace(feature(id, 'event', 'event', 2.33, 99.06, id, [], lastDay ? { lastDay } : {}));
  const events = [held('event/over', '2014-07-20'), held('event/today', TODAY), held('event/coming', '2026-08-17'), held('event/weekly')];
  it('are hidden by default: an event held once whose last day is before today', () => {
    expect(ids(events.filter(matcher(all)))).toEqual(['event/today', 'event/coming', 'event/weekly']);
    expect(isPast(events[0]!, TODAY)).toBe(true);
    expect(isPast(events[3]!, TODAY)).toBe(false);
  });
  it('show when the toggle says so', () => {
    expect(ids(events.filter(matcher({ ...all, past: true })))).toEqual(['event/over', 'event/today', 'event/coming', 'event/weekly']);
  });
});
