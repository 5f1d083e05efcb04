import { describe, expect, it } from 'vitest';
import { closest, editDistance, slugify } from '../../../src/lib/text';

describe('text helpers', () => {
  it('slugifies names', () => {
    expect(slugify('Pantai Lumban Bulbul')).toBe('pantai-lumban-bulbul');
    expect(slugify('  Café_Ñandú 100! ')).toBe('cafe-nandu-100');
  });
  it('measures edit distance', () => {
    expect(editDistance('situmurn', 'situmurun')).toBe(1);
    expect(editDistance('balgie', 'balige')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('suggests the closest names', () => {
    expect(closest('Situmurn', ['Situmurun', 'Sigapiton', 'Balige'])[0]).toBe('Situmurun');
    expect(closest('ballige', ['balige', 'laguboti'])).toEqual(['balige']);
    expect(closest('zzz', ['balige'])).toEqual([]);
  });
});
