/** The benchmark's parts that can be tested without building: the corpus, the tallies and the report. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, generateCorpus } from '../../../scripts/bench/generate';
import { pagefindPart, tally } from '../../../scripts/bench/first-query';
import { parseHookOutput, runHook } from '../../../scripts/bench/hooks';
import { naiveIndexSize } from '../../../scripts/bench/naive-index';
import { median, table, writeSection } from '../../../scripts/bench/report';
import { plainText } from '../../support/quality/markdown';
import { checkContent, parseFile } from '../../../src/content/validate';
import { inBounds } from '../../../src/config/site';

describe('synthetic corpus', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jt-corpus-'));
  const counts = generateCorpus(dir, 40);
  const result = checkContent(dir, { cwd: dir });
  const entries = result.entries.filter((e) => ['destinations', 'events', 'products'].includes(e.collection));

  it('writes N entries, about half destinations, all valid and translated', () => {
    expect(counts).toEqual({ destinations: 20, events: 10, products: 10 });
    expect(result.errors).toEqual([]);
    // Like the real corpus, the synthetic one has old fees, estimated points and past one-off events:
    // editor warnings (check:content), not mistakes. Anything else would be.
    const expected = new Set(['stale-price', 'approximate-location', 'past-event']);
    expect(result.warnings.filter((w) => !expected.has(w.code))).toEqual([]);
    expect(entries).toHaveLength(40);
    expect(entries.every((e) => e.en?.title)).toBe(true);
  });
  it('writes bodies of 150 to 400 words in both languages', () => {
    for (const e of entries) {
      const en = parseFile(readFileSync(path.join(dir, e.enFile!), 'utf8')).body;
      for (const body of [e.body, en]) {
        expect(countWords(plainText(body)), e.file).toBeGreaterThanOrEqual(150);
        expect(countWords(plainText(body)), e.file).toBeLessThanOrEqual(400);
      }
    }
  });
  it('puts every place inside the regency', () => {
    const points = entries.flatMap((e) => {
      const d = e.data as { location?: { lat: number; lng: number }; venue?: { location?: { lat: number; lng: number } } };
      return [d.location, d.venue?.location].filter((p): p is { lat: number; lng: number } => !!p);
    });
    expect(points.length).toBeGreaterThan(20);
    expect(points.every((p) => inBounds(p.lat, p.lng))).toBe(true);
  });
  it('is the same corpus every time for the same N', () => {
    const again = mkdtempSync(path.join(tmpdir(), 'jt-corpus-'));
    generateCorpus(again, 40);
    const a = checkContent(again, { cwd: again }).entries.map((e) => `${e.file}:${e.body.length}`);
    expect(a).toEqual(result.entries.map((e) => `${e.file}:${e.body.length}`));
  });
  it('gives a naive JSON index that holds every entry in both languages', () => {
    const size = naiveIndexSize(dir);
    expect(size.raw).toBeGreaterThan(40 * 2 * 1000);
    expect(size.gzip).toBeLessThan(size.raw);
    expect(size.br).toBeLessThan(size.gzip);
  });
});

describe('first-query tally', () => {
  it('sorts Pagefind files into their parts', () => {
    expect(pagefindPart('/pagefind/pagefind.js')).toBe('library');
    expect(pagefindPart('/pagefind/pagefind-worker.js')).toBe('worker');
    expect(pagefindPart('/pagefind/wasm.id.pagefind')).toBe('wasm');
    expect(pagefindPart('/pagefind/pagefind-entry.json')).toBe('meta');
    expect(pagefindPart('/pagefind/index/id_3f2a.pf_index')).toBe('index');
    expect(pagefindPart('/pagefind/fragment/id_1.pf_fragment')).toBe('fragments');
  });
  it('counts only Pagefind files', () => {
    const t = tally([
      { path: '/cari/', bytes: 3000, encoding: 'br' },
      { path: '/pagefind/pagefind.js', bytes: 100, encoding: 'br' },
      { path: '/pagefind/index/a.pf_index', bytes: 50, encoding: 'identity' },
    ]);
    expect(t.total).toBe(150);
    expect(t.encoding).toBe('br');
    expect(t.parts.index).toBe(50);
  });
});

describe('report', () => {
  it('takes medians', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
  it('renders a table', () => {
    expect(table(['', 'N = 1'], [['a', '1']])).toBe('|  | N = 1 |\n| --- | ---: |\n| a | 1 |');
  });
  it('replaces only its own section of the document', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'jt-doc-')), 'b.md');
    writeSection(file, 'bench', 'old figures');
    writeSection(file, 'site', 'site figures');
    writeSection(file, 'bench', 'second');
    const doc = readFileSync(file, 'utf8');
    expect(doc).toContain('<!-- bench:start -->\nsecond\n<!-- bench:end -->');
    expect(doc).toContain('site figures');
    expect(doc).not.toContain('old figures');
  });
});

describe('measurement hooks', () => {
  it('reads JSON or plain text from the last line', () => {
    expect(parseHookOutput('log\n{"label":"filter","value":12.5,"unit":"ms"}\n')).toBe('filter: 12.5 ms');
    expect(parseHookOutput('[{"name":"a","value":1},{"name":"b","value":2,"unit":"ms"}]')).toBe('a: 1; b: 2 ms');
    expect(parseHookOutput('filtered 5000 places in 9 ms')).toBe('filtered 5000 places in 9 ms');
  });
  it('says "not measured" when the script is absent, and runs it when present', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'jt-hooks-'));
    expect(runHook('bench-map', {}, root)).toEqual({ text: 'not measured (no scripts/bench-map.*)', ok: false });
    const scripts = path.join(root, 'scripts');
    mkdirSync(scripts);
    writeFileSync(path.join(scripts, 'bench-map.mjs'), 'console.log(JSON.stringify({ label: "n", value: Number(process.env.BENCH_N) }))');
    expect(runHook('bench-map', { BENCH_N: '7' }, root)).toEqual({ text: 'n: 7', ok: true });
  });
});

describe('the bench reads the post-build steps from a build log', () => {
  it("takes each step's time from its line, and nothing from other lines", async () => {
    const { stepTimes } = await import('../../../scripts/bench/timed-build');
    const log = [
      '07:20:40 [jelajah-toba:post-build] Read 291 built pages in 262 ms.',
      '07:20:41 [jelajah-toba:post-build] posters: done in 1234 ms.',
      '07:20:42 [jelajah-toba:post-build] social-templates: done in 56 ms.',
    ].join('\n');
    expect(stepTimes(log)).toEqual({ posters: 1234, 'social-templates': 56 });
  });
});
