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
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent } from '../../src/content/validate';
import { routeUrl } from '../../src/lib/routes';
import { dirSize, largestHtml, pageWeight } from '../../tests/support/quality/dist';
import { listPages, walk } from '../../src/build/built-files';
import { generateCorpus } from './generate';
import { serve } from './serve';
import { measureFirstQuery, type FirstQuery } from './first-query';
import { naiveIndexSize } from './naive-index';
import { runHook, type HookResult } from './hooks';
import { kb, machine, median, secs, writeSection } from './report';
import { options, type BenchOptions } from './options';
import { floorProject, ROOT, timedBuild, type Build } from './timed-build';
import { render, type SizeResult } from './results-section';

export { render };

async function benchSize(n: number, opts: BenchOptions): Promise<SizeResult> {
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
