import { describe, expect, it } from 'vitest';
import { beginApply, changeFilters, closePlace, createStore, endApply, endTyping, moved, selectPlace } from '../../../../src/lib/map/store';
import { defaultState, parseState } from '../../../../src/lib/map/state';
import { nextAddress } from '../../../../src/lib/map/url';

const beaches = { types: new Set(['destination'] as const), categories: new Set(['beach']), q: '', past: false };
const typed = (q: string) => ({ ...beaches, q });

describe('the map’s state and its history entries', () => {
  it('makes a history entry for a tick, and one per burst of typing', () => {
    const store = createStore(defaultState());
    expect(store.run((s) => changeFilters(s, beaches, 'pick'))).toBe('push');
    expect(store.state.categories).toEqual(new Set(['beach']));
    expect(store.run((s) => changeFilters(s, typed('b'), 'type'))).toBe('push');
    expect(store.run((s) => changeFilters(s, typed('bu'), 'type'))).toBe('replace');
    expect(store.state.q).toBe('bu');
    // Leaving the field ends the burst; the next keystroke is a new entry.
    expect(store.run(endTyping)).toBeUndefined();
    expect(store.run((s) => changeFilters(s, typed('bul'), 'type'))).toBe('push');
  });

  it('pushes a popup opened by a click and closed by the visitor, and rewrites for a pan or a filtered-out place', () => {
    const store = createStore(defaultState());
    expect(store.run((s) => selectPlace(s, 'event/onan', 'push'))).toBe('push');
    expect(store.state.place).toBe('event/onan');
    expect(store.run(moved)).toBe('replace');
    expect(store.run((s) => closePlace(s, 'replace'))).toBe('replace');
    expect(store.state.place).toBeUndefined();
  });

  it('writes nothing while a state from the URL is applied, and tells whether the filters changed', () => {
    const store = createStore(parseState('?category=beach&q=x'));
    store.run((s) => changeFilters(s, s.state, 'type'));
    expect(store.session.typing).toBe(true);
    let changed: boolean | undefined;
    const back = parseState('?category=beach&q=x&place=destination/bulbul');
    store.run((s) => {
      const step = beginApply(s, back, false);
      changed = step.filtersChanged;
      return step;
    });
    // Only the selection differs: the list is redrawn, the markers stay.
    expect(changed).toBe(false);
    expect(store.session).toMatchObject({ applying: true, typing: false });
    expect(store.run((s) => selectPlace(s, 'destination/bulbul', 'replace'))).toBeUndefined();
    expect(store.run(moved)).toBeUndefined();
    expect(store.run((s) => endApply(s))).toBeUndefined();
    expect(store.run(moved)).toBe('replace');
    expect(beginApply(store.session, parseState(''), false).filtersChanged).toBe(true);
    // The first state always filters, and is written once applied.
    expect(beginApply(store.session, store.state, true).filtersChanged).toBe(true);
    expect(store.run((s) => beginApply(s, s.state, true))).toBeUndefined();
    expect(store.run((s) => endApply(s, 'push'))).toBe('push');
  });

  it('writes the address only when it changes, keeping the path and the fragment', () => {
    const here = { pathname: '/en/map/', search: '', hash: '#map-results' };
    const state = { ...defaultState(), categories: new Set(['beach']) };
    const view = { zoom: 12, lat: 2.4, lng: 99.1 };
    const url = nextAddress(here, state, view)!;
    expect(url).toBe('/en/map/?zoom=12&lat=2.40000&lng=99.10000&category=beach#map-results');
    expect(nextAddress({ ...here, search: url.slice('/en/map/'.length, -'#map-results'.length) }, state, view)).toBeUndefined();
  });
});
