/** The map's "Trip ideas" layer as data: filtering, being in view, the list entry and the popup (made-up routes). */
import { describe, expect, it } from 'vitest';
import { matcher } from '../../../../src/lib/map/filter';
import { mapConfig } from '../../../../src/lib/map/config';
import { overlaps, routeKm, routePopupModel, routeSize, routesInView } from '../../../../src/lib/map/routes';
import { parseState, serializeState, defaultState } from '../../../../src/lib/map/state';
import { firstView } from '../../../../src/lib/map/view';
import { routes } from './places';

const en = mapConfig('en');
const id = mapConfig('id');
const [sehari, utara] = routes as [(typeof routes)[number], (typeof routes)[number]];
const balige = { south: 2.3, west: 99.0, north: 2.4, east: 99.1 };
const everything = {
  types: new Set(['destination', 'event', 'product', 'itinerary'] as const),
  categories: new Set<string>(),
  q: '',
  past: false,
};

describe('the trip ideas on the map', () => {
  it('are drawn as [lat, lng] lines, with their box', () => {
    expect(sehari.lines[0]![1]).toEqual([2.3485, 99.074]);
    expect(sehari.bounds.north).toBeCloseTo(2.3485);
  });

  it('are toggled by their own type, matched by name, and hidden by a ticked category', () => {
    const today = '2026-01-01';
    expect(matcher(everything, today)(sehari)).toBe(true);
    expect(matcher({ ...everything, types: new Set(['destination'] as const) }, today)(sehari)).toBe(false);
    expect(matcher({ ...everything, q: 'day balige' }, today)(sehari)).toBe(true);
    expect(matcher({ ...everything, q: 'air terjun' }, today)(sehari)).toBe(false);
    expect(matcher({ ...everything, categories: new Set(['beach']) }, today)(sehari)).toBe(false);
  });

  it('are in view when their box reaches into it, nearest first', () => {
    expect(overlaps(sehari.bounds, balige)).toBe(true);
    expect(overlaps(utara.bounds, { south: 2.0, west: 99.3, north: 2.1, east: 99.4 })).toBe(false);
    const centre = { lat: 2.5452, lng: 98.9791 };
    expect(routeKm(utara, centre)).toBe(0);
    expect(routesInView(routes, { south: 2, west: 98, north: 3, east: 100 }, centre).map((r) => r.route.id)).toEqual([
      'itinerary/utara',
      'itinerary/sehari',
    ]);
  });

  it('say their size in both languages, one and many', () => {
    expect(routeSize({ dayCount: 1, stopCount: 1 }, en.strings)).toBe('1 day · 1 stop');
    expect(routeSize({ dayCount: 2, stopCount: 5 }, en.strings)).toBe('2 days · 5 stops');
    expect(routeSize({ dayCount: 2, stopCount: 5 }, id.strings)).toBe('2 hari · 5 perhentian');
  });

  it('open a popup with the title, the size and a link to the itinerary page on this site', () => {
    const m = routePopupModel(sehari.feature.properties, en, 'https://copy.example/peta/');
    expect(m).toMatchObject({
      name: 'A day in Balige',
      meta: 'Trip idea · 1 day · 2 stops',
      summary: 'Beach and market.',
      href: '/en/trip-ideas/sehari/',
    });
    expect(m.image).toBeUndefined();
    expect(m.open).toBe('Open trip idea');
    expect(routePopupModel(sehari.feature.properties, id, 'https://copy.example/').href).toBe('/ide-perjalanan/sehari/');
  });

  it('have a place in the map link: a box of their own, and a route as the selection', () => {
    expect(serializeState({ ...defaultState(), types: new Set(['destination', 'event', 'product']) })).toBe(
      '?type=destination,event,product',
    );
    expect([...parseState('?type=itinerary').types]).toEqual(['itinerary']);
    expect(parseState('').types.has('itinerary')).toBe(true);
    expect(serializeState(defaultState())).toBe('');
    // A link naming a route opens the map around the whole route.
    expect(firstView({ place: 'itinerary/utara' }, [], { center: { lat: 2.4, lng: 99, zoom: 10 } }, routes)).toEqual({ fit: utara.bounds });
  });
});
