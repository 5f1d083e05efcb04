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
/* global document -- page.waitForFunction() callbacks run in the browser. */
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as pagefind from 'pagefind';
import { findChromium } from './find-browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(root, process.env.JELAJAH_OUT_DIR ?? 'dist');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const ENTRIES = Number(arg('entries', '5000'));
const OUT = path.resolve(root, arg('out', 'docs/benchmarks-search.md'));
const KB = 1024;
const BUDGET = { pageJs: 20 * KB, firstQuery: 150 * KB, synthetic: 300 * KB };
/** First queries measured, each in a fresh browser (empty cache). */
const QUERIES = arg('queries', 'ulos|air terjun|balige|desa tenun ulos').split('|');

if (!existsSync(path.join(dist, 'pagefind/pagefind.js'))) {
  console.error(`No search index in ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}

// --- A compressing static server that counts what it sends -----------------

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};
// Pagefind gzips its wasm and index files itself; sending them compressed again would gain nothing.
const COMPRESS = /\.(html|js|css|json|svg)$/;

function serve(overlay) {
  const log = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const base = overlay && rel.startsWith('/pagefind/') ? overlay : dist;
    const file = path.join(base, overlay && base === overlay ? rel.slice('/pagefind'.length) : rel);
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    let body = readFileSync(file);
    const headers = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
    if (COMPRESS.test(file) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body, { level: 9 });
      headers['Content-Encoding'] = 'gzip';
    }
    log.push({ path: url.pathname, bytes: body.length });
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, log, origin: `http://127.0.0.1:${server.address().port}` })),
  );
}

/** What a request is, for the tables. */
function kind(p) {
  if (/^\/pagefind\/pagefind(-worker)?\.js$/.test(p)) return 'Pagefind library (and worker, when used)';
  if (/\/wasm\.[\w-]+\.pagefind$/.test(p)) return 'Pagefind wasm';
  if (/\.pf_(meta|index|filter)$|pagefind-entry\.json$/.test(p)) return 'index, filters';
  if (/\.pf_fragment$/.test(p)) return 'result fragments';
  if (/\/data\/search-vocabulary/.test(p)) return '"did you mean" vocabulary';
  if (/\.(svg|png|webp|avif|jpe?g)$/.test(p)) return 'thumbnails';
  if (/\.js$/.test(p)) return 'our search code';
  return 'other';
}

const sum = (rows) => rows.reduce((n, r) => n + r.bytes, 0);
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

// --- Browser scenarios -------------------------------------------------------

