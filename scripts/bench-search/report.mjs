// docs/benchmarks-search.md: the Markdown report of the search benchmark
// (scripts/bench-search.mjs), from what it measured, against its budgets.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { indexFiles, size } from './synthetic-index.mjs';

export const KB = 1024;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

export const worst = (runs) => Math.max(...runs.map((r) => r.total));
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

/** The report, line by line: the budgets, then the first queries on the full corpus and, if built, the synthetic index. */
export function searchReport({ dist, js, real, synthetic, entries: ENTRIES, queries: QUERIES, budget: BUDGET }) {
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
  return lines;
}
