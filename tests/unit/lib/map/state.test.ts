import { describe, expect, it } from 'vitest';
import { STATE_PARAMS, activeFilters, defaultState, differsInFilters, parseState, serializeState } from '../../../../src/lib/map/state';

describe('map state in the URL', () => {
  it('round-trips view, filters, text and selection', () => {
    const state = {
      view: { zoom: 13, lat: 2.334123, lng: 99.064219 },
      types: new Set(['destination', 'event'] as const),
      categories: new Set(['waterfall', 'beach']),
      q: 'air terjun',
      past: false,
      place: 'destination/pantai-lumban-bulbul',
    };
    const query = serializeState(state);
    expect(query).toBe(
      '?zoom=13&lat=2.33412&lng=99.06422&type=destination,event&category=beach,waterfall&q=air+terjun&place=destination/pantai-lumban-bulbul',
    );
    const back = parseState(query);
    expect(back.view).toEqual({ zoom: 13, lat: 2.33412, lng: 99.06422 });
    expect([...back.types]).toEqual(['destination', 'event']);
    expect([...back.categories].sort()).toEqual(['beach', 'waterfall']);
    expect(back.q).toBe('air terjun');
    expect(back.place).toBe('destination/pantai-lumban-bulbul');
  });

  it('says nothing about defaults', () => {
    expect(serializeState(defaultState())).toBe('');
    expect(parseState('')).toEqual(defaultState());
  });

  it('tells "no type parameter" (all) from an empty one (none)', () => {
    expect(parseState('?type=').types.size).toBe(0);
    expect(serializeState({ ...defaultState(), types: new Set() })).toBe('?type=');
  });

  it('ignores malformed input instead of throwing', () => {
    const s = parseState('?zoom=abc&lat=2&lng=99&type=castle,event&category=&q=%20%20');
    expect(s.view).toBeUndefined();
    expect([...s.types]).toEqual(['event']);
    expect(s.categories.size).toBe(0);
    expect(s.q).toBe('');
    expect(parseState('?zoom=12&lat=200&lng=99').view).toBeUndefined();
    expect(parseState('?zoom=12.6&lat=2.3&lng=99.1').view).toEqual({ zoom: 13, lat: 2.3, lng: 99.1 });
  });

  it('compares filters and selection, not the view', () => {
    const a = parseState('?zoom=10&lat=2.3&lng=99&category=beach');
    expect(differsInFilters(a, parseState('?zoom=14&lat=2.5&lng=99.2&category=beach'))).toBe(false);
    expect(differsInFilters(a, parseState('?category=waterfall'))).toBe(true);
    expect(differsInFilters(a, parseState('?category=beach&place=destination/x'))).toBe(true);
  });

  it('writes only the parameters a map link is known by (STATE_PARAMS), and all of them', () => {
    const full = serializeState({
      view: { zoom: 12, lat: 2.3, lng: 99.1 },
      types: new Set(['event'] as const),
      categories: new Set(['beach']),
      q: 'x',
      past: true,
      place: 'destination/x',
    });
    expect([...new URLSearchParams(full).keys()].sort()).toEqual([...STATE_PARAMS].sort());
  });

  it('hides past events unless past=1 says otherwise, and a link with it names a map state', () => {
    expect(parseState('').past).toBe(false);
    expect(parseState('?past=1').past).toBe(true);
    expect(parseState('?past=0').past).toBe(false);
    expect(serializeState({ ...defaultState(), past: true })).toBe('?past=1');
    expect(differsInFilters(defaultState(), parseState('?past=1'))).toBe(true);
    expect(STATE_PARAMS).toContain('past');
  });

  it('counts the active filters for the panel’s button', () => {
    expect(activeFilters(defaultState())).toBe(0);
    expect(activeFilters(parseState('?zoom=12&lat=2.3&lng=99.1&place=destination/x'))).toBe(0);
    expect(activeFilters(parseState('?type=destination'))).toBe(1);
    expect(activeFilters(parseState('?category=beach,waterfall&q=air&past=1'))).toBe(4);
  });
});
