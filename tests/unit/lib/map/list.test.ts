import { describe, expect, it } from 'vitest';
import { listModel, listStatus } from '../../../../src/lib/map/list';
import { mapConfig } from '../../../../src/lib/map/config';
import { fill } from '../../../../src/lib/map/strings';
import { places, routes } from './places';

const id = mapConfig('id');
const en = mapConfig('en');
const balige = { bounds: { south: 2.3, west: 99.0, north: 2.4, east: 99.1 }, centre: { lat: 2.3335, lng: 99.0645 } };

describe('the "in this view" list', () => {
  it('lists the places in view, nearest to the centre first, with their category and distance', () => {
    const { entries, status } = listModel(places, balige, en);
    expect(entries).toEqual([
      { id: 'event/onan', name: 'Onan Balige – Hari Pasar Jumat (en)', meta: 'Event · 0 km from the centre' },
      { id: 'product/ulos/toko', name: 'Ulos Ragi Hotang (en)', meta: 'Weaving · 0.2 km from the centre' },
      { id: 'destination/bulbul', name: 'Pantai Lumban Bulbul (en)', meta: 'Beach · 2 km from the centre' },
    ]);
    expect(status).toBe('3 places in this view, nearest to the centre first.');
  });

  it('writes distances with the Indonesian decimal comma', () => {
    const { entries } = listModel(places, balige, id);
    const km = (n: string) => fill(id.strings['map.kmFromCentre'], { km: n });
    expect(entries.map((e) => e.meta)).toEqual([`Acara · ${km('0')}`, `Tenun · ${km('0,2')}`, `Pantai · ${km('2')}`]);
  });

  it('shows at most the limit, and says the rest are there', () => {
    const { entries, status } = listModel(places, balige, en, 2);
    expect(entries.map((e) => e.id)).toEqual(['event/onan', 'product/ulos/toko']);
    expect(status).toBe('3 places in this view, nearest to the centre first. Showing the nearest 2; zoom in to see the rest.');
  });

  it('says when one place or none is in view', () => {
    expect(listStatus(1, 50, en.strings)).toBe('1 place in this view.');
    expect(listStatus(0, 50, en.strings)).toBe('No places in this view. Zoom out or change the filters.');
    expect(listModel([], balige, id).entries).toEqual([]);
  });
});

describe('after "Near me"', () => {
  it('measures from the visitor and says "from you", in both languages', () => {
    const you = { lat: 2.3485, lng: 99.074 };
    const en1 = listModel(places, { ...balige, you }, en);
    expect(en1.entries[0]).toEqual({ id: 'destination/bulbul', name: 'Pantai Lumban Bulbul (en)', meta: 'Beach · 0 km from you' });
    expect(en1.status).toBe('3 places in this view, nearest to you first.');
    const id1 = listModel(places, { ...balige, you }, id);
    expect(id1.entries[0]!.meta).toBe('Pantai · 0 km dari Anda');
    expect(id1.status).toContain('terdekat dari Anda');
    for (const e of [...en1.entries, ...id1.entries]) expect(e.meta).not.toMatch(/centre|tengah/);
  });
});

describe('trip ideas in the list', () => {
  it('lists a route in view among the places, with its size and a link to its page on this site', () => {
    const { entries, status } = listModel(places, balige, en, undefined, { shown: routes, here: 'https://copy.example/en/map/' });
    const route = entries.find((e) => e.id === 'itinerary/sehari')!;
    expect(route).toEqual({
      id: 'itinerary/sehari',
      name: 'A day in Balige',
      meta: 'Trip idea · 1 day · 2 stops · 0 km from the centre',
      link: { href: '/en/trip-ideas/sehari/', text: 'Open trip idea' },
    });
    // Its nearest stop is the market at the centre: it comes right after the places there.
    expect(entries.map((e) => e.id)).toEqual(['event/onan', 'itinerary/sehari', 'product/ulos/toko', 'destination/bulbul']);
    expect(status).toBe('4 places in this view, nearest to the centre first.');
    // The route up north does not reach into Balige's view.
    expect(entries.some((e) => e.id === 'itinerary/utara')).toBe(false);
  });

  it('lists no route the filters hid', () => {
    expect(listModel(places, balige, en, undefined, { shown: [], here: 'https://x/' }).entries.some((e) => e.link)).toBe(false);
  });
});
