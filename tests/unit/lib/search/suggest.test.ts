import { describe, expect, it } from 'vitest';
import { buildVocabulary, MIN_SIMILARITY, similarity, suggest, typoDistance, unmatched } from '../../../../src/lib/search/suggest';
import { DISTRICTS } from '../../../../src/content/districts';

// Names as the build's vocabulary endpoint collects them (titles and aliases), written here rather than read
// from content/: the office may rename or remove any entry, and these tests must not depend on it.
const names = [
  'Air Terjun Situmurun',
  'Binangalom',
  'Pantai Lumban Bulbul',
  'Pantai Bulbul',
  'Onan Balerong',
  'Museum Batak TB Silalahi',
  'Makam Sisingamangaraja XII',
  'Bukit Tarabunga',
];
const vocab = buildVocabulary([...names, ...DISTRICTS.map((d) => d.name)]);

describe('buildVocabulary', () => {
  it('keeps names and their words once each, ignoring case', () => {
    const v = buildVocabulary(['Air Terjun Situmurun (Binangalom)', 'air terjun situmurun (binangalom)', 'Pantai  Bulbul', 'HUT 17']);
    expect(v.names).toEqual(['Air Terjun Situmurun (Binangalom)', 'HUT 17', 'Pantai Bulbul']);
    expect(v.words).toEqual(['Air', 'Binangalom', 'Bulbul', 'HUT', 'Pantai', 'Situmurun', 'Terjun']);
  });
});

describe('suggest', () => {
  it('offers Situmurun for Situmurn and Balige for Balgie', () => {
    expect(suggest('Situmurn', vocab)[0]).toBe('Situmurun');
    expect(suggest('Balgie', vocab)[0]).toBe('Balige');
  });
  it('corrects only the misspelt word of a longer query', () => {
    expect(suggest('air terjun situmurn', vocab)[0]).toBe('air terjun Situmurun');
  });
  it('offers whole names close to the whole query', () => {
    expect(suggest('Pantai Bulbol', vocab)).toContain('Pantai Bulbul');
  });
  it('never offers the query itself, nor anything for a far-off word', () => {
    expect(suggest('Balige', vocab)).not.toContain('Balige');
    expect(suggest('xylophone', vocab)).toEqual([]);
    expect(suggest('ab', vocab)).toEqual([]);
  });
});

describe('real similarity', () => {
  it('never offers a name that only shares a few letters: hotel is not Home', () => {
    expect(suggest('hotel', buildVocabulary(['Home', 'Hotang', 'Balige']))).toEqual([]);
    expect(similarity('hotel', 'Home')).toBeLessThan(MIN_SIMILARITY);
    expect(suggest('weather', buildVocabulary(['Heather', 'Water', 'Weaving']))).toEqual([]);
  });
  it('counts a swapped pair of letters as one typo', () => {
    expect(typoDistance('balgie', 'balige')).toBe(1);
    expect(similarity('Situjan', 'Situjian')).toBeGreaterThanOrEqual(MIN_SIMILARITY);
  });
});

describe('unmatched', () => {
  it('sees a misspelt word that Pagefind answered with a shorter known word', () => {
    expect(unmatched('Situmurn', ['Danau Toba <mark>sits</mark> below', 'we <mark>sit</mark>'])).toBe(true);
    expect(unmatched('air terjun situmurn', ['<mark>Air</mark> <mark>Terjun</mark>'])).toBe(true);
  });
  it('accepts real matches: exact, a prefix being typed, a stemmed ending', () => {
    expect(unmatched('ulos', ['tenun <mark>Ulos</mark>'])).toBe(false);
    expect(unmatched('situ', ['<mark>Situmurun</mark>'])).toBe(false);
    expect(unmatched('waterfalls', ['the <mark>waterfall</mark>'])).toBe(false);
    expect(unmatched('di air', [''])).toBe(false);
  });
});
