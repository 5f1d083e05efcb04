/**
 * YAML errors in words an editor can act on, in Indonesian and English, with
 * the line of the file (the `yaml` library counts from the first line of the
 * frontmatter, one below the opening `---`) and the line itself.
 */
import type { YAMLError } from 'yaml';
import type { Bilingual } from './messages';

const b = (id: string, en: string): Bilingual => ({ id, en });

/** What each YAML error code means, and what usually fixes it. */
const CODES: Record<string, { what: Bilingual; fix: Bilingual }> = {
  BLOCK_AS_IMPLICIT_KEY: {
    what: b(
      'ada titik dua kedua di baris ini, atau baris ini menjorok padahal tidak perlu',
      'a second colon on this line, or a line indented where it should not be',
    ),
    fix: b(
      'Bila teksnya memuat titik dua (misalnya "Catatan: …"), beri tanda kutip di sekeliling seluruh teks: `summary: "Catatan: …"`. Bila baris ini menjorok, hapus spasi di depannya.',
      'If the text contains a colon (e.g. "Note: …"), put quotes around the whole text: `summary: "Note: …"`. If the line is indented, remove the spaces in front of it.',
    ),
  },
  TAB_AS_INDENT: {
    what: b('baris ini menjorok dengan tombol Tab', 'this line is indented with a Tab'),
    fix: b(
      'Ganti Tab di awal baris dengan spasi (dua spasi per tingkat).',
      'Replace the Tab at the start of the line with spaces (two per level).',
    ),
  },
  DUPLICATE_KEY: {
    what: b('isian ini ditulis dua kali', 'this field is written twice'),
    fix: b('Hapus salah satunya; setiap isian hanya boleh muncul sekali.', 'Delete one of them; each field may appear only once.'),
  },
  MISSING_CHAR: {
    what: b(
      'ada tanda yang belum ditutup atau hilang (tanda kutip, "- " di depan butir daftar)',
      'a quote is not closed, or a list item lacks its "- "',
    ),
    fix: b(
      'Tutup tanda kutip yang dibuka di baris ini atau di atasnya, dan awali setiap butir daftar dengan "- " sejajar butir lainnya.',
      'Close the quote opened on this line or above it, and start each list item with "- " in line with the others.',
    ),
  },
  BAD_INDENT: {
    what: b(
      'indentasi (spasi di awal baris) tidak cocok, atau kurung [ ] / { } belum ditutup',
      'the indentation does not match, or a [ ] / { } is not closed',
    ),
    fix: b(
      'Samakan jumlah spasi dengan baris-baris sejenis di atasnya, dan tutup setiap [ dengan ] dan { dengan } di baris yang sama.',
      'Use the same number of spaces as similar lines above, and close each [ with ] and { with } on the same line.',
    ),
  },
  MULTILINE_IMPLICIT_KEY: {
    what: b('sebuah isian terpotong ke baris berikutnya', 'a field runs on to the next line'),
    fix: b(
      'Tulis nama isian, titik dua dan isinya di satu baris, atau beri tanda kutip pada teks panjang.',
      'Write the field name, colon and value on one line, or put quotes around long text.',
    ),
  },
  UNEXPECTED_TOKEN: {
    what: b('ada tanda yang tidak diharapkan di sini', 'an unexpected character here'),
    fix: b(
      'Periksa tanda baca di baris ini; teks yang diawali tanda khusus (@, `, *, &, !, %, #) perlu tanda kutip.',
      'Check the punctuation on this line; text starting with a special character (@, `, *, &, !, %, #) needs quotes.',
    ),
  },
  BAD_SCALAR_START: {
    what: b('teks ini diawali tanda khusus', 'this text starts with a special character'),
    fix: b(
      'Beri tanda kutip di sekeliling teks, misalnya `summary: "@tobakab: …"`.',
      'Put quotes around the text, e.g. `summary: "@tobakab: …"`.',
    ),
  },
  BAD_DQ_ESCAPE: {
    what: b('ada garis miring terbalik (\\) di dalam tanda kutip ganda', 'a backslash (\\) inside double quotes'),
    fix: b('Hapus garis miring terbalik, atau pakai tanda kutip tunggal.', 'Remove the backslash, or use single quotes.'),
  },
};

const FALLBACK = {
  what: b('baris ini tidak bisa dibaca', 'this line cannot be read'),
  fix: b('Periksa titik dua, indentasi (spasi, bukan tab) dan tanda kutip.', 'Check colons, indentation (spaces, not tabs) and quotes.'),
};

/** Message and fix for a YAML error in a frontmatter that starts on file line `offset + 1`. */
export function describeYamlError(error: unknown, frontmatter: string, offset = 1): { message: Bilingual; fix: Bilingual; line?: number } {
  const e = error as Partial<YAMLError> & { message?: string };
  const known = (e.code && CODES[e.code]) || FALLBACK;
  const inner = e.linePos?.[0]?.line;
  if (!inner)
    return {
      message: b(`Bagian isian (YAML) tidak bisa dibaca: ${known.what.id}.`, `The frontmatter (YAML) cannot be read: ${known.what.en}.`),
      fix: known.fix,
    };
  const line = inner + offset;
  const text = frontmatter.split(/\r?\n/)[inner - 1]?.trim() ?? '';
  const shown = text ? ` «${text}»` : '';
  return {
    line,
    message: b(`Baris ${line}${shown}: ${known.what.id}.`, `Line ${line}${shown}: ${known.what.en}.`),
    fix: known.fix,
  };
}
