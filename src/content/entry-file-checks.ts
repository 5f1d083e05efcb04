/**
 * The checks of one content file that hold for both languages: its encoding (UTF-8), its short texts
 * and its body (Markdown only). Returns the parsed file (./parse-entry.ts) for the schema checks.
 */
import type { Bilingual, ContentIssue } from './messages';
import { checkBody } from './body';
import { readUtf8 } from './encoding';
import { checkTexts, fieldLocator } from './texts';
import { FRONTMATTER_RE, parseFile } from './parse-entry';

const b = (id: string, en: string): Bilingual => ({ id, en });

/**
 * Reads one entry file and checks what is the same for both languages: its
 * encoding, its short texts and its body. Returns the parsed file.
 */
export function readEntryFile(full: string, file: string, errors: ContentIssue[], warnings: ContentIssue[]) {
  const { text, invalidAt } = readUtf8(full);
  if (invalidAt) {
    errors.push({
      file,
      field: '',
      ...invalidAt,
      code: 'bad-encoding',
      message: b(
        `Berkas ini bukan teks UTF-8: ada huruf yang tersimpan dengan kode lain di baris ${invalidAt.line}.`,
        `This file is not UTF-8 text: a character on line ${invalidAt.line} is saved in another encoding.`,
      ),
      fix: b(
        'Ketik ulang huruf di baris itu (biasanya huruf beraksen atau tanda kutip miring), lalu simpan berkas sebagai "UTF-8".',
        'Retype the characters on that line (usually accented letters or curly quotes), then save the file as "UTF-8".',
      ),
    });
  }
  const parsed = parseFile(text);
  if (!parsed.error) {
    // Lines are looked up only for a file with a problem: parsing the YAML again costs time.
    let locate: ((field: string) => number | undefined) | undefined;
    const lineOf = (field: string) => (locate ??= fieldLocator(FRONTMATTER_RE.exec(text)?.[1] ?? ''))(field);
    const texts = checkTexts(file, parsed.data, lineOf);
    errors.push(...texts.errors);
    warnings.push(...texts.warnings);
  }
  // The body starts on the line after the frontmatter's closing `---`.
  const firstLine = text.slice(0, text.length - parsed.body.length).split('\n').length;
  if (!parsed.error || parsed.body)
    for (const p of checkBody(parsed.body, firstLine))
      errors.push({ file, field: '', line: p.line, column: p.column, code: p.code, message: p.message, fix: p.fix });
  return parsed;
}
