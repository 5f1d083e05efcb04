import { describe, expect, it } from 'vitest';
import { priceYears, provenanceLine } from '../../../src/content/provenance';

describe('what an entry says about how its facts were checked', () => {
  it('says "last checked on site" only for a check on the ground', () => {
    expect(provenanceLine({ checkedOnSite: '2026-06-17', lastVerified: '2026-11-28' }, true, 'id')).toBe(
      'Terakhir diperiksa di tempat: 17 Juni 2026',
    );
    expect(provenanceLine({ checkedOnSite: '2026-06-17' }, false, 'en')).toBe('Last checked on site: 17 June 2026');
  });
  it('otherwise says the facts come from written sources, from when, and to check before visiting', () => {
    const line = provenanceLine({ lastVerified: '2026-11-28', prices: [{ year: 2012 }, { year: 2019 }] }, true, 'id')!;
    expect(line).toBe(
      'Info dari sumber tertulis (harga dari tahun 2012–2019), dihimpun 28 November 2026; belum diperiksa di tempat, jadi periksa sebelum berkunjung.',
    );
    expect(line).not.toMatch(/terakhir diperiksa/i);
    expect(provenanceLine({ prices: [{ year: 2012 }] }, true, 'en')).toBe(
      'Information from written sources (prices from 2012); not checked on site yet, so check before visiting.',
    );
  });
  it('says nothing when there is nothing to say', () => {
    expect(provenanceLine({}, false, 'id')).toBeUndefined();
    expect(priceYears([])).toBe('');
    expect(priceYears([{ year: 2019 }, { year: 2019 }])).toBe('2019');
  });
});
