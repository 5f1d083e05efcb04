/**
 * `npm run new`: what it writes passes the checker at once, explains every
 * field, refuses taken slugs and unknown districts, and asks for what is
 * missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content/validate';
import { isDraft } from '../../../src/content/checked-entry';
import { fieldsOf } from '../../../src/content/schema-field-tree';
import { askMissing } from '../../../src/content/scaffold-questions';
import { guessCategory, guessKind, planEntry, resolveDistrict, writeEntry, type Answers } from '../../../src/content/scaffold';
import { renderIndonesian, templateKeys, type NewEntry } from '../../../src/content/templates';
import { fixtureCopy } from '../helpers';

const TODAY = '2026-11-28';

function plan(root: string, a: Answers): NewEntry {
  const p = planEntry(root, a, TODAY);
  if ('errors' in p) throw new Error(p.errors.map((e) => e.en).join('\n'));
  return p.entry;
}

function errorsOf(root: string, a: Answers): string {
  const p = planEntry(root, a, TODAY);
  expect('errors' in p, 'expected planEntry to refuse').toBe(true);
  return 'errors' in p ? p.errors.map((e) => `${e.id}\n${e.en}`).join('\n') : '';
}

const check = (root: string) => checkContent(root, { cwd: root, includeDrafts: true, today: TODAY });

const KINDS: [string, Answers][] = [
  ['destinasi', { type: 'destinasi', title: 'Air Terjun Contoh', district: 'Balige' }],
  ['acara', { type: 'acara', title: 'Festival Contoh 2027', district: 'porsea', start: '2027-06-17' }],
  ['produk', { type: 'produk', title: 'Kopi Contoh', district: 'Habinsaran' }],
];

describe('a scaffolded entry', () => {
  for (const [word, answers] of KINDS) {
    it(`(${word}) passes the content checker as written, as a draft`, () => {
      const root = fixtureCopy();
      const entry = plan(root, answers);
      const [file] = writeEntry(root, entry);
      expect(path.relative(root, file!)).toBe(`${entry.collection}/${entry.slug}/index.id.mdx`);
      const { errors, entries } = check(root);
      expect(errors).toEqual([]);
      const made = entries.find((e) => e.collection === entry.collection && e.slug === entry.slug);
      expect(made && isDraft(made)).toBe(true);
    });

    it(`(${word}) has every schema field, each explained by a comment`, () => {
      const entry = plan(fixtureCopy(), answers);
      const keys = new Set(templateKeys(entry).map((k) => k.key));
      const text = renderIndonesian(entry);
      for (const f of fieldsOf(entry.collection)) {
        expect(keys, `template lacks ${f.path}`).toContain(f.name);
        expect(text, `no comment for ${f.name}`).toContain(`# ${f.label}`);
      }
    });

    it(`(${word}) gives valid examples: uncommenting any one optional field keeps the entry valid`, () => {
      const root = fixtureCopy();
      const entry = plan(root, answers);
      writeEntry(root, entry);
      writeFileSync(path.join(root, entry.collection, entry.slug, 'foto-1.jpg'), 'x');
      const file = path.join(root, entry.collection, entry.slug, 'index.id.mdx');
      for (const { key } of templateKeys(entry).filter((k) => !k.active && !k.alternative)) {
        writeFileSync(file, renderIndonesian(entry, [key]));
        const { errors } = check(root);
        expect(errors, `uncommenting ${key}: ${JSON.stringify(errors, null, 1)}`).toEqual([]);
        expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`^${key}:`, 'm'));
      }
    });
  }

  it('writes index.en.mdx too when given an English title, and it is valid', () => {
    const root = fixtureCopy();
    const entry = plan(root, { type: 'destination', title: 'Air Terjun Contoh', district: 'balige', titleEn: 'Example Waterfall' });
    const files = writeEntry(root, entry);
    expect(files.map((f) => path.basename(f))).toEqual(['index.id.mdx', 'index.en.mdx']);
    const { errors, entries } = check(root);
    expect(errors).toEqual([]);
    expect(entries.find((e) => e.slug === 'air-terjun-contoh')?.en?.title).toBe('Example Waterfall');
  });

  it('quotes a start time and uses a destination as the venue', () => {
    const root = fixtureCopy();
    const entry = plan(root, {
      type: 'event',
      title: 'Pentas Contoh',
      district: 'balige',
      start: '2027-06-17 19:30',
      destination: 'pantai-contoh',
    });
    writeEntry(root, entry);
    const text = readFileSync(path.join(root, 'events/pentas-contoh/index.id.mdx'), 'utf8');
    expect(text).toContain('start: "2027-06-17 19:30"');
    expect(text).toMatch(/^venue:\n {2}destination: pantai-contoh$/m);
    expect(check(root).errors).toEqual([]);
  });
});

describe('the scaffolder refuses', () => {
  it('a slug that already exists', () => {
    expect(errorsOf(fixtureCopy(), { type: 'destinasi', title: 'Pantai Contoh', district: 'balige' })).toMatch(
      /Slug "pantai-contoh" sudah dipakai/,
    );
  });
  it('an unknown district, suggesting the nearest', () => {
    expect(errorsOf(fixtureCopy(), { type: 'destinasi', title: 'X', district: 'Balgie' })).toMatch(/Mungkin maksud Anda "balige"/);
    expect(errorsOf(fixtureCopy(), { type: 'destinasi', title: 'X', district: 'Lintong Nihuta' })).toMatch(
      /bukan kecamatan di Kabupaten Toba/,
    );
  });
  it('an unknown type, category, date or destination', () => {
    const root = fixtureCopy();
    expect(errorsOf(root, { type: 'hotel', title: 'X', district: 'balige' })).toMatch(/Jenis "hotel" tidak dikenal/);
    expect(errorsOf(root, { type: 'destinasi', title: 'X', district: 'balige', category: 'pantai' })).toMatch(/Kategori "pantai"/);
    expect(errorsOf(root, { type: 'acara', title: 'X', district: 'balige', start: '2027-02-30' })).toMatch(
      /Tanggal "2027-02-30" tidak sah/,
    );
    expect(errorsOf(root, { type: 'acara', title: 'X', district: 'balige', destination: 'pantai-kontoh' })).toMatch(
      /Mungkin: pantai-contoh/,
    );
  });
});

describe('districts', () => {
  it('are accepted by official name in any case, with or without "Kecamatan", or by slug', () => {
    for (const input of ['Lumban Julu', 'lumban julu', 'LUMBAN JULU', 'Kecamatan Lumban Julu', 'lumban-julu'])
      expect(resolveDistrict(input)).toEqual({ ok: 'lumban-julu' });
  });
});

describe('guesses from the title', () => {
  it('the category and the product kind, by their Indonesian names', () => {
    expect(guessCategory('Air Terjun Contoh')).toBe('waterfall');
    expect(guessCategory('Pantai Baru')).toBe('beach');
    expect(guessCategory('Bukit Indah')).toBeUndefined();
    expect(guessKind('Kopi Contoh')).toBe('coffee');
    expect(guessKind('Ulos Baru')).toBeUndefined();
  });
});

describe('in a terminal', () => {
  it('asks for what is missing, and asks again after a wrong answer', async () => {
    const root = fixtureCopy();
    const answers = ['1', 'Pantai Baru', 'Balgie', 'balige', '', 'Lumban Silintong', 'New Beach'];
    const asked: string[] = [];
    const said: string[] = [];
    const got = await askMissing(root, {}, { ask: async (q) => (asked.push(q), answers.shift() ?? ''), say: (l) => said.push(l) });
    expect(answers).toEqual([]);
    expect(asked.filter((q) => q.startsWith('Kecamatan'))).toHaveLength(2);
    expect(said.join('\n')).toContain('Mungkin maksud Anda "balige"');
    expect(got).toMatchObject({
      type: 'destinasi',
      title: 'Pantai Baru',
      district: 'balige',
      category: 'beach',
      village: 'Lumban Silintong',
      titleEn: 'New Beach',
    });
    const entry = plan(root, got);
    writeEntry(root, entry);
    expect(check(root).errors).toEqual([]);
  });
});

describe('npm run new', () => {
  const run = (root: string, ...args: string[]) =>
    spawnSync('node_modules/.bin/tsx', ['scripts/new-entry.ts', ...args, '--dir', root], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  it('creates an entry from the command line and says what to do next', () => {
    const root = fixtureCopy();
    const res = run(root, 'destinasi', 'Air Terjun Contoh', '--kecamatan', 'Balige');
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toContain('destinations/air-terjun-contoh/index.id.mdx');
    expect(res.stdout).toContain('http://localhost:4321/destinasi/air-terjun-contoh/');
    expect(existsSync(path.join(root, 'destinations/air-terjun-contoh/index.id.mdx'))).toBe(true);
  });

  it('refuses a taken slug without touching the existing files', () => {
    const root = fixtureCopy();
    const file = path.join(root, 'destinations/pantai-contoh/index.id.mdx');
    const before = readFileSync(file, 'utf8');
    const res = run(root, 'destinasi', 'Pantai Contoh', '--kecamatan', 'balige');
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('sudah dipakai');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('outside a terminal, lists what is missing (in English with --lang en)', () => {
    const res = run(fixtureCopy(), 'event', '--lang', 'en');
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('The title is missing');
    expect(res.stderr).toContain('The district (--district) is missing');
    expect(res.stderr).toContain('Usage:');
  });
});

describe('with a point (--lat/--lng)', () => {
  it('fills in the kecamatan and the desa from the point, and the entry passes the checker', () => {
    const root = fixtureCopy();
    const entry = plan(root, { type: 'destinasi', title: 'Pantai Titik', lat: '2.3485', lng: '99.074' });
    expect(entry).toMatchObject({ district: 'balige', village: 'Lumban Bulbul', location: { lat: 2.3485, lng: 99.074 } });
    writeEntry(root, entry);
    const text = readFileSync(path.join(root, 'destinations/pantai-titik/index.id.mdx'), 'utf8');
    expect(text).toMatch(/^district: balige$/m);
    expect(text).toMatch(/^village: Lumban Bulbul$/m);
    expect(text).toMatch(/^ {2}lat: 2\.3485$/m);
    expect(check(root).errors).toEqual([]);
  });
  it('refuses a point out on the lake, outside the regency, or in another kecamatan than --kecamatan', () => {
    const root = fixtureCopy();
    expect(errorsOf(root, { type: 'destinasi', title: 'A', lat: '2.4', lng: '99.003' })).toMatch(/perairan Danau Toba/);
    expect(errorsOf(root, { type: 'destinasi', title: 'A', lat: '2.45', lng: '98.95' })).toMatch(/Kabupaten Samosir/);
    expect(errorsOf(root, { type: 'destinasi', title: 'A', lat: '2.357', lng: '99.127', district: 'Balige' })).toMatch(
      /Titik ini ada di Kecamatan Laguboti \(Kelurahan Pasar Laguboti\), bukan Balige/,
    );
    expect(errorsOf(root, { type: 'destinasi', title: 'A', lat: 'dua', lng: '99' })).toMatch(/--lat 2\.3485 --lng 99\.0740/);
  });
  it('without a point, pins a named desa inside that desa, and refuses a desa the kecamatan does not have', () => {
    const root = fixtureCopy();
    writeEntry(root, plan(root, { type: 'destinasi', title: 'Bukit Desa', district: 'ajibata', village: 'horsik' }));
    const text = readFileSync(path.join(root, 'destinations/bukit-desa/index.id.mdx'), 'utf8');
    expect(text).toMatch(/^village: Horsik$/m);
    expect(check(root).errors).toEqual([]);
    expect(errorsOf(root, { type: 'destinasi', title: 'B', district: 'ajibata', village: 'Motungg' })).toMatch(/Mungkin: Motung/);
  });
});
