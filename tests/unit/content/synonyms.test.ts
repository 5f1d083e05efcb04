import { describe, expect, it } from 'vitest';
import { parseSynonyms } from '../../../src/content/synonyms';

const FILE = 'content/sinonim-pencarian.yml';
const check = (text: string) => parseSynonyms(text, FILE);

describe('the search synonyms file', () => {
  it('reads groups of words, with their categories and notes', () => {
    const { groups, errors } = check(
      '- words: [kuliner, makanan, food]\n  categories: [food]\n- words: [hotel, penginapan]\n  note:\n    id: Belum ada.\n    en: None yet.\n',
    );
    expect(errors).toEqual([]);
    expect(groups).toEqual([
      { words: ['kuliner', 'makanan', 'food'], categories: ['food'] },
      { words: ['hotel', 'penginapan'], note: { id: 'Belum ada.', en: 'None yet.' } },
    ]);
  });
  it('an empty file is no synonyms', () => {
    expect(check('# nothing yet\n')).toEqual({ groups: [], errors: [] });
  });
  it('names the line, the group and the fix, in both languages', () => {
    const { errors, groups } = check('- words: [kuliner, makanan]\n- words: [pantai]\n  categories: [beaches]\n');
    expect(groups).toEqual([]);
    expect(errors.map((e) => [e.code, e.line, e.field])).toEqual([['synonyms-words', 2, '2.words']]);
    expect(errors[0]!.message.id).toMatch(/Kelompok ke-2/);
    expect(errors[0]!.fix.en).toMatch(/words: \[kuliner, makanan, food\]/);
  });
  it('catches an unknown category, an unknown field, a word in two groups and a bad note', () => {
    const { errors } = check(
      '- words: [pantai, beach]\n  categories: [beaches]\n- words: [beach, shore]\n  kategori: [beach]\n  note: Belum ada\n',
    );
    expect(errors.map((e) => e.code).sort()).toEqual([
      'synonyms-category',
      'synonyms-duplicate',
      'synonyms-note',
      'synonyms-unknown-field',
    ]);
    expect(errors.find((e) => e.code === 'synonyms-category')!.fix.id).toMatch(/waterfall/);
  });
  it('says where the YAML is broken', () => {
    const { errors } = check('- words: [kuliner, makanan\n- words: [a, b]\n');
    expect(errors[0]!.code).toBe('bad-yaml');
    expect(errors[0]!.file).toBe(FILE);
  });
  it('wants a list', () => {
    expect(check('words: [a, b]\n').errors[0]!.code).toBe('synonyms-not-list');
  });
});
