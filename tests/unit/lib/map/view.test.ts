import { describe, expect, it } from 'vitest';
import { FOCUS_ZOOM, boundsOf, firstView, focusZoom } from '../../../../src/lib/map/view';
import { parseState } from '../../../../src/lib/map/state';
import { places } from './places';

const config = { center: { lat: 2.4, lng: 99.1, zoom: 11 } };

describe('where the map looks', () => {
  it('opens on the view its link names', () => {
    expect(firstView(parseState('?zoom=13&lat=2.3&lng=99.05&place=event/onan'), places, config)).toEqual({
      centre: { lat: 2.3, lng: 99.05 },
      zoom: 13,
    });
  });

  it('else close to the place its link names', () => {
    expect(firstView(parseState('?place=event/onan'), places, config)).toEqual({ centre: { lat: 2.3335, lng: 99.0645 }, zoom: FOCUS_ZOOM });
  });

  it('else around every place, or at the regency’s centre when there is none', () => {
    expect(firstView(parseState('?place=destination/gone'), places, config)).toEqual({
      fit: { south: 2.3335, west: 98.9791, north: 2.5452, east: 99.074 },
    });
    expect(firstView(parseState(''), [], config)).toEqual({ centre: { lat: 2.4, lng: 99.1 }, zoom: 11 });
    expect(boundsOf([])).toBeUndefined();
  });

  it('brings a place chosen from the list close, unless the map already shows it closely', () => {
    expect(focusZoom(11, true)).toBe(FOCUS_ZOOM);
    expect(focusZoom(16, false)).toBe(16);
    expect(focusZoom(16, true)).toBeUndefined();
  });
});
