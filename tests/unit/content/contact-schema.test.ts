/**
 * The contact fields (src/content/contact-schema.ts) through the one parse: a malformed number is refused with
 * the field in words and the fix, in Indonesian and English, and a valid group passes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEntry, parseEntryData } from '../../../src/content/parse-entry';
import { fieldAt } from '../../../src/content/schema-field-tree';

const DIR = path.resolve('tests/fixtures/content-valid/destinations/pantai-contoh');
const FILE = 'content/destinations/pantai-contoh/index.id.mdx';
const PRODUCT = 'content/products/produk-contoh/index.id.mdx';
const withContact = (yaml: string) =>
  readFileSync(path.join(DIR, 'index.id.mdx'), 'utf8').replace('aliases:', `contact:\n${yaml}\naliases:`);
const parse = (yaml: string) => parseEntry('destinations', withContact(yaml), DIR, FILE);

describe('an entry’s contact', () => {
  it('accepts every field written well', () => {
    const r = parse(
      [
        '  whatsapp: "+6281200000000"',
        '  phone: "+62632000000"',
        '  email: info@contoh.id',
        '  instagram: "@contoh"',
        '  website: https://contoh.id/',
        '  marketplaces:',
        '    - name: Lapak Uji',
        '      url: https://lapak.example/toko',
      ].join('\n'),
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data.contact?.whatsapp).toBe('+6281200000000');
  });

  it('refuses a WhatsApp number with a leading 0, naming the field and the number to write', () => {
    const r = parse('  whatsapp: "0812-3456-7890"');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.issues[0]!;
    expect(issue.code).toBe('phone-format');
    expect(issue.field).toBe('contact.whatsapp');
    expect(issue.message.id).toBe('Kontak → WhatsApp: nomor "0812-3456-7890" diawali 0; situs memakai bentuk internasional +62.');
    expect(issue.fix.id).toContain('Tulis `"+6281234567890"`: +62, lalu nomornya tanpa 0 di depan');
    expect(issue.message.en).toContain('the number "0812-3456-7890" starts with 0');
  });

  it('refuses a number too short, telling the editor to write +62812… without the 0', () => {
    const r = parse('  phone: "+62812"');
    if (r.ok) throw new Error('should be refused');
    expect(r.issues[0]!.message.id).toContain('terlalu pendek');
    expect(r.issues[0]!.fix.id).toContain('Tulis +62812…, tanpa 0 di depan');
  });

  it('refuses an unquoted number (YAML reads it as a number) with the advice to quote it', () => {
    const r = parse('  whatsapp: +6281234567890');
    if (r.ok) throw new Error('should be refused');
    expect(r.issues[0]!.code).toBe('wrong-type');
    expect(r.issues[0]!.fix.id).toContain('dalam tanda kutip');
  });

  it('refuses an Instagram name with spaces, and an e-mail without a domain', () => {
    const r = parse('  instagram: "dinas pariwisata"\n  email: info@contoh');
    if (r.ok) throw new Error('should be refused');
    expect(r.issues.map((i) => i.code).sort()).toEqual(['bad-format', 'instagram-format']);
  });

  it('names a seller’s number in English too', () => {
    const r = parseEntryData('products', { sellers: [{ name: 'X', place: { id: 'Pasar' }, phone: '62 812 3456 7890' }] }, DIR, PRODUCT);
    if (r.ok) throw new Error('should be refused');
    const issue = r.issues.find((i) => i.field === 'sellers.0.phone')!;
    expect(issue.message.en).toContain('does not start with +');
    expect(issue.fix.en).toContain('Write `"+6281234567890"`');
  });

  it('gives the CMS the E.164 pattern and the field reference its words', () => {
    const f = fieldAt('products', 'contact.whatsapp');
    expect(f?.pattern).toBe('^\\+[1-9][0-9]{7,14}$');
    expect(f?.label).toBe('WhatsApp');
    expect(fieldAt('events', 'contact.marketplaces[].url')?.type).toBe('url');
    expect(fieldAt('products', 'sellers[].whatsapp')?.pattern).toBeDefined();
  });
});
