/**
 * The content checker. Reads every file under the content folder, validates
 * it with the same schemas the build uses, then checks what one file alone
 * cannot show: references to other entries, duplicate slugs, stray files and
 * English files without an Indonesian original.
 *
 * It runs before every build (src/integrations/content-guard.ts), as
 * `npm run check:content`, and in the unit tests. It is plain Node: no Astro
 * runtime needed, so it answers in about a second.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import YAML from 'yaml';
import { destinationSchema, districtIntroSchema, eventSchema, pageSchema, productSchema, translationSchema } from './schema';
import type { SchemaContext } from './fields';
import { describeZodIssue, type Bilingual, type ContentIssue } from './messages';
import { CONTENT_COLLECTIONS, type ContentCollection } from './paths';
import { PAGE_ROUTE } from '../routes';

/** Practical pages the site links to from every page footer. */
const REQUIRED_PAGES = Object.keys(PAGE_ROUTE);
import { DISTRICT_SLUGS } from './districts';
import { closest, slugify } from '../text';
import { SLUG_RE } from './fields';
import { contentWarnings } from './warnings';
import { todayInJakarta } from '../events/dates';
import { checkPlaces } from './places';
import { corpusRuleErrors } from './rules';
import { describeYamlError } from './yaml-errors';
import { checkBody } from './body';
import { readUtf8 } from './encoding';
import { checkTexts, fieldLocator } from './texts';
import { photoWarnings } from './photos';

const IMAGE_EXT = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;
const b = (id: string, en: string): Bilingual => ({ id, en });

export interface ParsedEntry {
  collection: ContentCollection;
  slug: string;
  /** Path relative to the project root, for messages. */
  file: string;
  /** Validated data (Indonesian file) or undefined when invalid. */
  data?: Record<string, unknown>;
  /** Validated English file, when present and valid. */
  en?: { title?: string | undefined; summary: string };
  enFile?: string;
  body: string;
  /** Body of the English file, when it could be read. */
  enBody?: string;
}

export interface CheckResult {
  entries: ParsedEntry[];
  errors: ContentIssue[];
  warnings: ContentIssue[];
}

/** References are checked as slugs here, and against the entries that exist in checkReferences(). One function, so schema.ts builds what depends on it once. */
const checkerReference = () => z.string().regex(SLUG_RE);

/** Photo paths are checked for existence next to the entry file. */
function checkerContext(dir: string): SchemaContext<string, string> {
  return {
    image: () =>
      z.string().superRefine((value, ctx) => {
        const full = path.resolve(dir, value);
        if (!IMAGE_EXT.test(value) || !existsSync(full)) {
          // The photos that are there, so the message can name them.
          const available = list(dir).filter((f) => IMAGE_EXT.test(f) || f.endsWith('.svg'));
          ctx.addIssue({ code: 'custom', message: 'image-missing', params: { value, available } });
        }
      }),
    reference: checkerReference,
  };
}

const SCHEMAS: Record<ContentCollection, (ctx: SchemaContext<string, string>) => z.ZodType> = {
  destinations: destinationSchema,
  events: eventSchema,
  products: productSchema,
  districts: () => districtIntroSchema,
  pages: () => pageSchema,
};

const FRONTMATTER_RE = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits frontmatter from body; YAML 1.2 core schema, so dates stay strings and impossible dates are caught. */
export function parseFile(text: string): { data: unknown; body: string; error?: Bilingual; fix?: Bilingual } {
  const m = FRONTMATTER_RE.exec(text);
  if (!m) {
    return {
      data: undefined,
      body: text,
      error: b(
        'Berkas tidak diawali bagian isian (baris `---`, isian, lalu `---`).',
        'The file does not start with a frontmatter block (`---`, fields, then `---`).',
      ),
    };
  }
  try {
    const data = YAML.parse(m[1]!, { schema: 'core', uniqueKeys: true }) as unknown;
    return { data: data ?? {}, body: text.slice(m[0].length) };
  } catch (e) {
    // In Indonesian and English, with the line counted from the top of the file (the `---` is line 1).
    const { message, fix } = describeYamlError(e, m[1]!, 1 + (text.slice(0, m.index).match(/\n/g)?.length ?? 0));
    return { data: undefined, body: '', error: message, fix };
  }
}

/**
 * Reads one entry file and checks what is the same for both languages: its
 * encoding, its short texts and its body. Returns the parsed file.
 */
function readEntryFile(full: string, file: string, errors: ContentIssue[], warnings: ContentIssue[]) {
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

function list(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => !n.startsWith('.'));
  } catch {
    return [];
  }
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
  const entries: ParsedEntry[] = [];
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
      const entry: ParsedEntry = { collection, slug, file: rel(idFile), body: '' };
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
        const result = SCHEMAS[collection](checkerContext(folder)).safeParse(parsed.data, { reportInput: true });
        if (result.success) entry.data = result.data as Record<string, unknown>;
        else for (const issue of result.error.issues) errors.push(describeZodIssue(entry.file, issue));
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
          const r = translationSchema.safeParse(en.data, { reportInput: true });
          if (r.success) {
            if (collection !== 'districts' && !r.data.title) {
              err(
                entry.enFile,
                'title',
                'missing',
                b('Isian "title" belum ada.', 'Field "title" is missing.'),
                b('Tulis judul dalam bahasa Inggris.', 'Write the English title.'),
              );
            } else entry.en = r.data;
          } else for (const issue of r.error.issues) errors.push(describeZodIssue(entry.enFile, issue));
        }
      } else if (entry.data?.draft !== true) {
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
      if (opts.includeDrafts || entry.data?.draft !== true) entries.push(entry);
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
  checkReferences(entries, errors);
  errors.push(...checkPlaces(entries));
  errors.push(...corpusRuleErrors(entries));
  warnings.push(...contentWarnings(entries, opts.today ?? todayInJakarta()));
  return { entries, errors, warnings };
}

/** Every `destination:` reference must name a destination that exists (and is not a draft). */
function checkReferences(entries: ParsedEntry[], errors: ContentIssue[]): void {
  const destinations = new Set(entries.filter((e) => e.collection === 'destinations').map((e) => e.slug));
  const check = (e: ParsedEntry, field: string, value: unknown) => {
    if (typeof value !== 'string' || destinations.has(value)) return;
    errors.push({
      file: e.file,
      field,
      code: 'unknown-reference',
      message: b(`Destinasi "${value}" tidak ada (atau masih draf).`, `There is no (published) destination "${value}".`),
      fix: b(
        `Tulis slug destinasi yang ada, yaitu nama foldernya di content/destinations/. ${suggest(value, destinations)}`,
        `Use the slug of an existing destination: its folder name in content/destinations/. ${suggest(value, destinations, 'en')}`,
      ),
    });
  };
  for (const e of entries) {
    const d = e.data as Record<string, unknown> | undefined;
    if (!d) continue;
    if (e.collection === 'events') check(e, 'venue.destination', (d.venue as { destination?: unknown } | undefined)?.destination);
    if (e.collection === 'products') {
      for (const key of ['origin', 'whereToBuy'] as const) {
        ((d[key] as { destination?: unknown }[] | undefined) ?? []).forEach((p, i) => check(e, `${key}.${i}.destination`, p.destination));
      }
    }
  }
}

function suggest(value: string, known: Set<string>, lang: 'id' | 'en' = 'id'): string {
  const near = closest(value, [...known], 6);
  if (!near.length) return '';
  return lang === 'id' ? `Mungkin: ${near.slice(0, 3).join(', ')}.` : `Perhaps: ${near.slice(0, 3).join(', ')}.`;
}
