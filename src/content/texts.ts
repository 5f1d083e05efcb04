/**
 * Rules for the short texts of the frontmatter that the schemas do not state:
 *
 * - no control characters in any text field (they are invisible in the
 *   editor, break the open data and the share cards, and bidirectional
 *   overrides can make a name read differently from what it is);
 * - a title fits a share card and a search result: at most TITLE_MAX characters;
 * - a title made only of emoji says nothing to a screen reader or to search (a warning).
 */
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { Bilingual, ContentIssue } from './messages';

/** A share card (1200×630) and a search result show about this many characters of a title. */
export const TITLE_MAX = 90;

const b = (id: string, en: string): Bilingual => ({ id, en });

/** C0 and C1 controls except tab, line feed and carriage return; DEL; bidirectional embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const EMOJI_PARTS = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\s]|\u200d|\ufe0e|\ufe0f|\u20e3/gu;

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every string in `data` (nested objects and lists), with its dotted field path. */
function* strings(data: unknown, path: string): Generator<[string, string]> {
  if (typeof data === 'string') yield [path, data];
  else if (Array.isArray(data)) for (const [i, v] of data.entries()) yield* strings(v, path ? `${path}.${i}` : String(i));
  else if (data && typeof data === 'object')
    for (const [k, v] of Object.entries(data as Record<string, unknown>)) yield* strings(v, path ? `${path}.${k}` : k);
}

/** True when a text is made of emoji (and spaces) only. */
export const emojiOnly = (text: string) => text.trim() !== '' && text.replace(EMOJI_PARTS, '') === '';

/**
 * The file line a frontmatter field is written on (`fees.0.label.id` → 14), for messages;
 * `frontmatter` is the YAML between the `---` lines, which starts on line 2.
 */
export function fieldLocator(frontmatter: string): (field: string) => number | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(frontmatter, { lineCounter: lines, schema: 'core' });
  return (field) => {
    const node = doc.getIn(
      field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
      true,
    );
    return isNode(node) && node.range ? lines.linePos(node.range[0]).line + 1 : undefined;
  };
}

/** Errors and warnings for the short texts of one file's frontmatter (as parsed, before the schema). */
export function checkTexts(
  file: string,
  data: unknown,
  lineOf: (field: string) => number | undefined = () => undefined,
): { errors: ContentIssue[]; warnings: ContentIssue[] } {
  const at = (field: string) => {
    const line = lineOf(field);
    return line ? { line } : {};
  };
  const errors: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  for (const [field, value] of strings(data, '')) {
    const bad = CONTROL.exec(value);
    if (bad) {
      errors.push({
        file,
        field,
        ...at(field),
        code: 'control-character',
        message: b(
          `Isian "${field}" berisi karakter kendali yang tidak terlihat (${codePoint(bad[0])}) pada posisi ${bad.index + 1}.`,
          `Field "${field}" contains an invisible control character (${codePoint(bad[0])}) at position ${bad.index + 1}.`,
        ),
        fix: b(
          'Hapus teks itu lalu ketik ulang (jangan menempel dari dokumen lain), atau simpan berkas sebagai teks biasa UTF-8.',
          'Delete the text and type it again (do not paste it from another document), or save the file as plain UTF-8 text.',
        ),
      });
    }
  }
  const title = (data as { title?: unknown } | undefined)?.title;
  if (typeof title === 'string') {
    const length = [...title.trim()].length;
    if (length > TITLE_MAX) {
      errors.push({
        file,
        field: 'title',
        ...at('title'),
        code: 'title-too-long',
        message: b(
          `Judul panjangnya ${length} karakter; paling banyak ${TITLE_MAX} agar muat di kartu berbagi dan hasil pencarian.`,
          `The title is ${length} characters long; at most ${TITLE_MAX} fit a share card and a search result.`,
        ),
        fix: b(
          'Persingkat judul menjadi nama tempat, acara atau produk saja; keterangan lain tulis di `summary` atau isi halaman.',
          'Shorten the title to the name of the place, event or product; put anything else in `summary` or the body.',
        ),
      });
    }
    if (emojiOnly(title)) {
      warnings.push({
        file,
        field: 'title',
        ...at('title'),
        code: 'emoji-title',
        message: b(
          'Judul hanya berisi emoji; pembaca layar dan pencarian tidak bisa memakainya.',
          'The title is only emoji; screen readers and search cannot use it.',
        ),
        fix: b('Tulis nama dengan huruf; emoji boleh ditambahkan sesudahnya.', 'Write the name in letters; emoji may follow it.'),
      });
    }
  }
  return { errors, warnings };
}