async function withPage(fn) {
  const browser = await chromium.launch({ executablePath: findChromium().path, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await (await browser.newContext()).newPage();
    // Map tiles are never part of search; the machines running this may be offline.
    await page.route(/tile\.openstreetmap\.org/, (r) => r.abort());
    return await fn(page);
  } finally {
    await browser.close();
  }
}

/** JavaScript a page loads before its search is used. */
async function pageJs(origin, log, pathname) {
  return withPage(async (page) => {
    log.length = 0;
    await page.goto(origin + pathname, { waitUntil: 'networkidle' });
    return sum(log.filter((r) => r.path.endsWith('.js')));
  });
}

/** Everything the first query fetches, by kind: typed on the search page, or in the header box of the home page. */
async function firstQuery(origin, log, query, header = false) {
  return withPage(async (page) => {
    await page.goto(`${origin}${header ? '/' : '/cari/'}`, { waitUntil: 'networkidle' });
    log.length = 0;
    await page.locator(header ? '#site-search' : '#search-q').fill(query);
    if (header) await page.locator('[data-quick] li').first().waitFor({ timeout: 120_000 });
    else await searchPageDone(page);
    await page.waitForLoadState('networkidle');
    const byKind = new Map();
    for (const r of log) byKind.set(kind(r.path), (byKind.get(kind(r.path)) ?? 0) + r.bytes);
    const results = header
      ? `${await page.locator('[data-quick] li').count()} quick results`
      : await page.locator('[data-status]').innerText();
    return {
      query: header ? `${query}, header box` : query,
      byKind,
      total: sum(log.filter((r) => kind(r.path) !== 'thumbnails')),
      results,
    };
  });
}

async function searchPageDone(page) {
  // Done when the list is no longer busy and the status line reports the count (or no results).
  await page.waitForFunction(
    () => {
      const status = document.querySelector('[data-status]')?.textContent ?? '';
      const { loading } = JSON.parse(document.querySelector('jt-search')?.getAttribute('data-strings') ?? '{}');
      return status && status !== loading && !document.querySelector('[data-results]')?.hasAttribute('aria-busy');
    },
    null,
    { timeout: 120_000 },
  );
}

// --- The synthetic index -----------------------------------------------------

/** A small deterministic random generator, so every run indexes the same pages. */
function random(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

/** Sentences of the real pages in one language, from the built site. */
function sentences(lang) {
  const dirs = lang === 'en' ? ['en/destinations', 'en/events', 'en/products'] : ['destinasi', 'acara', 'produk'];
  const out = [];
  for (const d of dirs) {
    for (const slug of readdirSync(path.join(dist, d))) {
      const file = path.join(dist, d, slug, 'index.html');
      if (!existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      const prose = html.match(/<div class="prose"[^>]*>([\s\S]*?)<\/div>/)?.[1] ?? '';
      out.push(
        ...prose
          .replace(/<[^>]+>/g, ' ')
          .split(/(?<=[.!?])\s+/)
          .map((s) => s.replace(/\s+/g, ' ').trim())
          .filter((s) => s.length > 30),
      );
    }
  }
  return out;
}

async function buildSynthetic(n) {
  const dir = mkdtempSync(path.join(tmpdir(), 'jt-bench-search-'));
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  const syllables = [
    'ba',
    'li',
    'ge',
    'si',
    'tu',
    'mu',
    'run',
    'ha',
    'ta',
    'lum',
    'ban',
    'to',
    'ra',
    'na',
    'pa',
    'rung',
    'sim',
    'gul',
    'ho',
    'bon',
  ];
  const filters = {
    type: ['destination', 'event', 'product'],
    category: ['beach', 'waterfall', 'viewpoint', 'culture', 'village', 'weaving', 'food', 'coffee'],
    district: ['balige', 'laguboti', 'porsea', 'ajibata', 'lumban-julu', 'tampahan', 'silaen', 'habinsaran'],
  };
  for (const lang of ['id', 'en']) {
    const pool = sentences(lang);
    const rnd = random(lang === 'id' ? 1 : 2);
    const pick = (list) => list[Math.floor(rnd() * list.length)];
    // Each entry brings a name of its own, as a real new place would: the vocabulary grows with the corpus.
    const name = () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(syllables)).join('');
    for (let i = 0; i < n; i++) {
      const first = name();
      const title = `${first[0].toUpperCase()}${first.slice(1)} ${name()}`;
      const body = Array.from({ length: 12 }, () => `<p>${pick(pool)}</p>`).join('');
      const spans = Object.entries(filters)
        .map(([k, v]) => `<span data-pagefind-filter="${k}:${pick(v)}"></span>`)
        .join('');
      const meta = `<span data-pagefind-meta="image:/cover/destinations/x.svg"></span><span data-pagefind-meta="lat:2.${i}"></span><span data-pagefind-meta="lng:99.${i}"></span>`;
      const content = `<!doctype html><html lang="${lang}"><body><article data-pagefind-body>${spans}${meta}<h1>${title}</h1><p>${pick(pool)}</p>${body}</article></body></html>`;
      const added = await index.addHTMLFile({ url: `/${lang}/synthetic/${i}/`, content });
      if (added.errors.length) throw new Error(added.errors.join('; '));
    }
  }
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  await pagefind.close();
  return dir;
}

/** Bytes of the files under `dir` whose name matches `test`. */
function size(dir, test = () => true) {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && test(e.name)) total += statSync(path.join(e.parentPath ?? e.path, e.name)).size;
  }
  return total;
}
const indexFiles = (lang) => (name) =>
  name.startsWith(`${lang}_`) || name.startsWith(`pagefind.${lang}_`) || name === `wasm.${lang}.pagefind`;

// --- Run ---------------------------------------------------------------------

const { server, log, origin } = await serve();
const js = { search: await pageJs(origin, log, '/cari/'), other: await pageJs(origin, log, '/destinasi/') };
const real = [];
for (const q of QUERIES) real.push(await firstQuery(origin, log, q));
real.push(await firstQuery(origin, log, QUERIES[0], true));
server.close();

