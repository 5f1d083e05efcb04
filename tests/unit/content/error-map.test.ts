/**
 * The editor's Zod error map (src/content/error-map.ts) and the one parse it serves
 * (src/content/parse-entry.ts): a schema problem reads as the checker's message, with the field in
 * words and a fix, whether it comes from the error map or from the checker's structured issue.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorErrorMap } from '../../../src/content/error-map';
import { parseEntry, parseEntryData, parseTranslationData } from '../../../src/content/parse-entry';
import { COLLECTION_SCHEMAS, translationSchema } from '../../../src/content/schema';
import { checkerSchemaContext } from '../../../src/content/parse-entry';
import { knownFieldNames } from '../../../src/content/field-words';

const FIXTURE = path.resolve('tests/fixtures/content-valid');
const DEST_DIR = path.join(FIXTURE, 'destinations/pantai-contoh');
const DEST_FILE = 'content/destinations/pantai-contoh/index.id.mdx';
const PRODUCT_FILE = 'content/products/produk-contoh/index.id.mdx';
const destText = () => readFileSync(path.join(DEST_DIR, 'index.id.mdx'), 'utf8');

/** The valid destination's frontmatter with one change. */
function destinationWith(change: (data: Record<string, unknown>) => void) {
  const parsed = parseEntry('destinations', destText(), DEST_DIR, DEST_FILE);
  if (!parsed.ok) throw new Error('the fixture should be valid');
  const data = structuredClone(parsed.data) as unknown as Record<string, unknown>;
  change(data);
  return data;
}

describe('the editor error map', () => {
  const schema = COLLECTION_SCHEMAS.destinations(checkerSchemaContext(DEST_DIR));

  it('gives an unknown district the Indonesian message, a suggestion that differs from what was typed, and the fix', () => {
    const data = destinationWith((d) => (d.district = 'Balgie'));
    const r = schema.safeParse(data, { error: editorErrorMap(DEST_FILE) });
    expect(r.success).toBe(false);
    const message = r.error!.issues[0]!.message;
    expect(message).toContain('Kecamatan: "Balgie" tidak ada dalam daftar.');
    expect(message).toContain('Mungkin maksud Anda "balige"?');
    expect(message).toMatch(/Cara memperbaiki: Tulis slug kecamatan: .*balige/);
    expect(message).not.toMatch(/Invalid (input|option)/);
  });

  it('speaks English when asked', () => {
    const data = destinationWith((d) => (d.category = 'beech'));
    const r = schema.safeParse(data, { error: editorErrorMap(DEST_FILE, 'en') });
    const message = r.error!.issues[0]!.message;
    expect(message).toContain('category: "beech" is not an allowed value. Did you mean "beach"?');
    expect(message).toContain('How to fix: Use one of:');
  });

  it('names a missing field and says where to add it', () => {
    const data = destinationWith((d) => delete d.village);
    const r = schema.safeParse(data, { error: editorErrorMap(DEST_FILE) });
    const message = r.error!.issues[0]!.message;
    expect(message).toMatch(/^Desa\/kelurahan: isian "village" belum ada\./);
    expect(message).toContain('Cara memperbaiki: Tulis nama desa atau kelurahan');
  });

  it('gives a format an example (hours with dots instead of colons)', () => {
    const data = destinationWith((d) => (d.openingHours = { mon: '08.00-17.00' }));
    const r = schema.safeParse(data, { error: editorErrorMap(DEST_FILE) });
    const message = r.error!.issues[0]!.message;
    expect(message).toContain('Jam ditulis dengan titik dua, bukan titik.');
    expect(message).toContain('"08:00-17:00"');
  });

  it('leaves the problems the schemas name themselves (custom keys) to the checker, which words them', () => {
    const data = destinationWith((d) => (d.lastVerified = '2026-02-30'));
    const r = schema.safeParse(data, { error: editorErrorMap(DEST_FILE) });
    expect(r.error!.issues[0]!.message).toBe('impossible-date');
    const parsed = parseEntryData('destinations', data, DEST_DIR, DEST_FILE);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues[0]).toMatchObject({ code: 'impossible-date', field: 'lastVerified' });
    expect(parsed.issues[0]!.message.id).toContain('tidak ada di kalender');
  });

  it('works as a plain error map on any schema of the model (the English file)', () => {
    const r = translationSchema.safeParse({ title: 'X' }, { error: editorErrorMap('content/events/x/index.en.mdx', 'en') });
    expect(r.error!.issues[0]!.message).toMatch(/^summary: field "summary" is missing\. How to fix: /);
  });
});

