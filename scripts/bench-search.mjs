#!/usr/bin/env node
// Search payload benchmark: `npm run bench:search` (after `npm run build`).
//
// Serves dist/ from a gzip-compressing static server on a loopback port, drives
// headless Chromium through the search page, and counts the bytes the server
// sends (compressed bodies; headers left out):
//   1. the JavaScript a page loads before search is used (budget 20 KB);
//   2. everything a first query fetches on the full corpus: our search code,
//      Pagefind's library, worker, wasm, index, filter and fragment files
//      (budget 150 KB; result thumbnails are listed apart);
//   3. the same first query against a synthetic index of N entries (default
//      5,000 per language, budget 300 KB), built here with Pagefind's Node API
//      from the real pages' sentences and served in place of dist/pagefind.
// Writes docs/benchmarks-search.md and exits non-zero when a budget is exceeded.
//
// Options: --entries N (0 skips the synthetic index), --queries 'a|b c', --out FILE.
//
// The parts: bench-search/static-server.mjs, browser-scenarios.mjs,
// synthetic-index.mjs and report.mjs.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstQuery, pageJs } from './bench-search/browser-scenarios.mjs';
import { KB, searchReport, worst } from './bench-search/report.mjs';
import { serve } from './bench-search/static-server.mjs';
import { buildSynthetic, indexFiles, size } from './bench-search/synthetic-index.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(root, process.env.JELAJAH_OUT_DIR ?? 'dist');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const ENTRIES = Number(arg('entries', '5000'));
const OUT = path.resolve(root, arg('out', 'docs/benchmarks-search.md'));
const BUDGET = { pageJs: 20 * KB, firstQuery: 150 * KB, synthetic: 300 * KB };
/** First queries measured, each in a fresh browser (empty cache). */
const QUERIES = arg('queries', 'ulos|air terjun|balige|desa tenun ulos').split('|');

if (!existsSync(path.join(dist, 'pagefind/pagefind.js'))) {
  console.error(`No search index in ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}

// --- Run ---------------------------------------------------------------------

const { server, log, origin } = await serve(dist);
const js = { search: await pageJs(origin, log, '/cari/'), other: await pageJs(origin, log, '/destinasi/') };
const real = [];
for (const q of QUERIES) real.push(await firstQuery(origin, log, q));
real.push(await firstQuery(origin, log, QUERIES[0], true));
server.close();

let synthetic;
if (ENTRIES > 0) {
  console.log(`Indexing ${ENTRIES} synthetic entries per language…`);
  const started = performance.now();
  const dir = await buildSynthetic(dist, ENTRIES);
  const seconds = (performance.now() - started) / 1000;
  const s = await serve(dist, dir);
  synthetic = { seconds, index: size(dir, indexFiles('id')), runs: [] };
  for (const q of QUERIES) synthetic.runs.push(await firstQuery(s.origin, s.log, q));
  s.server.close();
  rmSync(dir, { recursive: true, force: true });
}

// --- Report --------------------------------------------------------------------

const lines = searchReport({ dist, js, real, synthetic, entries: ENTRIES, queries: QUERIES, budget: BUDGET });
writeFileSync(OUT, lines.join('\n'));
console.log(lines.join('\n'));
const over = js.search > BUDGET.pageJs || worst(real) > BUDGET.firstQuery || (synthetic && worst(synthetic.runs) > BUDGET.synthetic);
process.exit(over ? 1 : 0);
