/**
 * `npm run bench`: builds the site from synthetic corpora of N entries
 * (default 100, 1,000 and 5,000, i.e. about 200, 2,000 and 10,000 pages),
 * side by side with a bare Astro build of the same MDX files (the floor), and
 * measures build time, pages per second, peak memory, output and index sizes,
 * the bytes of a first search against a naive full JSON index, and the map
 * page's weight. Medians over --runs runs (default 3), written to
 * docs/benchmarks.md. See scripts/bench/README.md.
 *
 *   npm run bench                       # all three sizes, 3 runs each (an hour or more on 2 cores)
 *   npm run bench -- --n 100 --runs 1   # a quick check of the harness
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent } from '../../src/content/validate';
import { routeUrl } from '../../src/lib/routes';
import { dirSize, largestHtml, pageWeight } from '../../tests/support/quality/dist';
import { listPages, walk } from '../../src/build/built-files';
import { generateCorpus, type CorpusStats } from './generate';
import { serve } from './serve';
import { measureFirstQuery, PAGEFIND_PARTS, type FirstQuery } from './first-query';
import { naiveIndexSize } from './naive-index';
import { runHook, type HookResult } from './hooks';
import { budgets } from '../../src/config/budgets';
import { int, kb, machine, mb, median, ratio, secs, table, writeSection } from './report';

const ROOT = process.cwd();
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

function options(argv: string[]) {
  const values = (name: string) => argv.flatMap((a, i) => (argv[i - 1] === `--${name}` ? a.split(',') : []));
  const sizes = values('n').map(Number);
  return {
    sizes: sizes.length ? sizes : [100, 1000, 5000],
    runs: Number(values('runs')[0] ?? 3),
    query: values('query')[0] ?? 'danau',
    out: values('out')[0] ?? 'docs/benchmarks.md',
    keep: argv.includes('--keep'),
    // The map and search benchmarks measure their own 5,000-entry corpora (docs/benchmarks-map.md,
    // docs/benchmarks-search.md): --no-hooks leaves them out of a long run.
    hooks: !argv.includes('--no-hooks'),
  };
}

interface Build {
  ms: number;
  rssKb: number;
}

/** Runs `astro build` under /usr/bin/time -v (for peak RSS) and times it from here. */
function timedBuild(args: string[], cwd: string, env: Record<string, string>): Build {
  const argv = [process.execPath, ASTRO, 'build', ...args];
  const time = existsSync('/usr/bin/time');
  const started = performance.now();
  const res = spawnSync(time ? '/usr/bin/time' : argv[0]!, time ? ['-v', ...argv] : argv.slice(1), {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (res.status !== 0)
    throw new Error(`astro build failed in ${cwd}:\n${`${res.stdout}\n${res.stderr}`.split('\n').slice(-40).join('\n')}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr);
  return { ms, rssKb: rss ? Number(rss[1]) : Number.NaN };
}

/** A temp Astro project from scripts/bench/floor whose node_modules is the site's. */
function floorProject(tmp: string): string {
  const dir = path.join(tmp, 'floor');
  cpSync(path.join(ROOT, 'scripts/bench/floor'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "bench-floor", "private": true, "type": "module" }\n');
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

interface SizeResult {
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

async function benchSize(n: number, opts: ReturnType<typeof options>): Promise<SizeResult> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), `jt-bench-${n}-`));
  const log = (msg: string) => console.log(`[bench N=${n}] ${msg}`);
  try {
    const corpus = path.join(tmp, 'content');
    const counts = generateCorpus(corpus, n);
    const check = checkContent(corpus);
    if (check.errors.length) throw new Error(`the generated corpus is invalid: ${JSON.stringify(check.errors.slice(0, 3), null, 2)}`);
    log(`corpus: ${counts.destinations} destinations, ${counts.events} events, ${counts.products} products, valid`);
    const floorDir = floorProject(tmp);
    const ours: Build[] = [];
    const floor: Build[] = [];
    const dist = path.join(tmp, 'dist');
    // Inside the floor project: its prerender chunks resolve packages through its node_modules link.
    const floorDist = path.join(floorDir, 'dist');
    // Share images are kept between builds by content (docs/deploy.md), as a deploy host with a build cache
    // keeps them. This corpus gets its own folder: the first build draws every image, later builds reuse them.
    const shareCache = path.join(tmp, 'share-cache');
    // The cache must lie inside the project: Vite loads the content store by a root-relative URL.
    const astroCache = (run: number) => path.join('node_modules/.bench-cache', `${n}-${run}`);
    const ourBuild = (run: number) => {
      const cache = astroCache(run);
      for (const d of [dist, cache]) rmSync(d, { recursive: true, force: true });
      const b = timedBuild([], ROOT, {
        JELAJAH_CONTENT_DIR: corpus,
        JELAJAH_OUT_DIR: dist,
        JELAJAH_CACHE_DIR: cache,
        JELAJAH_SHARE_CACHE_DIR: shareCache,
      });
      rmSync(cache, { recursive: true, force: true });
      return b;
    };
    const first = ourBuild(0);
    const cards = existsSync(shareCache) ? walk(shareCache).length : 0;
    log(`first build (draws ${cards} share images): ${secs(first.ms)}`);
    for (let run = 1; run <= opts.runs; run++) {
      // Builds with fresh output and Astro cache, alternating ours and the floor so a change in machine load hits both alike.
      rmSync(path.join(floorDir, '.astro-cache'), { recursive: true, force: true });
      rmSync(floorDist, { recursive: true, force: true });
      ours.push(ourBuild(run));
      log(`run ${run}/${opts.runs}: ours ${secs(ours.at(-1)!.ms)}`);
      floor.push(timedBuild(['--root', floorDir], floorDir, { FLOOR_CONTENT_DIR: corpus, FLOOR_OUT_DIR: floorDist }));
      log(`run ${run}/${opts.runs}: floor ${secs(floor.at(-1)!.ms)}`);
    }
    const pages = listPages(dist).length;
    const floorPages = listPages(floorDist).length;
    const mapFile = path.join(dist, routeUrl('/', 'id', 'map'), 'index.html');
    const mapWeight = pageWeight(dist, mapFile);
    const server = await serve(dist);
    const firstQuery: FirstQuery[] = [];
    const hooks = { map: undefined as unknown as HookResult, search: undefined as unknown as HookResult };
    try {
      for (let run = 1; run <= opts.runs; run++)
        firstQuery.push(await measureFirstQuery(server, routeUrl('/', 'id', 'search'), opts.query));
      log(`first query: ${kb(median(firstQuery.map((q) => q.total)))}`);
      const env = { BENCH_N: String(n), BENCH_DIST: dist, BENCH_CONTENT_DIR: corpus, BENCH_URL: server.url };
      const skipped: HookResult = { text: 'not run (--no-hooks): see docs/benchmarks-map.md, docs/benchmarks-search.md', ok: true };
      hooks.map = opts.hooks ? runHook('bench-map', env) : skipped;
      hooks.search = opts.hooks ? runHook('bench-search', env) : skipped;
    } finally {
      await server.close();
    }
    return {
      n,
      counts,
      pages,
      floorPages,
      first,
      cards,
      ours,
      floor,
      distBytes: dirSize(dist),
      pagefindBytes: dirSize(path.join(dist, 'pagefind')),
      pagefindFiles: walk(path.join(dist, 'pagefind')).length,
      firstQuery,
      naive: naiveIndexSize(corpus),
      map: { htmlBytes: mapWeight.htmlBytes, htmlGzip: mapWeight.htmlGzip, jsGzip: mapWeight.jsGzip },
      largestHtml: largestHtml(dist),
      hooks,
    };
  } finally {
    if (opts.keep) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

/** The Markdown section for docs/benchmarks.md. */
export function render(
  results: SizeResult[],
  opts: ReturnType<typeof options>,
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

async function main() {
  const opts = options(process.argv.slice(2));
  const meta = {
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    machine: machine(),
    load: os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(', '),
  };
  console.log(`bench: sizes ${opts.sizes.join(', ')}, ${opts.runs} runs each, on ${meta.machine}`);
  const results: SizeResult[] = [];
  for (const n of opts.sizes) results.push(await benchSize(n, opts));
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/bench.json', `${JSON.stringify({ meta, opts, results }, null, 2)}\n`);
  writeSection(opts.out, 'bench', render(results, opts, meta));
  rmSync('node_modules/.bench-cache', { recursive: true, force: true });
  console.log(`bench: wrote ${opts.out} (raw figures in reports/bench.json)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
