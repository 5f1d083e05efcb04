/**
 * `npm run bench:site`: writes what the real site weighs against its size
 * budgets (src/config/budgets.ts), and the latest Lighthouse scores from
 * reports/lighthouse.json (written by `npm run test:quality`), into docs/benchmarks.md.
 * Run it after `npm test`, so dist/ and the scores are from the same build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { budgets } from '../../src/config/budgets';
import { routeUrl } from '../../src/lib/routes';
import { site } from '../../src/config/site';
import { pageWeight, siteCss } from '../../tests/support/quality/dist';
import { listPages, pageUrl } from '../../src/build/built-files';
import { kb, machine, table, writeSection } from './report';

const dist = path.resolve(process.env.JELAJAH_OUT_DIR ?? 'dist');
const base = process.env.BASE_PATH ?? '/';
const outAt = process.argv.indexOf('--out');
const out = outAt >= 0 ? process.argv[outAt + 1]! : 'docs/benchmarks.md';
if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`No build in ${dist}: run npm run build (or npm test) first.`);

// The mini-map page (embedded by detail pages) is held to the map's budget, as in tests/e2e/budgets.spec.ts.
const map = site.locales.flatMap((l) => [routeUrl(base, l, 'map'), `${routeUrl(base, l, 'map')}mini/`]);
const search = site.locales.map((l) => routeUrl(base, l, 'search'));
// The CMS at /admin/ is a third-party app outside the budgets, as in tests/e2e/budgets.spec.ts.
const weights = listPages(dist)
  .filter((f) => !pageUrl(dist, f, base).startsWith(`${base}admin/`))
  .map((f) => pageWeight(dist, f, { base, lazy: !search.includes(pageUrl(dist, f, base)) }));
const worst = (ws: typeof weights, pick: (w: (typeof weights)[number]) => number) => [...ws].sort((a, b) => pick(b) - pick(a))[0]!;
const content = weights.filter((w) => !map.includes(w.url) && !search.includes(w.url));
const rows: [string, number, string, number][] = [
  ['JS of a content page (largest)', worst(content, (w) => w.jsGzip).jsGzip, worst(content, (w) => w.jsGzip).url, budgets.contentPageJs],
  [
    'JS of the map page, lazy chunks included',
    worst(
      weights.filter((w) => map.includes(w.url)),
      (w) => w.jsGzip,
    ).jsGzip,
    map.join(' '),
    budgets.mapPageJs,
  ],
  [
    'JS of the search page before a search',
    worst(
      weights.filter((w) => search.includes(w.url)),
      (w) => w.jsGzip,
    ).jsGzip,
    search.join(' '),
    budgets.searchPageJs,
  ],
  ['HTML of a page (largest)', worst(weights, (w) => w.htmlGzip).htmlGzip, worst(weights, (w) => w.htmlGzip).url, budgets.pageHtml],
  ['CSS of the whole site', siteCss(dist).total, 'all stylesheets', budgets.siteCss],
];
const budgetTable = table(
  ['budget (gzip)', 'now', 'limit', 'used', 'where'],
  rows.map(([label, now, where, limit]) => [label, kb(now), kb(limit), `${Math.round((now / limit) * 100)}%`, `\`${where}\``]),
  ['l', 'r', 'r', 'r', 'l'],
);

let lighthouse =
  '_No scores yet: run `npm run test:quality` (or `playwright test --project lighthouse --no-deps` against a preview), then this script._';
if (existsSync('reports/lighthouse.json')) {
  const lh = JSON.parse(readFileSync('reports/lighthouse.json', 'utf8')) as {
    date: string;
    pages: { page: string; lang: string; url: string; scores: Record<string, number>; benchmarkIndex?: number; load?: number }[];
  };
  const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
  const rows = lh.pages.map((p) => [
    `${p.page} (${p.lang})`,
    `\`${p.url}\``,
    ...cats.map((c) => String(Math.round((p.scores[c] ?? 0) * 100))),
    `${p.benchmarkIndex ?? '?'} / ${p.load?.toFixed(1) ?? '?'}`,
  ]);
  lighthouse = `Lighthouse 12.2.3, mobile, default simulated throttling; run ${lh.date.slice(0, 16).replace('T', ' ')} UTC. CI requires 100 for
accessibility, best practices and SEO, and at least 90 for performance on every page, the map's included (it opens on a
static overview and starts Leaflet when the visitor reaches for it; see "The map page's start-up" below). The last column is Lighthouse's CPU benchmark index
(a quiet machine scores about 1,000 or more; simulated throttling scales by it, so a low index drags Performance down) and
the one-minute load average at the time.

${table(['page', 'URL', 'Performance', 'Accessibility', 'Best Practices', 'SEO', 'CPU index / load'], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r'])}`;
}

writeSection(
  out,
  'site',
  `## The real site: budgets and Lighthouse (\`npm run bench:site\`)

- **Date:** ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, on ${machine()}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}
- **Budgets** are checked on every \`npm test\` by \`tests/e2e/budgets.spec.ts\`; the limits live in \`src/config/budgets.ts\`.

${budgetTable}

### Lighthouse

${lighthouse}
`,
);
console.log(`bench:site: wrote ${out}`);
