import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content/validate';
import { formatIssues } from '../../../src/content/messages';
import { edit, fixtureCopy } from '../helpers';

const DEST = 'destinations/pantai-contoh/index.id.mdx';
const EVENT = 'events/acara-contoh/index.id.mdx';

/** Runs the checker on a broken copy and returns its errors. */
function errorsAfter(breakIt: (root: string) => void) {
  const root = fixtureCopy();
  breakIt(root);
  return { root, errors: checkContent(root, { cwd: root }).errors };
}

describe('the valid fixture', () => {
  it('has no errors', () => {
    const root = fixtureCopy();
    const { errors, entries } = checkContent(root, { cwd: root });
    expect(errors).toEqual([]);
    expect(entries.map((e) => `${e.collection}/${e.slug}`)).toContain('destinations/pantai-contoh');
  });
});

// Each case: how an editor breaks the content, and what the error must name.
const cases: { name: string; breakIt: (root: string) => void; file: string; field: string; code: string; says: RegExp }[] = [
  {
    name: 'a cancelled day the weekly rule does not give',
    breakIt: (r) =>
      edit(r, EVENT, 'recurrence: { freq: weekly, weekday: fri }', 'recurrence: { freq: weekly, weekday: fri, except: [2027-01-09] }'),
    file: EVENT,
    field: 'recurrence.except.0',
    code: 'not-in-schedule',
    says: /2027-01-09 bukan salah satu tanggal acara[\s\S]*terdekat menurut pola adalah 2027-01-08/,
  },
  {
    name: 'a weekly event without its day',
    breakIt: (r) => edit(r, EVENT, 'recurrence: { freq: weekly, weekday: fri }', 'recurrence: { freq: weekly }'),
    file: EVENT,
    field: 'recurrence.weekday',
    code: 'weekly-days',
    says: /belum menyebut harinya/,
  },
  {
    name: 'a published body shorter than the minimum (the tests once enforced it, the checker did not)',
    breakIt: (r) => edit(r, DEST, /\n---\n[\s\S]*$/, '\n---\n\nPantai yang indah.\n'),
    file: DEST,
    field: '',
    code: 'body-too-short',
    says: /hanya 3 kata; paling sedikit 80 kata/,
  },
  {
    name: 'a short English body',
    breakIt: (r) => edit(r, 'destinations/pantai-contoh/index.en.mdx', /\n---\n[\s\S]*$/, '\n---\n\nA fine beach.\n'),
    file: 'destinations/pantai-contoh/index.en.mdx',
    field: '',
    code: 'body-too-short',
    says: /bahasa Inggris/,
  },
  {
    name: 'a destination named after a place outside the regency',
    breakIt: (r) => edit(r, DEST, /^title: .*$/m, 'title: Batu Gantung'),
    file: DEST,
    field: 'title',
    code: 'outside-toba',
    says: /Batu Gantung, yang berada di Simalungun/,
  },
  {
    name: 'a destination whose point lies in another district than the one it names',
    breakIt: (r) => edit(r, DEST, 'district: balige', 'district: ajibata'),
    file: DEST,
    field: 'location',
    code: 'wrong-district',
    says: /Kecamatan Balige.*bukan Ajibata/,
  },
  {
    name: 'a missing title',
    breakIt: (r) => edit(r, DEST, /^title: .*\n/m, ''),
    file: DEST,
    field: 'title',
    code: 'missing',
    says: /title/,
  },
  {
    name: 'a latitude that is not a number',
    breakIt: (r) => edit(r, DEST, 'lat: 2.3485', 'lat: "dua koma tiga"'),
    file: DEST,
    field: 'location.lat',
    code: 'wrong-type',
    says: /angka|number/,
  },
  {
    name: 'a location outside Kabupaten Toba',
    breakIt: (r) => edit(r, DEST, /lat: 2.3485\n {2}lng: 99.074/, 'lat: 3.5952\n  lng: 98.6722'),
    file: DEST,
    field: 'location',
    code: 'outside-bounds',
    says: /luar Kabupaten Toba/,
  },
  {
    name: 'an unknown district',
    breakIt: (r) => edit(r, DEST, 'district: balige', 'district: ballige'),
    file: DEST,
    field: 'district',
    code: 'unknown-district',
    says: /Mungkin maksud Anda "balige"/,
  },
  {
    name: 'an unknown category',
    breakIt: (r) => edit(r, DEST, 'category: beach', 'category: pantai'),
    file: DEST,
    field: 'category',
    code: 'unknown-category',
    says: /tidak ada dalam daftar/,
  },
  {
    name: 'an event that ends before it starts',
    breakIt: (r) => edit(r, EVENT, 'start: 2026-01-02', 'start: 2026-01-02\nend: 2025-12-30'),
    file: EVENT,
    field: 'end',
    code: 'end-before-start',
    says: /lebih awal/,
  },
  {
    name: 'an impossible date',
    breakIt: (r) => edit(r, EVENT, 'start: 2026-01-02', 'start: 2026-02-30'),
    file: EVENT,
    field: 'start',
    code: 'impossible-date',
    says: /tidak ada di kalender/,
  },
  {
    name: 'a photo without alt text',
    breakIt: (r) => {
      writeFileSync(path.join(r, 'destinations/pantai-contoh/foto.jpg'), 'x');
      edit(r, DEST, 'aliases:', 'photos:\n  - src: ./foto.jpg\n    credit: Dinas Pariwisata\naliases:');
    },
    file: DEST,
    field: 'photos.0.alt',
    code: 'missing',
    says: /teks alternatif/,
  },
  {
    name: 'a reference to a destination that does not exist',
    breakIt: (r) => edit(r, EVENT, 'destination: pantai-contoh', 'destination: pantai-kontoh'),
    file: EVENT,
    field: 'venue.destination',
    code: 'unknown-reference',
    says: /pantai-contoh/,
  },
  {
    name: 'two entries with the same slug',
    breakIt: (r) => {
      mkdirSync(path.join(r, 'destinations/Pantai_Contoh'));
      cpSync(path.join(r, 'destinations/pantai-contoh'), path.join(r, 'destinations/Pantai_Contoh'), { recursive: true });
    },
    file: 'destinations/Pantai_Contoh',
    field: '',
    code: 'duplicate-slug',
    says: /slug yang sama, "pantai-contoh"/,
  },
];

