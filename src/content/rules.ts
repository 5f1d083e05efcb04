/**
 * Rules about a whole valid entry that the schemas cannot express: a body long
 * enough to be useful, no place outside the regency presented as a Toba
 * destination. (Where a point lies, regency, kecamatan, desa and lake, is
 * checked against the official polygons: ./places.ts.) They are errors of the
 * content checker (so the build stops on them too), never assertions of the
 * tests on the live content/: what passes `npm run check:content` passes the
 * build and `npm test` (issue #17).
 *
 * Drafts are left alone: they are work in progress and never published.
 */
import type { Bilingual, ContentIssue } from './messages';
import { isDraft, type CheckedEntry } from './checked-entry';
import type { DestinationData } from './schema';
import { OUTSIDE_TOBA } from '../data/outside-toba';

/** Fewer words than this and a page says little more than its card; search engines treat it as thin. */
export const BODY_MIN_WORDS = 80;

const b = (id: string, en: string): Bilingual => ({ id, en });

/** Words of a Markdown body: whitespace-separated, MDX comments and headings' `#` not counted. */
export function wordCount(body: string): number {
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The errors of the rules above, for every published entry. */
export function corpusRuleErrors(entries: readonly CheckedEntry[]): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const e of entries) {
    if (!e.data || isDraft(e)) continue;
    if (e.collection === 'destinations' || e.collection === 'events' || e.collection === 'products') {
      shortBody(e.file, e.body, 'id', out);
      if (e.enBody !== undefined && e.enFile) shortBody(e.enFile, e.enBody, 'en', out);
    }
    if (e.collection === 'destinations' && e.data) outsideNames(e, e.data, out);
  }
  return out;
}

function shortBody(file: string, body: string, lang: 'id' | 'en', out: ContentIssue[]): void {
  const words = wordCount(body);
  if (words >= BODY_MIN_WORDS) return;
  const language = lang === 'id' ? b('bahasa Indonesia', 'Indonesian') : b('bahasa Inggris', 'English');
  out.push({
    file,
    field: '',
    code: 'body-too-short',
    message: b(
      `Isi halaman (${language.id}, di bawah baris \`---\` kedua) hanya ${words} kata; paling sedikit ${BODY_MIN_WORDS} kata.`,
      `The page text (${language.en}, below the second \`---\` line) has only ${words} words; it needs at least ${BODY_MIN_WORDS}.`,
    ),
    fix: b(
      `Tambahkan ${BODY_MIN_WORDS - words} kata atau lebih: apa yang bisa dilihat atau dilakukan, kapan sebaiknya datang, cara ke sana, tips praktis. Bila belum siap, biarkan \`draft: true\`.`,
      `Add ${BODY_MIN_WORDS - words} or more words: what there is to see or do, when to come, how to get there, practical tips. If it is not ready yet, keep \`draft: true\`.`,
    ),
  });
}

function outsideNames(e: CheckedEntry, data: DestinationData, out: ContentIssue[]): void {
  const names = [data.title, e.en?.title ?? '', ...data.aliases].join(' | ').toLowerCase();
  for (const place of OUTSIDE_TOBA) {
    if (!names.includes(place.name.toLowerCase())) continue;
    out.push({
      file: e.file,
      field: 'title',
      code: 'outside-toba',
      message: b(
        `Nama entri ini menyebut ${place.name}, yang berada di ${place.regency}, bukan di Kabupaten Toba.`,
        `This entry's name mentions ${place.name}, which is in ${place.regency}, not in Kabupaten Toba.`,
      ),
      fix: b(
        'Situs ini hanya memuat tempat di Kabupaten Toba. Bila tempat ini memang di Toba, tulis nama resminya di Toba (judul, judul Inggris dan `aliases`); bila tidak, hapus entrinya (dan catat di content/_excluded.md).',
        'This site only covers places in Kabupaten Toba. If the place is in Toba, use its name there (title, English title and `aliases`); if not, delete the entry (and note it in content/_excluded.md).',
      ),
    });
  }
}
