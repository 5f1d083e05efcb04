import { describe, expect, it } from 'vitest';
import {
  groupsNamedIn,
  notesFor,
  pageKeywords,
  preferFirst,
  preferredCategories,
  type SynonymGroup,
} from '../../../../src/lib/search/synonyms';

// Invented groups, shaped like content/sinonim-pencarian.yml (which belongs to the office and is never asserted on).
const groups: SynonymGroup[] = [
  { words: ['kuliner', 'makanan', 'food', 'culinary'], categories: ['food', 'snack'] },
  { words: ['air terjun', 'waterfall'], categories: ['waterfall'] },
  { words: ['penginapan', 'hotel'], note: { id: 'Belum ada daftar penginapan.', en: 'No places to stay are listed yet.' } },
  { words: ['renang', 'berenang', 'swim'] },
];

describe('groupsNamedIn', () => {
  it('finds whole words and phrases, ignoring case', () => {
    expect(groupsNamedIn('Kuliner Balige', groups)).toEqual([groups[0]]);
    expect(groupsNamedIn('AIR TERJUN Situjian', groups)).toEqual([groups[1]]);
  });
  it('never a part of a word, nor a phrase split apart', () => {
    expect(groupsNamedIn('hotelnya', groups)).toEqual([]);
    expect(groupsNamedIn('air panas, terjun payung', groups)).toEqual([]);
  });
});

describe('pageKeywords', () => {
  it('gives a page the words of the groups of its category, strongly', () => {
    expect(pageKeywords(groups, { text: 'Arsik ikan mas', category: 'food' })).toEqual({
      strong: ['kuliner', 'makanan', 'food', 'culinary'],
      weak: [],
    });
  });
  it('gives the words of the groups its text mentions, weakly', () => {
    expect(pageKeywords(groups, { text: 'Pengunjung bisa berenang di kolam', category: 'beach' })).toEqual({
      strong: [],
      weak: ['renang', 'berenang', 'swim'],
    });
  });
});

describe('in the browser', () => {
  it('a query names its categories and notes', () => {
    expect(preferredCategories('kuliner balige', groups)).toEqual(['food', 'snack']);
    expect(notesFor('hotel', groups, 'en')).toEqual(['No places to stay are listed yet.']);
    expect(notesFor('hotel', groups, 'ms')).toEqual(['No places to stay are listed yet.']);
    expect(notesFor('pantai', groups, 'id')).toEqual([]);
  });
  it('preferFirst keeps the same results, the preferred first, each part in its order', () => {
    const r = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    expect(preferFirst(r, new Set(['d', 'b'])).map((x) => x.id)).toEqual(['b', 'd', 'a', 'c']);
  });
});