describe('the one parse of an entry', () => {
  it('returns typed data for a valid file', () => {
    const parsed = parseEntry('destinations', destText(), DEST_DIR, DEST_FILE);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    // Typed from the schema: no casts needed to read a destination's fields.
    expect(parsed.data.district).toBe('balige');
    expect(parsed.data.location?.precision).toBe('exact');
    expect(parsed.data.draft).toBe(false);
    expect(parsed.body).toMatch(/^\nIsi uji/);
  });

  it('names a nested field in words, with the same message the error map gives', () => {
    const data = {
      title: 'X',
      summary: 'Y',
      kind: 'coffee',
      origin: [{ district: 'balige' }],
      whereToBuy: [{ district: 'balige' }, { district: 'Balgie' }],
    };
    const parsed = parseEntryData('products', data, path.join(FIXTURE, 'products/produk-contoh'), PRODUCT_FILE);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const issue = parsed.issues.find((i) => i.field === 'whereToBuy.1.district')!;
    expect(issue.message.id).toBe('Tempat membeli ke-2 → Kecamatan: "Balgie" tidak ada dalam daftar. Mungkin maksud Anda "balige"?');
    expect(issue.code).toBe('unknown-district');
  });

  it('turns a YAML mistake into one Indonesian message with the line', () => {
    const parsed = parseEntry('destinations', destText().replace('category: beach', 'category: beach: pasir'), DEST_DIR, DEST_FILE);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]).toMatchObject({ code: 'bad-yaml', file: DEST_FILE });
    expect(parsed.issues[0]!.message.id).toMatch(/^Baris 4 /);
  });

  it('checks the English file with the same error map', () => {
    const parsed = parseTranslationData({ title: 'Example', summary: '', extra: 1 }, 'content/destinations/x/index.en.mdx');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.code).sort()).toEqual(['empty', 'unknown-field']);
  });
});

describe('field names for suggestions', () => {
  it('come from the schemas, at every depth', () => {
    const names = knownFieldNames();
    for (const name of ['title', 'whereToBuy', 'precision', 'freq', 'weekdays', 'amountMax', 'whatsapp', 'onWater', 'moved', 'from'])
      expect(names).toContain(name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the checker schema of a collection, built once', () => {
  it("resolves each entry's photo against that entry's own folder", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'jt-photo-'));
    const [withPhoto, without] = ['a', 'b'].map((slug) => path.join(root, slug));
    for (const dir of [withPhoto!, without!]) mkdirSync(dir);
    writeFileSync(path.join(withPhoto!, 'foto.jpg'), '');
    const data = destinationWith((d) => (d.photos = [{ src: './foto.jpg', alt: { id: 'Pantai', en: 'Beach' }, credit: 'Dinas' }]));
    const photoIssue = (dir: string) => {
      const parsed = parseEntryData('destinations', data, dir, `${dir}/index.id.mdx`);
      return parsed.ok ? undefined : parsed.issues.find((i) => i.field === 'photos.0.src');
    };
    // In turn, as the checker reads entries: the schema is the same object each time, the folder is not.
    expect(photoIssue(withPhoto!)).toBeUndefined();
    expect(photoIssue(without!)?.code).toBe('image-missing');
    expect(photoIssue(withPhoto!)).toBeUndefined();
  });
});
