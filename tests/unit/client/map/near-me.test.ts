// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setUpNearMe } from '../../../../src/client/map/near-me';
import { mapConfig } from '../../../../src/lib/map/config';
import type { LatLng } from '../../../../src/lib/geo';

const config = mapConfig('en');

/** A geolocation that answers every request with the next of `answers`: a position, or an error code. */
function fakeGeolocation(answers: (LatLng | number)[]): Geolocation {
  return {
    getCurrentPosition(ok, fail) {
      const a = answers.shift()!;
      if (typeof a === 'number')
        fail!({ code: a, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: '' } as GeolocationPositionError);
      else ok({ coords: { latitude: a.lat, longitude: a.lng } } as GeolocationPosition);
    },
  } as Geolocation;
}

function setUp(answers: (LatLng | number)[], geo = true) {
  document.body.innerHTML = '<button data-near hidden>Near me</button><p data-geo-status></p>';
  const shown: LatLng[] = [];
  const removed: LatLng[] = [];
  setUpNearMe(document.body, {
    config,
    geolocation: geo ? fakeGeolocation(answers) : undefined,
    show: (here) => {
      shown.push(here);
      return { remove: () => removed.push(here) };
    },
  });
  return { button: document.querySelector('button')!, status: document.querySelector('p')!, shown, removed };
}

describe('"near me"', () => {
  it('stays hidden where the browser has no geolocation', () => {
    expect(setUp([], false).button.hidden).toBe(true);
  });

  it('shows the visitor inside the regency, replacing the last mark', () => {
    const balige = { lat: 2.3485, lng: 99.074 };
    const laguboti = { lat: 2.37, lng: 99.13 };
    const { button, status, shown, removed } = setUp([balige, laguboti]);
    expect(button.hidden).toBe(false);
    button.click();
    expect(status.textContent).toBe('The map now shows places around you.');
    button.click();
    expect(shown).toEqual([balige, laguboti]);
    expect(removed).toEqual([balige]);
  });

  it('leaves the map alone for a visitor far away, and says why a position did not come', () => {
    const { button, status, shown } = setUp([{ lat: 3.5952, lng: 98.6722 }, 1, 3]);
    button.click();
    expect(status.textContent).toMatch(/^You seem to be outside Toba Regency, about \d+ km from Balige/);
    expect(shown).toEqual([]);
    button.click();
    expect(status.textContent).toBe(config.strings['map.geoDenied']);
    button.click();
    expect(status.textContent).toBe(config.strings['map.geoUnavailable']);
  });
});
