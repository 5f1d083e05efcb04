/**
 * `check:content` warnings: each type is reported on a fixture that has that
 * one problem, in both languages, and warnings never fail the command.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content/validate';
import { formatWarnings, monthsBefore, SUMMARY_CARD_MAX, WARNING_TITLES, type WarningCode } from '../../../src/content/warnings';
import { edit, fixtureCopy } from '../helpers';

const TODAY = '2026-11-28';
const DEST = 'destinations/pantai-contoh/index.id.mdx';
const EVENT = 'events/acara-contoh/index.id.mdx';
const PRODUCT = 'products/produk-contoh/index.id.mdx';

function warningsAfter(change: (root: string) => void) {
  const root = fixtureCopy();
  change(root);
  const { errors, warnings } = checkContent(root, { cwd: root, today: TODAY });
  expect(errors, JSON.stringify(errors, null, 1)).toEqual([]);
  return warnings;
}

const cases: { code: WarningCode; name: string; change: (root: string) => void; file: string; field: string }[] = [
  {
    code: 'missing-translation',
    name: 'an entry without index.en.mdx',
    change: (r) => rmSync(path.join(r, 'products/produk-contoh/index.en.mdx')),
    file: PRODUCT,
    field: '',
  },
  {
    code: 'stale-verification',
    name: 'facts last checked 13 months ago',
    change: (r) => edit(r, DEST, 'lastVerified: 2026-11-28', 'lastVerified: 2025-10-27'),
    file: DEST,
    field: 'lastVerified',
  },
  {
    code: 'stale-price',
    name: 'a fee reported three years ago',
    change: (r) => edit(r, DEST, 'year: 2024', 'year: 2023'),
    file: DEST,
    field: 'fees',
  },
  {
    code: 'photo-too-large',
    name: 'a photo of 8000 × 6000 pixels',
    change: (r) => {
      // The header of a JPEG of 8000 × 6000: the checker reads the size from it, without decoding the picture.
      const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, 0x17, 0x70, 0x1f, 0x40, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
      writeFileSync(path.join(r, 'destinations/pantai-contoh/foto.jpg'), Buffer.from([0xff, 0xd8, ...sof, 0xff, 0xd9]));
      edit(
        r,
        DEST,
        'aliases:',
        'photos:\n  - src: ./foto.jpg\n    alt: { id: Pantai, en: Beach }\n    credit: Uji\n    license: CC BY 4.0\naliases:',
      );
    },
    file: DEST,
    field: 'photos.0.src',
  },
  {
    code: 'emoji-title',
    name: 'a title made of emoji only',
    change: (r) => edit(r, DEST, 'title: Pantai Contoh', 'title: "🏖️ 🌊"'),
    file: DEST,
    field: 'title',
  },
  {
    code: 'summary-too-long',
    name: 'a summary too long for a card',
    change: (r) => edit(r, DEST, /^summary: .*$/m, `summary: ${'Pasir putih. '.repeat(15)}`),
    file: DEST,
    field: 'summary',
  },
  {
    code: 'approximate-location',
    name: 'an approximate location',
    change: (r) => edit(r, DEST, 'precision: exact', 'precision: approximate'),
    file: DEST,
    field: 'location',
  },
  {
    code: 'past-event',
    name: 'a one-off event that is over',
    change: (r) => edit(r, EVENT, /start: 2026-01-02\nrecurrence: .*\n/, 'start: 2025-08-22\nend: 2025-08-24\n'),
    file: EVENT,
    field: 'end',
  },
];

describe('the valid fixture', () => {
  it('has no warnings on the day it was checked', () => {
    const root = fixtureCopy();
    expect(checkContent(root, { cwd: root, today: TODAY }).warnings).toEqual([]);
  });
});

describe('check:content warns, in Indonesian and English, about', () => {
  for (const c of cases) {
    it(c.name, () => {
      const warnings = warningsAfter(c.change);
      expect(warnings.map((w) => w.code)).toEqual([c.code]);
      const [w] = warnings;
      expect(w!.file).toBe(c.file);
      expect(w!.field).toBe(c.field);
      for (const text of [w!.message.id, w!.message.en, w!.fix.id, w!.fix.en]) expect(text.length).toBeGreaterThan(15);
      expect(w!.message.id).not.toBe(w!.message.en);
      expect(formatWarnings(warnings, 'id')).toContain(WARNING_TITLES[c.code].id);
      expect(formatWarnings(warnings, 'en')).toContain(WARNING_TITLES[c.code].en);
    });
  }
});

describe('warning thresholds', () => {
  it('does not warn about facts checked exactly 12 months ago, or prices from two years ago', () => {
    const warnings = warningsAfter((r) => edit(r, DEST, 'lastVerified: 2026-11-28', 'lastVerified: 2025-11-28'));
    expect(warnings).toEqual([]);
  });
  it('allows a summary of exactly the card length', () => {
    expect(warningsAfter((r) => edit(r, DEST, /^summary: .*$/m, `summary: ${'a'.repeat(SUMMARY_CARD_MAX)}`))).toEqual([]);
  });
  it('checks English summaries too, naming the English file', () => {
    const warnings = warningsAfter((r) =>
      edit(r, 'destinations/pantai-contoh/index.en.mdx', /^summary: .*$/m, `summary: ${'White sand. '.repeat(16)}`),
    );
    expect(warnings.map((w) => [w.code, w.file])).toEqual([['summary-too-long', 'destinations/pantai-contoh/index.en.mdx']]);
  });
  it('does not warn about a past date of a recurring event', () => {
    expect(warningsAfter((r) => edit(r, EVENT, 'start: 2026-01-02', 'start: 2019-01-04'))).toEqual([]);
  });
  it('leaves drafts alone', () => {
    expect(
      warningsAfter((r) =>
        edit(r, PRODUCT, 'kind: weaving', 'kind: weaving\ndraft: true\npriceRange: { label: { id: Harga }, amount: 1000, year: 2010 }'),
      ),
    ).toEqual([]);
  });
  it('counts months on the calendar', () => {
    expect(monthsBefore('2026-11-28', 12)).toBe('2025-11-28');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-02-29', 12)).toBe('2023-02-28');
  });
});

describe('npm run check:content', () => {
  const run = (root: string, ...args: string[]) =>
    spawnSync('node_modules/.bin/tsx', ['scripts/check-content.ts', '--dir', root, ...args], { encoding: 'utf8' });

  it('exits 0 with warnings, and prints them in Indonesian (English with --lang en)', () => {
    const root = fixtureCopy();
    edit(root, DEST, 'precision: exact', 'precision: approximate');
    const id = run(root);
    expect(id.status, id.stderr).toBe(0);
    expect(id.stdout).toContain(WARNING_TITLES['approximate-location'].id);
    expect(id.stdout).toContain('Tidak ada kesalahan');
    const en = run(root, '--lang', 'en');
    expect(en.stdout).toContain(WARNING_TITLES['approximate-location'].en);
  });

  it('limits the warnings to the entries named, but never hides an error', () => {
    const root = fixtureCopy();
    edit(root, DEST, 'precision: exact', 'precision: approximate');
    rmSync(path.join(root, 'products/produk-contoh/index.en.mdx'));
    const only = run(root, 'produk-contoh');
    expect(only.stdout).toContain(WARNING_TITLES['missing-translation'].id);
    expect(only.stdout).not.toContain(WARNING_TITLES['approximate-location'].id);
    edit(root, EVENT, 'start: 2026-01-02', 'start: 2026-02-30');
    const broken = run(root, 'produk-contoh');
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('events/acara-contoh/index.id.mdx');
  });

  it('exits non-zero on an error', () => {
    const root = fixtureCopy();
    edit(root, DEST, 'district: balige', 'district: ballige');
    const res = run(root);
    expect(res.status).toBe(1);
    expect(res.stdout).toContain('Mungkin maksud Anda "balige"');
  });

  it('lists drafts, which are not published', () => {
    const root = fixtureCopy();
    edit(root, DEST, 'district: balige', 'district: balige\ndraft: true');
    edit(root, EVENT, 'venue: { destination: pantai-contoh }', 'venue: { name: Lapangan, district: balige }');
    edit(root, PRODUCT, '- destination: pantai-contoh', '- district: balige');
    const res = run(root);
    expect(res.status, res.stdout).toBe(0);
    expect(res.stdout).toMatch(/Draf[^\n]*: 1\n\s+• \S*destinations\/pantai-contoh\/index\.id\.mdx/);
  });
});
