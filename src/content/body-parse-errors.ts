/**
 * What is wrong with a body, in plain words: the shape of a problem in a Markdown body, and the
 * MDX parser's errors ("12:7: Unexpected character after `<` …") turned into what the editor most
 * likely typed and how to write it instead. ./body.ts finds the problems.
 */
import type { Bilingual } from './messages';

const b = (id: string, en: string): Bilingual => ({ id, en });

export interface BodyProblem {
  /** 1-based line and column in the file. */
  line: number;
  column: number;
  code: string;
  message: Bilingual;
  fix: Bilingual;
}

export const TEXT_FIX = {
  brace: b(
    'tulis `\\{` … `\\}` atau pakai tanda kurung biasa ( ). Kurung kurawal di isi halaman dibaca sebagai kode.',
    'write `\\{` … `\\}`, or use ordinary brackets ( ). Curly braces in a body are read as code.',
  ),
  markdown: b(
    'Hapus tag itu dan tulis dengan Markdown: **tebal**, _miring_, [teks tautan](https://…), ![keterangan foto](./foto.jpg). Untuk menulis tanda < sebagai teks, tulis `\\<`.',
    'Remove the tag and use Markdown instead: **bold**, _italic_, [link text](https://…), ![photo caption](./photo.jpg). To write a < sign as text, write `\\<`.',
  ),
};

/** `{`…: where a brace opens before `offset`, skipping escaped ones. */
function openingBrace(source: string, offset: number): number {
  for (let i = Math.min(offset, source.length - 1); i >= 0; i--) if (source[i] === '{' && source[i - 1] !== '\\') return i;
  return -1;
}

function lineCol(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function offsetOf(source: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = source.indexOf('\n', offset);
    if (next < 0) return source.length;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, source.length);
}

/**
 * A parse error of the MDX parser ("12:7: Unexpected character after `<` …")
 * in plain words: what the editor most likely typed, and how to write it.
 */
export function describeParseError(source: string, error: unknown): BodyProblem {
  const raw = error instanceof Error ? error.message : String(error);
  const m = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(raw);
  let line = m ? Number(m[1]) : 1;
  let column = m ? Number(m[2]) : 1;
  const text = m ? m[3]! : raw;
  const at = offsetOf(source, line, column);
  const here = source.slice(at, at + 12);
  if (/expression|brace/i.test(text) && !here.startsWith('<')) {
    const open = openingBrace(source, at);
    if (open >= 0) ({ line, column } = lineCol(source, open));
    return {
      line,
      column,
      code: 'body-expression',
      message: b('Kurung kurawal `{` … `}` dibaca sebagai kode program.', 'Curly braces `{` … `}` are read as program code.'),
      fix: TEXT_FIX.brace,
    };
  }
  if (here.startsWith('<!--') || /comment/i.test(text)) {
    return {
      line,
      column,
      code: 'body-comment',
      message: b('Komentar HTML `<!-- … -->` tidak bisa dipakai di isi halaman.', 'An HTML comment `<!-- … -->` cannot be used in a body.'),
      fix: b(
        'Hapus komentar itu; simpan catatan untuk sesama editor di luar berkas (misalnya di pesan perubahan).',
        'Remove the comment; keep notes for other editors outside the file (e.g. in the change message).',
      ),
    };
  }
  if (/^<https?:|^<www\./i.test(here) || /^<[^\s>@]+@/.test(here)) {
    return {
      line,
      column,
      code: 'body-autolink',
      message: b('Alamat di antara `<` dan `>` dibaca sebagai tag.', 'An address between `<` and `>` is read as a tag.'),
      fix: b(
        'Tulis alamatnya tanpa `<` `>`, atau sebagai [teks tautan](https://…).',
        'Write the address without `<` `>`, or as [link text](https://…).',
      ),
    };
  }
  if (/^<[^A-Za-z/!>]/.test(here) || here === '<') {
    return {
      line,
      column,
      code: 'body-less-than',
      message: b('Tanda `<` di sini dibaca sebagai awal tag.', 'The `<` sign here is read as the start of a tag.'),
      fix: b(
        'Tulis `\\<` (misalnya `\\<5000`), beri spasi sesudahnya (`< 5000`), atau tulis dengan kata: "kurang dari 5000".',
        'Write `\\<` (e.g. `\\<5000`), put a space after it (`< 5000`), or use words: "less than 5000".',
      ),
    };
  }
  if (here.startsWith('<') || /tag|JSX|attribute/i.test(text)) {
    const name = /^<\/?([A-Za-z][\w.:-]*)/.exec(here)?.[1];
    return {
      line,
      column,
      code: name && /^[A-Z]/.test(name) ? 'body-component' : 'body-html',
      message: name
        ? b(
            `Tag <${name}> tidak diizinkan atau tidak ditulis lengkap: isi halaman hanya boleh Markdown.`,
            `Tag <${name}> is not allowed or not complete: a body may only contain Markdown.`,
          )
        : b(
            'Tag HTML tidak diizinkan di isi halaman: isi halaman hanya boleh Markdown.',
            'HTML tags are not allowed in a body: a body may only contain Markdown.',
          ),
      fix: TEXT_FIX.markdown,
    };
  }
  return {
    line,
    column,
    code: 'body-syntax',
    message: b(
      `Isi halaman tidak bisa dibaca di baris ${line}, kolom ${column}.`,
      `The body cannot be read at line ${line}, column ${column}.`,
    ),
    fix: b(
      'Periksa tanda `<`, `>`, `{` dan `}` di sekitar tempat itu; untuk menuliskannya sebagai teks, tulis `\\<`, `\\{` atau `\\}`.',
      'Check any `<`, `>`, `{` and `}` around that spot; to write one as text, write `\\<`, `\\{` or `\\}`.',
    ),
  };
}
