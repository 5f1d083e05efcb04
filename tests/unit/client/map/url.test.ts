import { describe, expect, it } from 'vitest';
import { writeAddress } from '../../../../src/client/map/url';
import { defaultState } from '../../../../src/lib/map/state';

function fakeWindow(search = '') {
  const calls: string[] = [];
  const win = {
    location: { pathname: '/peta/', search, hash: '' },
    history: {
      pushState: (_: unknown, __: string, url: string) => calls.push(`push ${url}`),
      replaceState: (_: unknown, __: string, url: string) => calls.push(`replace ${url}`),
    },
  } as unknown as Window;
  return { win, calls };
}
const view = { zoom: 12, lat: 2.4, lng: 99.1 };

describe('the map’s address', () => {
  it('pushes or replaces the address the state and view ask for', () => {
    const { win, calls } = fakeWindow();
    writeAddress('push', { ...defaultState(), q: 'bulbul' }, view, win);
    writeAddress('replace', defaultState(), view, win);
    expect(calls).toEqual(['push /peta/?zoom=12&lat=2.40000&lng=99.10000&q=bulbul', 'replace /peta/?zoom=12&lat=2.40000&lng=99.10000']);
  });

  it('writes nothing when asked for nothing, or when the address is already right', () => {
    const { win, calls } = fakeWindow('?zoom=12&lat=2.40000&lng=99.10000');
    writeAddress(undefined, { ...defaultState(), q: 'x' }, view, win);
    writeAddress('push', defaultState(), view, win);
    expect(calls).toEqual([]);
  });
});
