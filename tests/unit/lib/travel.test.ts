/** How a travel leg reads (src/lib/travel.ts), and the travel schema's checks (src/content/travel-schema.ts). */
import { describe, expect, it } from 'vitest';
import { legDistance, legTime, legsNear } from '../../../src/lib/travel';
import { travel } from '../../../src/content/travel-schema';

describe('a travel leg', () => {
  it('reads its distance as a range, marked when it is a straight line', () => {
    expect(legDistance({ distanceKm: 235, distanceKmMax: 250 }, 'id')).toBe('235–250 km');
    expect(legDistance({ distanceKm: 11.5, straightLine: true }, 'id')).toBe('11,5 km (garis lurus)');
    expect(legDistance({ distanceKm: 11.5, straightLine: true }, 'en')).toBe('11.5 km (straight line)');
    expect(legDistance({}, 'id')).toBeUndefined();
  });

  it('reads its time in minutes, or in hours from two hours up', () => {
    expect(legTime({ minutes: 20, minutesMax: 45 }, 'id')).toBe('20–45 menit');
    expect(legTime({ minutes: 60 }, 'en')).toBe('60 min');
    expect(legTime({ minutes: 360 }, 'id')).toBe('6 jam');
    expect(legTime({ minutes: 150, minutesMax: 180 }, 'en')).toBe('2.5–3 hours');
  });

  it('is linked from the destination pages of the districts it lists', () => {
    const legs = [
      { id: 'a', districts: ['ajibata'] },
      { id: 'b', districts: ['balige', 'ajibata'] },
    ];
    expect(legsNear(legs, 'ajibata').map((l) => l.id)).toEqual(['a', 'b']);
    expect(legsNear(legs, 'porsea')).toEqual([]);
    expect(legsNear(undefined, 'balige')).toEqual([]);
  });
});

describe('the travel data', () => {
  const leg = { id: 'feri', mode: 'ferry', title: { id: 'Feri' }, confidence: 'ok', year: 2019 };

  it('needs at least one route, and refuses two with the same id', () => {
    expect(travel().safeParse({ legs: [] }).success).toBe(false);
    const r = travel().safeParse({ legs: [leg, leg] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe('duplicate-leg');
  });

  it('refuses a departure time written with a dot, and a mode it does not know', () => {
    expect(travel().safeParse({ legs: [{ ...leg, departures: [{ from: { id: 'A' }, times: ['08.00'] }] }] }).success).toBe(false);
    expect(travel().safeParse({ legs: [{ ...leg, mode: 'bus' }] }).success).toBe(false);
    expect(travel().safeParse({ legs: [leg], unknown: [{ id: 'Bus' }] }).success).toBe(true);
  });
});