describe('bad content fails with the file, the field and the fix', () => {
  for (const c of cases) {
    it(`reports ${c.name}`, () => {
      const { errors } = errorsAfter(c.breakIt);
      const match = errors.find((e) => e.code === c.code);
      expect(match, `errors were: ${JSON.stringify(errors, null, 1)}`).toBeDefined();
      expect(match!.file).toBe(c.file);
      expect(match!.field).toBe(c.field);
      const report = formatIssues([match!], 'id');
      expect(report).toContain(c.file);
      expect(report).toMatch(c.says);
      expect(match!.fix.id.length).toBeGreaterThan(10);
      expect(match!.fix.en.length).toBeGreaterThan(10);
    });
  }
});

describe('nothing is silently dropped', () => {
  it('flags a file saved outside an entry folder', () => {
    const { errors } = errorsAfter((r) => writeFileSync(path.join(r, 'destinations/lupa-folder.mdx'), '---\ntitle: x\n---\n'));
    expect(errors.map((e) => e.code)).toContain('stray-file');
  });
  it('flags an English file without its Indonesian original', () => {
    const { errors } = errorsAfter((r) => {
      mkdirSync(path.join(r, 'products/hanya-inggris'));
      writeFileSync(path.join(r, 'products/hanya-inggris/index.en.mdx'), '---\ntitle: Only English\nsummary: x\n---\n');
    });
    expect(errors.map((e) => e.code)).toContain('missing-indonesian');
  });
  it('flags a misspelt field name with a suggestion', () => {
    const { errors } = errorsAfter((r) => edit(r, DEST, 'village:', 'vilage:'));
    const unknown = errors.find((e) => e.code === 'unknown-field');
    expect(unknown?.message.en).toMatch(/Did you mean "village"/);
  });
  it('reports a YAML syntax error in plain words', () => {
    const { errors } = errorsAfter((r) => edit(r, DEST, 'summary: Pantai uji', 'summary: Pantai: uji: rusak'));
    expect(errors[0]?.code).toBe('bad-yaml');
    expect(errors[0]?.file).toBe(DEST);
  });
  it('warns about a missing translation without failing', () => {
    const root = fixtureCopy();
    rmSync(path.join(root, 'products/produk-contoh/index.en.mdx'));
    const res = checkContent(root, { cwd: root });
    expect(res.errors).toEqual([]);
    expect(res.warnings).toContainEqual(
      expect.objectContaining({ code: 'missing-translation', file: 'products/produk-contoh/index.id.mdx' }),
    );
  });
});
