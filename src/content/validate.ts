/**
 * The content checker. Reads every file under the content folder, validates
 * it with the same schemas the build uses, then checks what one file alone
 * cannot show: references to other entries, duplicate slugs, stray files and
 * English files without an Indonesian original.
 *
 * It runs before every build (src/build/content-guard.ts), as
 * `npm run check:content`, and in the unit tests. It is plain Node: no Astro
 * runtime needed, so it answers in about a second.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Bilingual, ContentIssue } from './messages';
import { CONTENT_COLLECTIONS } from './paths';
import { PAGE_ROUTE } from '../lib/routes';
import { DISTRICT_SLUGS } from './districts';
import { slugify } from '../lib/text';
import { SLUG_RE } from './shared-field-schemas';
import { contentWarnings } from './warnings';
import { todayInJakarta } from '../lib/events/dates';
import { checkPlaces } from './places';
import { corpusRuleErrors } from './rules';
import { readEntryFile } from './entry-file-checks';
import { IMAGE_EXT, listFolder as list, parseEntryData, parseTranslationData } from './parse-entry';
import { photoWarnings } from './photos';
import { checkReferences } from './references';
import { isDraft, type CheckedEntry } from './checked-entry';
import { readSynonyms, SYNONYMS_FILE } from './synonyms';

/** For the scripts and tests that read one file (the parse itself lives in ./parse-entry.ts). */
export { parseFile } from './parse-entry';
export type { CheckedEntry } from './checked-entry';

/** Practical pages the site links to from every page footer. */
const REQUIRED_PAGES = Object.keys(PAGE_ROUTE);
const b = (id: string, en: string): Bilingual => ({ id, en });

export interface CheckResult {
  entries: CheckedEntry[];
  errors: ContentIssue[];
  warnings: ContentIssue[];
}

/**
 * Checks the content folder. `root` is the content folder, `cwd` what file
 * paths in messages are relative to. `includeDrafts` keeps drafts in `entries`.
 * `today` (YYYY-MM-DD, default: today in WIB) dates the warnings about stale facts.
 */
