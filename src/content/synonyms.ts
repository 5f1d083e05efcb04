/**
 * The search synonyms file, content/sinonim-pencarian.yml: groups of words
 * that search treats as one ("kuliner", "makanan", "food"). The office extends
 * it; this module reads it for the build and checks it for `npm run
 * check:content`, with a message naming the line and the fix. A file that is
 * missing is fine (no synonyms); a file with mistakes stops the build, like
 * any other content error, so nothing is silently dropped.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { CATEGORIES, PRODUCT_KINDS } from './vocab';
import { LOCALES } from '../lib/locales';
import type { Bilingual, ContentIssue } from './messages';
import type { SynonymGroup } from '../lib/search/synonyms';

export const SYNONYMS_FILE = 'sinonim-pencarian.yml';

const b = (id: string, en: string): Bilingual => ({ id, en });
const KNOWN_CATEGORIES: readonly string[] = [...CATEGORIES, ...PRODUCT_KINDS];
const EXAMPLE = b(
  'Contoh:\n- words: [kuliner, makanan, food]\n  categories: [food]',
  'Example:\n- words: [kuliner, makanan, food]\n  categories: [food]',
);

export interface SynonymsResult {
  groups: SynonymGroup[];
  errors: ContentIssue[];
}

/** Reads and checks the synonyms file in the content folder `root`; `file` is its path as messages show it. */
export function readSynonyms(root: string, file = path.join(root, SYNONYMS_FILE)): SynonymsResult {
  const full = path.join(root, SYNONYMS_FILE);
  if (!existsSync(full)) return { groups: [], errors: [] };
  return parseSynonyms(readFileSync(full, 'utf8'), file);
}

/** Checks the text of a synonyms file. */
export function parseSynonyms(text: string, file: string): SynonymsResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const errors: ContentIssue[] = [];
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : undefined);
  const err = (line: number | undefined, field: string, code: string, message: Bilingual, fix: Bilingual) =>
    errors.push({ file, field, code, message, fix, ...(line ? { line } : {}) });

  if (doc.errors.length) {
    const first = doc.errors[0]!;
    err(
      first.linePos?.[0]?.line,
      '',
      'bad-yaml',
      b('Berkas sinonim tidak bisa dibaca (YAML salah).', 'The synonyms file cannot be read (bad YAML).'),
      b(
        `Periksa titik dua, indentasi (spasi, bukan Tab) dan tanda kutip di baris ini. ${EXAMPLE.id}`,
        `Check colons, indentation (spaces, not Tabs) and quotes on this line. ${EXAMPLE.en}`,
      ),
    );
    return { groups: [], errors };
  }
  if (doc.contents === null) return { groups: [], errors };
  if (!isSeq(doc.contents)) {
    err(
      lineOf(doc.contents),
      '',
      'synonyms-not-list',
      b(
        'Berkas sinonim harus berupa daftar kelompok kata (setiap kelompok diawali "- words:").',
        'The synonyms file must be a list of word groups (each starting with "- words:").',
      ),
      EXAMPLE,
    );
    return { groups: [], errors };
  }
  const groups: SynonymGroup[] = [];
  const owner = new Map<string, number>();
  doc.contents.items.forEach((item, i) => {
    const n = i + 1;
    const line = lineOf(item as Node);
    const value = (item as Node & { toJSON(): unknown }).toJSON() as unknown;
    if (!isMap(item) || typeof value !== 'object' || value === null) {
      err(line, `${n}`, 'synonyms-bad-group', b(`Kelompok ke-${n} bukan kelompok kata.`, `Group ${n} is not a word group.`), EXAMPLE);
      return;
    }
    const g = value as Record<string, unknown>;
    for (const key of Object.keys(g)) {
      if (!['words', 'categories', 'note'].includes(key))
        err(
          line,
          `${n}.${key}`,
          'synonyms-unknown-field',
          b(`Kelompok ke-${n}: isian "${key}" tidak dikenal.`, `Group ${n}: unknown field "${key}".`),
          b('Isian yang boleh: words, categories, note.', 'Allowed fields: words, categories, note.'),
        );
    }
    const words = Array.isArray(g['words'])
      ? g['words'].map((w) => (typeof w === 'string' || typeof w === 'number' ? String(w).trim() : ''))
      : [];
    if (words.length < 2 || words.some((w) => !w)) {
      err(
        line,
        `${n}.words`,
        'synonyms-words',
        b(
          `Kelompok ke-${n}: "words" harus berisi paling sedikit dua kata atau frasa, tanpa yang kosong.`,
          `Group ${n}: "words" must list at least two words or phrases, none empty.`,
        ),
        b(
          'Tulis kata-kata yang bermakna sama dalam kurung siku: words: [kuliner, makanan, food]',
          'Write the words that mean the same in square brackets: words: [kuliner, makanan, food]',
        ),
      );
      return;
    }
    for (const w of words) {
      const key = w.toLocaleLowerCase('id');
      const other = owner.get(key);
      if (other !== undefined && other !== n)
        err(
          line,
          `${n}.words`,
          'synonyms-duplicate',
          b(`Kata "${w}" sudah ada di kelompok ke-${other}.`, `The word "${w}" is already in group ${other}.`),
          b(
            'Gabungkan kedua kelompok, atau hapus kata itu dari salah satunya.',
            'Merge the two groups, or remove the word from one of them.',
          ),
        );
      owner.set(key, n);
    }
    const categories =
      g['categories'] === undefined ? [] : Array.isArray(g['categories']) ? g['categories'].map(String) : [String(g['categories'])];
    const unknown = categories.filter((c) => !KNOWN_CATEGORIES.includes(c));
    if (unknown.length)
      err(
        line,
        `${n}.categories`,
        'synonyms-category',
        b(`Kelompok ke-${n}: kategori "${unknown.join('", "')}" tidak dikenal.`, `Group ${n}: unknown category "${unknown.join('", "')}".`),
        b(
          `Pakai kategori destinasi atau jenis produk: ${KNOWN_CATEGORIES.join(', ')}.`,
          `Use destination categories or product kinds: ${KNOWN_CATEGORIES.join(', ')}.`,
        ),
      );
    const note = g['note'];
    const langs = Object.keys(LOCALES);
    const badNote =
      note !== undefined &&
      (typeof note !== 'object' ||
        note === null ||
        Array.isArray(note) ||
        Object.entries(note).some(([k, v]) => !langs.includes(k) || typeof v !== 'string' || !v.trim()));
    if (badNote)
      err(
        line,
        `${n}.note`,
        'synonyms-note',
        b(`Kelompok ke-${n}: "note" harus berisi teks per bahasa.`, `Group ${n}: "note" must hold a text per language.`),
        b(
          `Tulis satu baris per bahasa (${langs.join(', ')}), misalnya:\n  note:\n    id: Belum ada daftar penginapan.\n    en: No accommodation listings yet.`,
          `Write one line per language (${langs.join(', ')}), e.g.:\n  note:\n    id: Belum ada daftar penginapan.\n    en: No accommodation listings yet.`,
        ),
      );
    groups.push({
      words,
      ...(categories.length && !unknown.length ? { categories } : {}),
      ...(note !== undefined && !badNote ? { note: note as Record<string, string> } : {}),
    });
  });
  return { groups: errors.length ? [] : groups, errors };
}

let cached: SynonymGroup[] | undefined;

/** The site's synonym groups, for the build (the checker has already stopped a build with a bad file). */
export function siteSynonyms(contentDir: string): SynonymGroup[] {
  cached ??= readSynonyms(path.resolve(contentDir)).groups;
  return cached;
}
