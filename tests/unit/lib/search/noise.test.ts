import { describe, expect, it } from 'vitest';
import { isRealMatch, queryTerms, termFound, wordsAt } from '../../../../src/lib/search/noise';
import { otherForm } from '../../../../src/lib/search/readings';

/** A page whose matched words are `matched` (the content is those words, every one a location). */
const page = (...matched: string[]) => ({ content: matched.join(' '), locations: matched.map((_, i) => i) });

describe('termFound', () => {
  it('refuses the short beginnings Pagefind falls back to for an unknown word', () => {
    expect(termFound('itinerary', ['it'])).toBe(false);
    expect(termFound('weather', ['we'])).toBe(false);
    expect(termFound('hotel', ['hot'])).toBe(false);
    // "situmurn" is not known: Pagefind answers with the words of "sit" or "situ".
    expect(termFound('situmurn', ['situjian', 'sitolu'])).toBe(false);
  });
  it('accepts the word itself, a longer word it begins, and its stems', () => {
    expect(termFound('ulos', ['ulos'])).toBe(true);
    expect(termFound('situ', ['situjian'])).toBe(true);
    expect(termFound('waterfalls', ['waterfall'])).toBe(true);
    expect(termFound('swimming', ['swim'])).toBe(true);
    expect(termFound('pantainya', ['pantai'])).toBe(true);
    expect(termFound('makanan', ['makan'])).toBe(true);
  });
  it('accepts stems whose prefix the stemmer removed (they share no beginning)', () => {
    expect(termFound('menenun', ['tenun'])).toBe(true);
    expect(termFound('pemandangan', ['pandang'])).toBe(true);
  });
  it('wants a whole word for one or two letters', () => {
    expect(termFound('it', ['it'])).toBe(true);
    expect(termFound('it', ['itself'])).toBe(false);
  });
});

describe('isRealMatch', () => {
  it('needs every word of the query', () => {
    expect(isRealMatch('air terjun', page('air', 'terjun'))).toBe(true);
    expect(isRealMatch('itinerary balige', page('it', 'balige'))).toBe(false);
  });
  it('reads the matched words at Pagefind’s locations, without punctuation', () => {
    const result = { content: 'Air Terjun Situjian. Air terjun uji', locations: [2] };
    expect(wordsAt(result.content, result.locations)).toEqual(['situjian']);
    expect(isRealMatch('Situjian', result)).toBe(true);
    expect(isRealMatch('Situjan', result)).toBe(false);
  });
  it('counts the other Indonesian reading as the same word (berenang ↔ renang)', () => {
    const forms = (t: string) => [otherForm(t)].filter((f): f is string => !!f);
    expect(isRealMatch('berenang', page('renang'), forms)).toBe(true);
  });
  it('keeps a hyphenated word whole', () => {
    expect(queryTerms('Oleh-oleh  Balige')).toEqual(['oleh-oleh', 'balige']);
  });
});