let synthetic;
if (ENTRIES > 0) {
  console.log(`Indexing ${ENTRIES} synthetic entries per language…`);
  const started = performance.now();
  const dir = await buildSynthetic(ENTRIES);
  const seconds = (performance.now() - started) / 1000;
  const s = await serve(dir);
  synthetic = { seconds, index: size(dir, indexFiles('id')), runs: [] };
  for (const q of QUERIES) synthetic.runs.push(await firstQuery(s.origin, s.log, q));
  s.server.close();
  rmSync(dir, { recursive: true, force: true });
}

// --- Report --------------------------------------------------------------------

const worst = (runs) => Math.max(...runs.map((r) => r.total));
const kinds = [
  'our search code',
  'Pagefind library (and worker, when used)',
  'Pagefind wasm',
  'index, filters',
  'result fragments',
  '"did you mean" vocabulary',
  'other',
  'thumbnails',
];
const table = (runs) => [
  `| | ${runs.map((r) => `“${r.query}”`).join(' | ')} |`,
  `| --- | ${runs.map(() => '---:').join(' | ')} |`,
  ...kinds
    .filter((k) => runs.some((r) => r.byKind.has(k)))
    .map((k) => `| ${k} | ${runs.map((r) => kb(r.byKind.get(k) ?? 0)).join(' | ')} |`),
  `| **total, thumbnails excluded** | ${runs.map((r) => `**${kb(r.total)}**`).join(' | ')} |`,
  `| results | ${runs.map((r) => r.results.replace(/\|/g, '/')).join(' | ')} |`,
];
const verdict = (bytes, budget) => `${kb(bytes)} of ${kb(budget)} ${bytes <= budget ? '✓' : '✗ over budget'}`;
const lines = [
  '# Search benchmarks',
  '',
  `Measured by \`npm run bench:search\` (scripts/bench-search.mjs) on ${new Date().toISOString().slice(0, 10)}: headless Chromium with an empty cache, against a gzip (level 9) static server on loopback. Sizes are compressed response bodies, headers left out. Pagefind's wasm and index files are gzipped by Pagefind itself and sent as they are.`,
  '',
  '## Budgets',
  '',
  `- JavaScript on the search page before search is used: ${verdict(js.search, BUDGET.pageJs)} (any other page, header search box included: ${kb(js.other)}).`,
  `- First query on the full corpus, worst of ${QUERIES.length}: ${verdict(worst(real), BUDGET.firstQuery)}.`,
  `  Pagefind runs in the page (\`noWorker\`, src/client/search/engine.ts): its web worker script would add ${kb(gzipSync(readFileSync(path.join(dist, 'pagefind/pagefind-worker.js')), { level: 9 }).length)} to every first query.`,
  synthetic
    ? `- First query at ${ENTRIES.toLocaleString('en')} synthetic entries per language, worst of ${QUERIES.length}: ${verdict(worst(synthetic.runs), BUDGET.synthetic)}.`
    : '- Synthetic index skipped (--entries 0).',
  '',
  '## First query on the full corpus',
  '',
  ...table(real),
  '',
  `Index size: ${kb(size(path.join(dist, 'pagefind'), indexFiles('id')))} for Indonesian and ${kb(size(path.join(dist, 'pagefind'), indexFiles('en')))} for English (wasm, metadata, index, filter and fragment files, as stored); all of dist/pagefind/, with Pagefind's unused UI bundles: ${kb(size(path.join(dist, 'pagefind')))}.`,
  '',
];
if (synthetic) {
  lines.push(
    `## First query at ${ENTRIES.toLocaleString('en')} synthetic entries per language`,
    '',
    'Pages made of sentences from the real pages, each with a made-up place name, the real filter keys and coordinates metadata; indexed with Pagefind’s Node API and served in place of dist/pagefind/ behind the real search page.',
    '',
    ...table(synthetic.runs),
    '',
    `Indonesian index: ${kb(synthetic.index)}; indexing both languages took ${synthetic.seconds.toFixed(0)} s.`,
    '',
  );
}
writeFileSync(OUT, lines.join('\n'));
console.log(lines.join('\n'));
const over = js.search > BUDGET.pageJs || worst(real) > BUDGET.firstQuery || (synthetic && worst(synthetic.runs) > BUDGET.synthetic);
process.exit(over ? 1 : 0);
