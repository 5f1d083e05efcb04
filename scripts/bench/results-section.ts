/**
 * What `npm run bench` measures for one corpus size, and the Markdown section
 * of docs/benchmarks.md it makes of them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { budgets } from '../../src/config/budgets';
import type { CorpusStats } from './generate';
import { PAGEFIND_PARTS, type FirstQuery } from './first-query';
import type { HookResult } from './hooks';
import type { BenchOptions } from './options';
import { int, kb, mb, median, ratio, secs, table } from './report';
import { ROOT, type Build } from './timed-build';

export interface SizeResult {
  n: number;
  counts: CorpusStats;
  pages: number;
  floorPages: number;
  /** The first build of the corpus: every share image drawn (none cached yet). */
  first: Build;
  /** Share images drawn by the first build. */
  cards: number;
  /** Later builds: fresh output and Astro cache, share images from the cache. */
  ours: Build[];
  floor: Build[];
  distBytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
  firstQuery: FirstQuery[];
  naive: { raw: number; gzip: number; br: number };
  map: { htmlBytes: number; htmlGzip: number; jsGzip: number };
  /** The heaviest page by gzipped HTML, against the 60 KB budget of every page. */
  largestHtml: { url: string; htmlBytes: number; htmlGzip: number };
  hooks: { map: HookResult; search: HookResult };
}

/** The post-build steps of the print kit whose cost the table gives (src/build/steps/print-kit.ts). */
const PRINT_STEPS = [
  ['posters', 'step `posters` (A4/A5 posters, SVG and PDF)'],
  ['social-templates', 'step `social-templates` (square and story images)'],
] as const;

/** The Markdown section for docs/benchmarks.md. */
export function render(
  results: SizeResult[],
  opts: BenchOptions,
  meta: { command: string; date: string; machine: string; load: string },
): string {
  const col = (f: (r: SizeResult) => string) => results.map(f);
  const range = (xs: number[], fmt: (x: number) => string) => `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;
  const oursMs = (r: SizeResult) => median(r.ours.map((b) => b.ms));
  const floorMs = (r: SizeResult) => median(r.floor.map((b) => b.ms));
  const fq = (r: SizeResult) => [...r.firstQuery].sort((a, b) => a.total - b.total)[Math.floor(r.firstQuery.length / 2)]!;
  const naiveOf = (r: SizeResult) => (fq(r).encoding === 'br' ? r.naive.br : r.naive.gzip);
  const head = ['', ...results.map((r) => `N = ${int(r.n)}`)];
  const version = (pkg: string) =>
    (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  const build = table(head, [
    [
      'entries (destinations / events / products)',
      ...col((r) => `${int(r.n)} (${r.counts.destinations} / ${r.counts.events} / ${r.counts.products})`),
    ],
    ['HTML pages built', ...col((r) => int(r.pages))],
    [
      'build wall time, share images cached, median (min–max)',
      ...col((r) =>
        range(
          r.ours.map((b) => b.ms),
          secs,
        ),
      ),
    ],
    ['**pages per second**', ...col((r) => `**${(r.pages / (oursMs(r) / 1000)).toFixed(1)}**`)],
    ['peak memory (RSS)', ...col((r) => mb(median(r.ours.map((b) => b.rssKb * 1024))))],
    [
      'floor: bare Astro build of the same MDX, wall time',
      ...col((r) =>
        range(
          r.floor.map((b) => b.ms),
          secs,
        ),
      ),
    ],
    ['floor: HTML pages', ...col((r) => int(r.floorPages))],
    ['floor: peak memory (RSS)', ...col((r) => mb(median(r.floor.map((b) => b.rssKb * 1024))))],
    ["**our build time over the floor's** (goal: ≤ 1.5× at 1,000)", ...col((r) => `**${ratio(oursMs(r), floorMs(r))}**`)],
    ['first build of the corpus, drawing every share image (one run)', ...col((r) => `${secs(r.first.ms)} (${int(r.cards)} images)`)],
    ["first build over the floor's", ...col((r) => ratio(r.first.ms, floorMs(r)))],
    ['first build: peak memory (RSS)', ...col((r) => mb(r.first.rssKb * 1024))],
    // The print kit (#22): posters and social templates are drawn once per content and then copied from the cache.
    ...PRINT_STEPS.map(([step, what]): string[] => [
      `${what}: first build / cached build (median)`,
      ...col((r) => `${secs(r.first.steps[step] ?? Number.NaN)} / ${secs(median(r.ours.map((b) => b.steps[step] ?? Number.NaN)))}`),
    ]),
  ]);
  const output = table(head, [
    ['dist size', ...col((r) => mb(r.distBytes))],
    ['Pagefind index size (files)', ...col((r) => `${mb(r.pagefindBytes)} (${int(r.pagefindFiles)})`)],
    [
      `**first search query over the wire** (\`${opts.query}\`, median)`,
      ...col((r) => `**${kb(median(r.firstQuery.map((q) => q.total)))}** (${fq(r).requests} requests, ${fq(r).encoding})`),
    ],
    ...PAGEFIND_PARTS.filter((p) => results.some((r) => fq(r).parts[p] > 0)).map((p) => [
      `  of which ${p}`,
      ...col((r) => kb(fq(r).parts[p])),
    ]),
    ['naive full JSON index of all entries, compressed alike', ...col((r) => `${kb(naiveOf(r))} (raw ${mb(r.naive.raw)})`)],
    ['**first query over the naive index**', ...col((r) => `**${ratio(median(r.firstQuery.map((q) => q.total)), naiveOf(r))}**`)],
    ['map page HTML (raw / gzip)', ...col((r) => `${kb(r.map.htmlBytes)} / ${kb(r.map.htmlGzip)}`)],
    ['map page JS (gzip, lazy chunks included)', ...col((r) => kb(r.map.jsGzip))],
    [`largest HTML page (gzip; budget ${kb(budgets.pageHtml)})`, ...col((r) => `${kb(r.largestHtml.htmlGzip)} (\`${r.largestHtml.url}\`)`)],
    ['map: time to filter at 5,000 places (`scripts/bench-map.*`)', ...col((r) => r.hooks.map.text)],
    ['search (`scripts/bench-search.*`)', ...col((r) => r.hooks.search.text)],
  ]);
  return `## At scale: \`npm run bench\`

- **Command:** \`${meta.command}\` (${opts.runs} run${opts.runs === 1 ? '' : 's'} per size; medians)
- **Date:** ${meta.date}
- **Machine:** ${meta.machine}; load average at start ${meta.load}
- **Versions:** Astro ${version('astro')}, Pagefind ${version('pagefind')}, @astrojs/mdx ${version('@astrojs/mdx')}

Each size is a synthetic corpus (\`scripts/bench/generate.ts\`: destinations, events and products in both
languages, bodies of 150–400 words, every point inside the regency) that passes the content checker. Every
timed build has fresh output and Astro cache folders; share images (one 1200×630 PNG per page, drawn with
satori and resvg) come from their cache, which the corpus's **first build** fills (reported on its own line:
keep that cache between deploys, docs/deploy.md). The **floor** is a bare Astro build of the same MDX files with a
minimal layout and no map, search or i18n (\`scripts/bench/floor/\`): one page per MDX file. The **first search
query** is measured in headless Chromium against a compressing static server (\`scripts/bench/serve.ts\`) and
counts every Pagefind file fetched, compressed as sent. The **naive index** is what Fuse.js/Lunr themes ship:
one JSON file with every entry's title, summary, tags and full text in both languages.

### Build

${build}

### Output, search and map

${output}
`;
}
