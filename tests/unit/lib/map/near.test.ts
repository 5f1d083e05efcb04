import { describe, expect, it } from 'vitest';
import { located, nearStatus } from '../../../../src/lib/map/near';
import { mapConfig } from '../../../../src/lib/map/config';

const en = mapConfig('en');
const id = mapConfig('id');

describe('"near me"', () => {
  it('shows a visitor inside the regency on the map', () => {
    const balige = { lat: 2.3485, lng: 99.074 };
    expect(located(balige, en)).toEqual({ inside: true, here: balige });
    expect(nearStatus(located(balige, en), en)).toBe('The map now shows places around you.');
  });

  it('leaves the map where it is for a visitor far away, and says how far in whole kilometres', () => {
    const medan = { lat: 3.5952, lng: 98.6722 };
    const where = located(medan, en);
    expect(where.inside).toBe(false);
    const km = where.inside ? 0 : where.km;
    expect(km).toBeGreaterThan(100);
    expect(km % 1).not.toBe(0);
    const whole = Math.round(km);
    expect(nearStatus(where, en)).toContain(`about ${whole} km from Balige`);
    // The same one kilometre formatter as everywhere: grouping and decimals in the page's language.
    expect(nearStatus({ inside: false, km: 1234.4 }, id)).toContain('sekitar 1.234 km');
    expect(nearStatus({ inside: false, km: 1234.4 }, en)).toContain('about 1,234 km');
  });

  it('says it is looking, and why no position came', () => {
    expect(nearStatus('locating', en)).toBe('Finding your location…');
    expect(nearStatus('denied', en)).toMatch(/^Sorry, we could not use your location because permission was not given/);
    expect(nearStatus('unavailable', id)).toMatch(/^Maaf, lokasi Anda belum bisa ditemukan/);
  });
});
