import { describe, expect, it } from 'vitest';
import { otherForm, queryReadings } from '../../../../src/lib/search/readings';

describe('Indonesian readings', () => {
  it('reads ber- before a vowel also as an r- root, and the other way round', () => {
    expect(otherForm('berenang')).toBe('renang');
    expect(otherForm('Berupa')).toBe('rupa');
    expect(otherForm('renang')).toBe('berenang');
  });
  it('leaves other words alone', () => {
    for (const w of ['balige', 'bermain', 'ber', 'beri', 'ra', 'ulos', 'trekking']) expect(otherForm(w)).toBeUndefined();
  });
  it('expands the first such word of an Indonesian query, with the overlap of both readings', () => {
    expect(queryReadings(' kolam  berenang rumah ', 'id')).toEqual({
      query: 'kolam berenang rumah',
      alternate: 'kolam renang rumah',
      both: 'kolam berenang rumah renang',
    });
  });
  it('does nothing in English or without such a word', () => {
    expect(queryReadings('berenang', 'en')).toEqual({ query: 'berenang' });
    expect(queryReadings('air terjun', 'id')).toEqual({ query: 'air terjun' });
  });
});
