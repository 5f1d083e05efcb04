import { describe, expect, it } from 'vitest';
import { closest, editDistance, fill, slugify } from '../../../src/lib/text';

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

describe('fill', () => {
  it('fills every placeholder, numbers included, and leaves text without placeholders alone', () => {
    expect(fill('{count} results for “{q}”', { count: 3, q: 'ulos' })).toBe('3 results for “ulos”');
    expect(fill('{n} of {n}', { n: 0 })).toBe('0 of 0');
    expect(fill('No placeholders', {})).toBe('No placeholders');
  });
  it('fills a value that is itself a placeholder only once', () => {
    expect(fill('{a}', { a: '{b}', b: 'x' })).toBe('{b}');
  });
  it('treats a placeholder without a value as a programming error (dev, build and tests)', () => {
    expect(() => fill('{count} results for “{q}”', { count: 3 })).toThrow(/no value for \{q\}/);
    // Inherited properties are no values.
    expect(() => fill('{toString}', {})).toThrow(/toString/);
  });
  it('treats a missing template as a programming error', () => {
    expect(() => fill(undefined, {})).toThrow(/no UI string/);
  });
});