export function checkContent(root: string, opts: { cwd?: string; includeDrafts?: boolean; today?: string } = {}): CheckResult {
  const cwd = opts.cwd ?? process.cwd();
  const rel = (p: string) => path.relative(cwd, p).split(path.sep).join('/');
  const errors: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  const entries: CheckedEntry[] = [];
  const err = (file: string, field: string, code: string, message: Bilingual, fix: Bilingual) =>
    errors.push({ file, field, code, message, fix });

  if (!existsSync(root) || !statSync(root).isDirectory()) {
    err(
      rel(root),
      '',
      'no-content',
      b('Folder konten tidak ditemukan.', 'The content folder was not found.'),
      b('Periksa JELAJAH_CONTENT_DIR atau jalankan dari folder proyek.', 'Check JELAJAH_CONTENT_DIR or run from the project folder.'),
    );
    return { entries, errors, warnings };
  }

  for (const name of list(root)) {
    const full = path.join(root, name);
    if (statSync(full).isDirectory() && !(CONTENT_COLLECTIONS as readonly string[]).includes(name)) {
      err(
        rel(full),
        '',
        'unknown-folder',
        b(`Folder "${name}" tidak dikenal; isinya tidak akan diterbitkan.`, `Unknown folder "${name}"; nothing in it would be published.`),
        b(
          `Pindahkan isinya ke salah satu folder: ${CONTENT_COLLECTIONS.join(', ')}.`,
          `Move its contents into one of: ${CONTENT_COLLECTIONS.join(', ')}.`,
        ),
      );
    }
  }

  for (const collection of CONTENT_COLLECTIONS) {
    const dir = path.join(root, collection);
    const bySlug = new Map<string, string>();
    // Correctly named folders first, so a duplicate is reported on the misnamed one.
    const names = list(dir).sort((a, b) => Number(slugify(a) !== a) - Number(slugify(b) !== b) || a.localeCompare(b));
    for (const name of names) {
      const folder = path.join(dir, name);
      if (!statSync(folder).isDirectory()) {
        err(
          rel(folder),
          '',
          'stray-file',
          b(
            'Berkas ini berada di luar folder entri, jadi tidak akan diterbitkan.',
            'This file is outside an entry folder, so it would not be published.',
          ),
          b(
            `Buat folder bernama slug entri dan simpan sebagai ${collection}/<slug>/index.id.mdx (dan index.en.mdx untuk bahasa Inggris).`,
            `Make a folder named after the entry's slug and save it as ${collection}/<slug>/index.id.mdx (and index.en.mdx for English).`,
          ),
        );
        continue;
      }
      const slug = slugify(name);
      const idFile = path.join(folder, 'index.id.mdx');
      const enFile = path.join(folder, 'index.en.mdx');
      if (name !== slug || !SLUG_RE.test(name)) {
        err(
          rel(folder),
          '',
          'bad-slug',
          b(
            `Nama folder "${name}" bukan slug yang sah (huruf kecil, angka, tanda hubung).`,
            `Folder name "${name}" is not a valid slug (lower-case letters, digits, hyphens).`,
          ),
          b(`Ganti nama folder menjadi "${slug}".`, `Rename the folder to "${slug}".`),
        );
      }
      const other = bySlug.get(slug);
      if (other) {
        err(
          rel(folder),
          '',
          'duplicate-slug',
          b(
            `Dua entri memakai slug yang sama, "${slug}": ${other} dan ${rel(folder)}.`,
            `Two entries share the slug "${slug}": ${other} and ${rel(folder)}.`,
          ),
          b('Gabungkan keduanya atau beri salah satu nama folder lain.', 'Merge them, or give one of them a different folder name.'),
        );
        continue;
      }
      bySlug.set(slug, rel(folder));
      for (const f of list(folder)) {
        if (f === 'index.id.mdx' || f === 'index.en.mdx' || IMAGE_EXT.test(f) || f.endsWith('.svg')) continue;
        err(
          rel(path.join(folder, f)),
          '',
          'stray-file',
          b(`Berkas "${f}" tidak dikenal dan tidak akan diterbitkan.`, `File "${f}" is not recognised and would not be published.`),
          b(
            'Teks entri harus bernama index.id.mdx (Indonesia) dan index.en.mdx (Inggris); foto boleh .jpg, .png, .webp atau .avif.',
            'Entry text must be named index.id.mdx (Indonesian) and index.en.mdx (English); photos may be .jpg, .png, .webp or .avif.',
          ),
        );
      }
      if (!existsSync(idFile)) {
        err(
          rel(folder),
          '',
          'missing-indonesian',
          b(
            'Folder entri ini tidak punya index.id.mdx (versi Indonesia), jadi tidak akan diterbitkan.',
            'This entry folder has no index.id.mdx (Indonesian version), so it would not be published.',
          ),
          b(
            'Tambahkan index.id.mdx dengan semua isian; bahasa Indonesia adalah bahasa utama.',
            'Add index.id.mdx with all fields; Indonesian is the main language.',
          ),
        );
        continue;
      }
      const entry: CheckedEntry = { collection, slug, file: rel(idFile), body: '' };
      const parsed = readEntryFile(idFile, entry.file, errors, warnings);
      entry.body = parsed.body;
      if (parsed.error) {
        err(
          entry.file,
          '',
          'bad-yaml',
          parsed.error,
          parsed.fix ??
            b(
              'Periksa titik dua, indentasi (spasi, bukan tab) dan tanda kutip.',
              'Check colons, indentation (spaces, not tabs) and quotes.',
            ),
        );
      } else {
        const result = parseEntryData(collection, parsed.data, folder, entry.file);
        if (result.ok) entry.data = result.data;
        else errors.push(...result.issues);
        warnings.push(...photoWarnings(entry.file, folder, parsed.data));
      }
      if (existsSync(enFile)) {
        entry.enFile = rel(enFile);
        const en = readEntryFile(enFile, entry.enFile, errors, warnings);
        if (!en.error) entry.enBody = en.body;
        if (en.error)
          err(
            entry.enFile,
            '',
            'bad-yaml',
            en.error,
            en.fix ?? b('Periksa titik dua, indentasi dan tanda kutip.', 'Check colons, indentation and quotes.'),
          );
        else {
          const r = parseTranslationData(en.data, entry.enFile);
          if (r.ok) {
            if (collection !== 'districts' && !r.data.title) {
              err(
                entry.enFile,
                'title',
                'missing',
                b('Isian "title" belum ada.', 'Field "title" is missing.'),
                b('Tulis judul dalam bahasa Inggris.', 'Write the English title.'),
              );
            } else entry.en = r.data;
          } else errors.push(...r.issues);
        }
      } else if (!isDraft(entry)) {
        warnings.push({
          file: entry.file,
          field: '',
          code: 'missing-translation',
          message: b(
            'Belum ada versi bahasa Inggris (index.en.mdx); halaman Inggris memakai teks Indonesia.',
            'No English version yet (index.en.mdx); the English page shows the Indonesian text.',
          ),
          fix: b(
            'Tambahkan index.en.mdx dengan title, summary dan isi dalam bahasa Inggris.',
            'Add index.en.mdx with title, summary and body in English.',
          ),
        });
      }
      if (collection === 'districts' && !(DISTRICT_SLUGS as readonly string[]).includes(slug)) {
        err(
          rel(folder),
          '',
          'unknown-district',
          b(`"${slug}" bukan kecamatan di Kabupaten Toba.`, `"${slug}" is not a district of Kabupaten Toba.`),
          b(`Nama folder harus salah satu: ${DISTRICT_SLUGS.join(', ')}.`, `The folder must be one of: ${DISTRICT_SLUGS.join(', ')}.`),
        );
      }
      if (opts.includeDrafts || !isDraft(entry)) entries.push(entry);
    }
  }

  for (const key of REQUIRED_PAGES) {
    if (!entries.some((e) => e.collection === 'pages' && e.slug === key)) {
      err(
        rel(path.join(root, 'pages', key)),
        '',
        'missing-page',
        b(`Halaman wajib "${key}" belum ada.`, `The required page "${key}" is missing.`),
        b(
          `Buat content/pages/${key}/index.id.mdx (dan index.en.mdx) dengan title dan summary.`,
          `Create content/pages/${key}/index.id.mdx (and index.en.mdx) with a title and summary.`,
        ),
      );
    }
  }
  errors.push(...readSynonyms(root, rel(path.join(root, SYNONYMS_FILE))).errors);
  checkReferences(entries, errors);
  errors.push(...checkPlaces(entries));
  errors.push(...corpusRuleErrors(entries));
  warnings.push(...contentWarnings(entries, opts.today ?? todayInJakarta()));
  return { entries, errors, warnings };
}
