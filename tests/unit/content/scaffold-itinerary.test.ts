/**
 * `npm run new -- itinerary …`: a new itinerary passes the checker as written when its stops are published
 * destinations with a map point, explains every field, and refuses an unknown or unpinned stop with the
 * checker's own words. On copies of tests/fixtures/content-valid/ (one pinned destination, pantai-contoh),
 * to which the tests add a second pinned destination and an unpinned one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content/validate';
import { isDraft } from '../../../src/content/checked-entry';
import { fieldsOf } from '../../../src/content/schema-field-tree';
import { askMissing } from '../../../src/content/scaffold-questions';
import { planEntry, writeEntry, type Answers } from '../../../src/content/scaffold';
import { renderIndonesian, templateKeys } from '../../../src/content/templates';
import { fixtureCopy } from '../helpers';

const TODAY = '2026-11-28';
const check = (root: string) => checkContent(root, { cwd: root, includeDrafts: true, today: TODAY });

/** The fixture with two more published destinations: `pantai-kedua` (pinned) and `bukit-tanpa-titik` (not pinned). */
function content(): string {
  const root = fixtureCopy();
  const from = path.join(root, 'destinations/pantai-contoh');
  for (const slug of ['pantai-kedua', 'bukit-tanpa-titik']) cpSync(from, path.join(root, 'destinations', slug), { recursive: true });
  const unpinned = path.join(root, 'destinations/bukit-tanpa-titik/index.id.mdx');
  const text = readFileSync(unpinned, 'utf8');
  const without = text.replace(/^location:\n(?: {2}.*\n)+/m, '').replace(/^checkedOnSite: .*\n/m, '');
  expect(without).not.toBe(text);
  writeFileSync(unpinned, without);
  expect(check(root).errors).toEqual([]);
  return root;
}

const answers: Answers = { type: 'itinerary', title: 'Sehari di Contoh', stops: ['pantai-contoh, pantai-kedua', 'pantai-contoh'] };

function plan(root: string, a: Answers) {
  const p = planEntry(root, a, TODAY);
  if ('errors' in p) throw new Error(p.errors.map((e) => e.en).join('\n'));
  return p.entry;
}
const errorsOf = (root: string, a: Answers) => {
  const p = planEntry(root, a, TODAY);
  expect('errors' in p, 'expected planEntry to refuse').toBe(true);
  return 'errors' in p ? p.errors : [];
};

describe('a scaffolded itinerary', () => {
  it('has the days as given, starts as a draft, and passes the content checker as written', () => {
    const root = content();
    const entry = plan(root, { ...answers, startAt: 'Ajibata' });
    expect(entry).toMatchObject({ collection: 'itineraries', slug: 'sehari-di-contoh', startAt: 'ajibata', district: undefined });
    expect(entry.days).toEqual([['pantai-contoh', 'pantai-kedua'], ['pantai-contoh']]);
    const [file] = writeEntry(root, entry);
    const text = readFileSync(file!, 'utf8');
    expect(text).toMatch(/^start: ajibata$/m);
    expect(text).toContain(
      'days:\n  - stops:\n      - destination: pantai-contoh\n      - destination: pantai-kedua\n  - stops:\n      - destination: pantai-contoh\n',
    );
    const { errors, entries } = check(root);
    expect(errors).toEqual([]);
    const made = entries.find((e) => e.collection === 'itineraries' && e.slug === 'sehari-di-contoh');
    expect(made && isDraft(made)).toBe(true);
  });

  it('has every schema field, each explained, and every optional example keeps it valid', () => {
    const root = content();
    const entry = plan(root, answers);
    writeEntry(root, entry);
    writeFileSync(path.join(root, 'itineraries/sehari-di-contoh/foto-1.jpg'), 'x');
    const keys = new Set(templateKeys(entry).map((k) => k.key));
    const text = renderIndonesian(entry);
    for (const f of fieldsOf('itineraries')) {
      expect(keys, `template lacks ${f.path}`).toContain(f.name);
      expect(text, `no comment for ${f.name}`).toContain(`# ${f.label}`);
    }
    const file = path.join(root, 'itineraries/sehari-di-contoh/index.id.mdx');
    for (const { key } of templateKeys(entry).filter((k) => !k.active && !k.alternative)) {
      writeFileSync(file, renderIndonesian(entry, [key]));
      expect(check(root).errors, `uncommenting ${key}`).toEqual([]);
    }
  });

  it('starts in Balige unless told otherwise, and writes the English file when given an English title', () => {
    const root = content();
    const files = writeEntry(root, plan(root, { ...answers, titleEn: 'A Day in Example' }));
    expect(readFileSync(files[0]!, 'utf8')).toMatch(/^start: balige$/m);
    expect(files.map((f) => path.basename(f))).toEqual(['index.id.mdx', 'index.en.mdx']);
    expect(check(root).errors).toEqual([]);
  });
});

