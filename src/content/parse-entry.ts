/**
 * The one parse of a content file: frontmatter (YAML 1.2 core schema, so dates stay strings and an
 * impossible date is caught) and then the collection's Zod schema, with the editor's error map
 * (./error-map.ts). The content checker reads every entry through it, and the tests use it for
 * single files; the build parses with the same schemas through Astro's content layer.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import YAML from 'yaml';
import { COLLECTION_SCHEMAS, translationSchema, type CollectionData, type TranslationData } from './schema';
import { SLUG_RE, type SchemaContext } from './shared-field-schemas';
import type { Bilingual, ContentIssue } from './messages';
import type { ContentCollection } from './paths';
import { describeYamlError } from './yaml-errors';
import { editorErrorMap } from './error-map';
import { describeZodIssue } from './zod-issue-messages';

/** Photo files an entry folder may hold. */
export const IMAGE_EXT = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;
export const FRONTMATTER_RE = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

const b = (id: string, en: string): Bilingual => ({ id, en });

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

/** The files of a folder, hidden ones left out ([] when it cannot be read). */
export function listFolder(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => !n.startsWith('.'));
  } catch {
    return [];
  }
}

/** References are checked as slugs here, and against the entries that exist later. One function, so the schemas depending on it are built once. */
const slugReference = () => z.string().regex(SLUG_RE);

/**
 * Photos are paths that must exist next to the entry file; references are slugs. `dir` is the entry's
 * folder, or a function giving it at parse time (one schema then serves every entry of a collection).
 */
export function checkerSchemaContext(dir: string | (() => string)): SchemaContext<string, string> {
  const folder = typeof dir === 'string' ? () => dir : dir;
  return {
    image: () =>
      z.string().superRefine((value, ctx) => {
        const dir = folder();
        if (!IMAGE_EXT.test(value) || !existsSync(path.resolve(dir, value))) {
          // The photos that are there, so the message can name them.
          const available = listFolder(dir).filter((f) => IMAGE_EXT.test(f) || f.endsWith('.svg'));
          ctx.addIssue({ code: 'custom', message: 'image-missing', params: { value, available } });
        }
      }),
    reference: slugReference,
  };
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; issues: ContentIssue[] };

function parseWith<T>(schema: z.ZodType, data: unknown, file: string): Parsed<T> {
  const result = schema.safeParse(data, { reportInput: true, error: editorErrorMap(file) });
  if (result.success) return { ok: true, data: result.data as T };
  return { ok: false, issues: result.error.issues.map((issue) => describeZodIssue(file, issue)) };
}

/**
 * Each collection's checker schema, built once: building it for every entry was a third of the checker's
 * time at 1,000 entries. The folder its photo paths are resolved against is the entry's being parsed.
 */
const checkerSchemas = new Map<ContentCollection, z.ZodType>();
let parsingFolder = '';

/**
 * The frontmatter of the Indonesian file of a `collection` entry in `folder`, validated. `file` (relative to the
 * project) names the file in messages.
 */
export function parseEntryData<C extends ContentCollection>(
  collection: C,
  data: unknown,
  folder: string,
  file: string,
): Parsed<CollectionData<string, string>[C]> {
  let schema = checkerSchemas.get(collection);
  if (!schema) {
    schema = (COLLECTION_SCHEMAS[collection] as (ctx: SchemaContext<string, string>) => z.ZodType)(
      checkerSchemaContext(() => parsingFolder),
    );
    checkerSchemas.set(collection, schema);
  }
  // safeParse is synchronous (no refinement awaits): no other entry's parse can run in between.
  parsingFolder = folder;
  return parseWith(schema, data, file);
}

/** The frontmatter of an English file `index.en.mdx`, validated. */
export function parseTranslationData(data: unknown, file: string): Parsed<TranslationData> {
  return parseWith(translationSchema, data, file);
}

/** A whole Indonesian file's text → its validated data and body, or the problems an editor must fix. */
export function parseEntry<C extends ContentCollection>(
  collection: C,
  text: string,
  folder: string,
  file: string,
): Parsed<CollectionData<string, string>[C]> & { body: string } {
  const parsed = parseFile(text);
  if (parsed.error) {
    const fix =
      parsed.fix ??
      b('Periksa titik dua, indentasi (spasi, bukan tab) dan tanda kutip.', 'Check colons, indentation (spaces, not tabs) and quotes.');
    return { ok: false, issues: [{ file, field: '', code: 'bad-yaml', message: parsed.error, fix }], body: parsed.body };
  }
  return { ...parseEntryData(collection, parsed.data, folder, file), body: parsed.body };
}