describe('the itinerary scaffolder refuses', () => {
  it('an unknown or unpinned stop, in the words of the content checker', () => {
    const root = content();
    const refused = errorsOf(root, { ...answers, stops: ['pantai-contoh', 'pantai-kedua,pantai-kontoh,bukit-tanpa-titik'] });
    expect(refused).toHaveLength(2);
    // The checker, given the same stops written into a file, says the same.
    const entry = plan(root, answers);
    writeEntry(root, entry);
    const file = path.join(root, 'itineraries/sehari-di-contoh/index.id.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'days:\n  - stops:\n      - destination: pantai-contoh\n      - destination: pantai-kedua\n  - stops:\n      - destination: pantai-contoh\n',
        'days:\n  - stops:\n      - destination: pantai-contoh\n  - stops:\n      - destination: pantai-kedua\n      - destination: pantai-kontoh\n      - destination: bukit-tanpa-titik\n',
      ),
    );
    const checker = check(root).errors.filter((e) => e.file.endsWith('sehari-di-contoh/index.id.mdx'));
    expect(checker.map((e) => e.code)).toEqual(['unknown-reference', 'stop-without-location']);
    expect(refused).toEqual(checker.map((e) => ({ id: `${e.message.id} ${e.fix.id}`, en: `${e.message.en} ${e.fix.en}` })));
    expect(refused[0]!.id).toMatch(/^Hari 2, perhentian 2: destinasi "pantai-kontoh" tidak ada .* Mungkin: pantai-contoh/);
    expect(refused[1]!.en).toMatch(/^Day 2, stop 3: destination "bukit-tanpa-titik" has no map point/);
  });

  it('no stops, too many days, or an unknown start', () => {
    const root = content();
    expect(errorsOf(root, { ...answers, stops: [] })[0]!.id).toMatch(/Perhentian \(--perhentian\) belum diisi/);
    expect(errorsOf(root, { ...answers, stops: Array(8).fill('pantai-contoh') })[0]!.en).toMatch(/At most 7 days/);
    expect(errorsOf(root, { ...answers, startAt: 'parapat' })[0]!.en).toMatch(/Unknown starting point "parapat"/);
  });
});

describe('in a terminal', () => {
  it('asks for the start and the stops day by day, asking a day again after an unknown stop', async () => {
    const root = content();
    const replies = ['4', 'Dua Hari Contoh', '', 'pantai-contoh,pantai-kontoh', 'pantai-contoh,pantai-kedua', 'pantai-contoh', '', ''];
    const said: string[] = [];
    const got = await askMissing(root, { stops: [] }, { ask: async () => replies.shift() ?? '', say: (l) => said.push(l) });
    expect(replies).toEqual([]);
    expect(said.join('\n')).toContain('Hari 1, perhentian 2: destinasi "pantai-kontoh" tidak ada');
    expect(got).toMatchObject({
      type: 'ide-perjalanan',
      title: 'Dua Hari Contoh',
      startAt: 'balige',
      stops: ['pantai-contoh,pantai-kedua', 'pantai-contoh'],
    });
    writeEntry(root, plan(root, got));
    expect(check(root).errors).toEqual([]);
  });
});

describe('npm run new', () => {
  it('creates an itinerary from the command line, one --perhentian per day, and refuses an unknown stop', () => {
    const root = content();
    const run = (...args: string[]) =>
      spawnSync('node_modules/.bin/tsx', ['scripts/new-entry.ts', ...args, '--dir', root], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    const bad = run('ide-perjalanan', 'Sehari Salah', '--perhentian', 'pantai-kontoh');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Hari 1, perhentian 1: destinasi "pantai-kontoh" tidak ada');
    const res = run('ide-perjalanan', 'Sehari di Contoh', '--perhentian', 'pantai-contoh,pantai-kedua', '--perhentian', 'pantai-contoh');
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toContain('http://localhost:4321/ide-perjalanan/sehari-di-contoh/');
    expect(check(root).errors).toEqual([]);
  });
});
